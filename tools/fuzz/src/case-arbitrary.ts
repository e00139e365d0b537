import fc from 'fast-check';
import { code, nameOfLength, type TableJson, validTable } from './table-arbitrary';
import { collisionKey, maxNameLength, maxNesting, pomTextFields } from './text-rules';
import { caseOnlyWords, forbiddenCharacters, pomForbiddenText, refusedModulePaths, reservedGoPackages, reservedTypeNames } from './words';

/**
 * What the fuzzer knows about a case before the validator sees it:
 * - `accept`: every documented rule holds, so the validator must accept it;
 * - `reject`: one documented mistake was made, so the validator must report an error at a pointer `at` matches;
 * - `either`: the validator may reject it, but only with errors at pointers `at` matches (risky coordinates,
 *   names that may collide after casing, bytes changed at random).
 */
export type Expectation = { outcome: 'accept' } | { outcome: 'reject' | 'either'; at: RegExp };

export interface FuzzCase {
  /** What was done to the table, for reports. */
  story: string;
  expectation: Expectation;
  /** The table file's text. */
  text: string;
  /** Which of the prepared output roots to render for: they differ in the release version. */
  versionIndex: number;
}

interface Draft {
  story: string;
  expectation: Expectation;
  table: TableJson;
}

const textFields = (table: TableJson): string[] => [
  '/title', '/source', '/fallback/description', '/fallback/solution',
  ...table.codes.flatMap((row, index) => [
    `/codes/${index}/description`, `/codes/${index}/solution`, ...(isRecord(row.deprecated) ? [`/codes/${index}/deprecated/message`] : []),
  ]),
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function getAt(table: TableJson, pointer: string): unknown {
  return pointer.split('/').slice(1).reduce<unknown>((value, key) => (isRecord(value) || Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined), table);
}

function setAt(table: TableJson, pointer: string, value: unknown): TableJson {
  const copy = structuredClone(table);
  const keys = pointer.split('/').slice(1);
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((object, key) => object[key] as Record<string, unknown>, copy);
  if (value === undefined) delete parent[keys.at(-1)!];
  else parent[keys.at(-1)!] = value;
  return copy;
}

/** The type names and Swift names the schema holds to PascalCase and at most 100 characters. */
const pascalFields = [
  '/packages/typescript/typeName', '/packages/typescript/errorName', '/packages/kotlin/typeName', '/packages/kotlin/exceptionName',
  '/packages/swift/packageName', '/packages/swift/moduleName', '/packages/swift/typeName',
];

/** `text` with `inserted` at the `at`-th code point boundary (modulo), past the first `from` code points. */
function insertAt(text: string, inserted: string, at: number, from = 0): string {
  const points = [...text];
  const position = from + (at % (points.length - from + 1));
  return [...points.slice(0, position), inserted, ...points.slice(position)].join('');
}

/** `levels` arrays (or objects of one property `a`) nested in each other, the innermost empty. */
function nested(levels: number, objects: boolean): unknown {
  let value: unknown = objects ? {} : [];
  for (let level = 1; level < levels; level += 1) value = objects ? { a: value } : [value];
  return value;
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (pointer: string) => new RegExp(`^${escapeForRegExp(pointer)}$`);
const reject = (story: string, table: TableJson, at: RegExp): Draft => ({ story, expectation: { outcome: 'reject', at }, table });

/** One documented mistake, made in a valid table: the validator must report it where it was made. */
function mistake(table: TableJson): fc.Arbitrary<Draft> {
  const rowIndex = fc.nat(table.codes.length - 1);
  const fields = textFields(table);
  const requiredFields = fields.filter((field) => !field.endsWith('/solution'));
  const twoRows = fc.tuple(rowIndex, fc.nat(Math.max(0, table.codes.length - 2))).map(([a, offset]) => [a, (a + 1 + offset) % table.codes.length] as const);
  const pairs = table.codes.length < 2 ? [] : [
    twoRows.map(([a, b]) => reject('a code listed twice', setAt(table, `/codes/${b}/code`, table.codes[a]!.code), /^\/codes\/\d+\/code$/)),
    twoRows.map(([a, b]) => reject('a name used twice', setAt(table, `/codes/${b}/name`, table.codes[a]!.name), /^\/codes\/\d+\/name$/)),
  ];
  return fc.oneof(
    ...pairs,
    fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...forbiddenCharacters), fc.nat()).map(([field, char, at]) => {
      const text = String(getAt(table, field));
      const position = at % (text.length + 1);
      return reject(`forbidden ${JSON.stringify(char)} in ${field}`, setAt(table, field, text.slice(0, position) + char + text.slice(position)), exactly(field));
    }),
    fc.tuple(fc.constantFrom(...requiredFields), fc.constantFrom('', ' ', '\u200b', '\u00a0', '\n', ' \u2060 ', '\ufeff')).map(([field, blank]) =>
      reject(`blank ${field}`, setAt(table, field, blank), exactly(field)),
    ),
    fc.tuple(fc.constantFrom(...fields.filter((field) => field.endsWith('/solution'))), fc.constantFrom(' ', '\u200b', '\n', '\u3000')).map(([field, blank]) =>
      reject(`blank ${field}`, setAt(table, field, blank), exactly(field)),
    ),
    fc.tuple(rowIndex, fc.constantFrom<unknown>(2147483648, -2147483649, 1e12, 1.5, -0.5, '12', null, true, [], {})).map(([index, value]) =>
      reject(`code ${JSON.stringify(value)}`, setAt(table, `/codes/${index}/code`, value), exactly(`/codes/${index}/code`)),
    ),
    fc.tuple(rowIndex, fc.constantFrom<unknown>('invalid_token', 'INVALID__TOKEN', 'INVALID_', '_INVALID', '1ST', 'A B', 'ÜBER', '', 'A-B', 'Ⅻ', 7, null)).map(([index, value]) =>
      reject(`name ${JSON.stringify(value)}`, setAt(table, `/codes/${index}/name`, value), exactly(`/codes/${index}/name`)),
    ),
    fc.tuple(rowIndex, fc.constantFrom('code', 'name', 'description', 'solution', 'retryable', 'category')).map(([index, key]) =>
      reject(`row without ${key}`, setAt(table, `/codes/${index}/${key}`, undefined), exactly(`/codes/${index}`)),
    ),
    fc.tuple(rowIndex, fc.constantFrom('descripton', 'Code', 'deprecation', '')).map(([index, key]) =>
      reject(`unknown property ${JSON.stringify(key)}`, setAt(table, `/codes/${index}/${key}`, 'x'), exactly(`/codes/${index}/${key}`)),
    ),
    fc.tuple(rowIndex, fc.constantFrom<unknown>('invalid request', 'Success', '', 'rate_limit', 3)).map(([index, value]) =>
      reject(`category ${JSON.stringify(value)}`, setAt(table, `/codes/${index}/category`, value), exactly(`/codes/${index}/category`)),
    ),
    fc.tuple(rowIndex, fc.constantFrom<unknown>('true', 1, null)).map(([index, value]) =>
      reject(`retryable ${JSON.stringify(value)}`, setAt(table, `/codes/${index}/retryable`, value), exactly(`/codes/${index}/retryable`)),
    ),
    fc.constant(reject('fallback in category success', setAt(table, '/fallback/category', 'success'), exactly('/fallback/category'))),
    fc.constant(reject('no fallback', setAt(table, '/fallback', undefined), /^$/)),
    fc.constant(reject('no codes', setAt(table, '/codes', []), exactly('/codes'))),
    fc.tuple(rowIndex, fc.boolean()).map(([index, itself]) => {
      const replacement = itself ? String(table.codes[index]!.name) : 'NO_SUCH_CODE_ANYWHERE';
      const message = 'Deprecated.';
      return reject(`replacement ${replacement}`, setAt(table, `/codes/${index}/deprecated`, { message, replacement }), exactly(`/codes/${index}/deprecated/replacement`));
    }),
    fc.tuple(fc.constantFrom('TOKEN', 'HTTP', 'A', 'ERROR'), fc.constantFrom('2', '10', '404'), code, code)
      .filter(([, , first, second]) => first !== second && !table.codes.some((row) => row.code === first || row.code === second))
      .map(([stem, digits, first, second]) => {
        const rows = [
          { ...table.codes[0]!, code: first, name: `${stem}_${digits}_X`, deprecated: undefined },
          { ...table.codes[0]!, code: second, name: `${stem}${digits}_X`, deprecated: undefined },
        ];
        return reject(`${stem}_${digits}_X and ${stem}${digits}_X`, { ...table, codes: [...table.codes, ...rows] }, /^\/codes\/\d+\/name$/);
      }),
    fc.tuple(fc.constantFrom(...caseOnlyWords), fc.constantFrom(...caseOnlyWords), fc.option(fc.constantFrom(...caseOnlyWords), { nil: null }), code, code, fc.boolean())
      .map(([a, b, c, first, second, joinedFirst]) => {
        const suffix = c === null ? '' : `_${c}`;
        const names = [`${a}_${b}${suffix}`, `${a}${b}${suffix}`];
        return { names: joinedFirst ? names.reverse() : names, first, second };
      })
      .filter(({ names, first, second }) => first !== second && !table.codes.some((row) => row.code === first || row.code === second || collisionKey(String(row.name)) === collisionKey(names[0]!)))
      .map(({ names: [one, other], first, second }) => {
        // Distinct in every language, but Kotlin's objects TokenExpired and Tokenexpired are one class file on macOS
        // and Windows: reported at the later of the two.
        const rows = [
          { ...table.codes[0]!, code: first, name: one, deprecated: undefined },
          { ...table.codes[0]!, code: second, name: other, deprecated: undefined },
        ];
        return reject(`${one} and ${other}: Kotlin objects that differ only in case`, { ...table, codes: [...table.codes, ...rows] }, exactly(`/codes/${table.codes.length + 1}/name`));
      }),
    fc.tuple(rowIndex, fc.constantFrom(maxNameLength + 1, maxNameLength + 2, 150, 1000, 70_000)).map(([index, length]) =>
      reject(`a name of ${length} characters`, setAt(table, `/codes/${index}/name`, nameOfLength([String(table.codes[index]!.name)], length)), exactly(`/codes/${index}/name`)),
    ),
    fc.tuple(fc.constantFrom(...pascalFields), fc.constantFrom(maxNameLength + 1, 250)).map(([pointer, length]) => {
      const name = String(getAt(table, pointer));
      return reject(`${pointer} of ${length} characters`, setAt(table, pointer, name.repeat(Math.ceil(length / name.length)).slice(0, length)), exactly(pointer));
    }),
    fc.tuple(fc.constantFrom(...pomTextFields), fc.constantFrom(...pomForbiddenText), fc.nat()).map(([field, inserted, at]) =>
      // In the repository after `https://`, so that the URL stays one the schema accepts.
      reject(`${JSON.stringify(inserted)} in ${field}`, setAt(table, field, insertAt(String(getAt(table, field)), inserted, at, field === '/repository' ? 'https://'.length : 0)), exactly(field)),
    ),
    fc.constantFrom(...reservedTypeNames.flatMap(({ pointers, names }) => pointers.flatMap((pointer) => names.map((name) => [pointer, name] as const)))).map(([pointer, name]) =>
      reject(`${pointer} = ${JSON.stringify(name)}, a type the generated code uses`, setAt(table, pointer, name), exactly(pointer)),
    ),
    fc.constantFrom(...reservedGoPackages).map((name) => reject(`/packages/go/packageName = ${JSON.stringify(name)}`, setAt(table, '/packages/go/packageName', name), exactly('/packages/go/packageName'))),
    fc.constantFrom(...refusedModulePaths).map((refused) => {
      const module = refused(String(getAt(table, '/packages/go/module')));
      return reject(`/packages/go/module = ${JSON.stringify(module)}`, setAt(table, '/packages/go/module', module), exactly('/packages/go/module'));
    }),
    fc.constantFrom('Test', 'Group1', 'Group1000', 'GROUP2', 'group3', 'CaseSwapped').map((made) => {
      const typeName = String(getAt(table, '/packages/kotlin/typeName'));
      const swapped = [...typeName].map((char) => (char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase())).join('');
      // PascalCase is kept: the first letter stays upper case.
      const exceptionName = made === 'CaseSwapped' ? `${typeName[0]}${swapped.slice(1)}` : `${typeName}${made}`;
      return reject(`Kotlin exception ${exceptionName}, a name the generated code declares (in some case)`, setAt(table, '/packages/kotlin/exceptionName', exceptionName), exactly('/packages/kotlin/exceptionName'));
    }),
    fc.tuple(fc.constantFrom(...fields), fc.constantFrom(1, 2, maxNesting - 4, maxNesting - 3, maxNesting - 2, maxNesting - 1, maxNesting, maxNesting + 1, 100, 300), fc.boolean()).map(([field, levels, objects]) => {
      // The table is level 1, so the value at /codes/0/description sits inside 3 levels; the first nested value
      // deeper than maxNesting is the one error, at its own pointer; a value within the limit is a schema error.
      const around = field.split('/').length - 1;
      const firstTooDeep = maxNesting + 1 - around;
      const at = levels >= firstTooDeep ? field + (objects ? '/a' : '/0').repeat(firstTooDeep - 1) : field;
      return reject(`${levels} nested ${objects ? 'objects' : 'arrays'} at ${field}`, setAt(table, field, nested(levels, objects)), exactly(at));
    }),
    fc.constantFrom<[string, unknown]>(
      ['/packages/typescript/typeName', 'xgPushErrorCode'], ['/packages/typescript/errorName', 'Bad Name'], ['/packages/go/packageName', 'Xgpush'],
      ['/packages/go/module', 'example.org/a b'], ['/packages/go/module', 'example.org'], ['/packages/kotlin/packageName', 'Org.Example'],
      ['/packages/kotlin/packageName', 'single'], ['/packages/kotlin/groupId', 'io.github.'], ['/packages/swift/moduleName', 'my-module'],
      ['/packages/swift/typeName', 'É'], ['/packages/typescript/packageName', 'UPPER'], ['/repository', 'http://example.org'],
      ['/repository', 'https://a b'],
    ).map(([pointer, value]) => reject(`${pointer} = ${JSON.stringify(value)}`, setAt(table, pointer, value), exactly(pointer))),
    fc.constant(
      reject('errorName equal to the enum', setAt(table, '/packages/typescript/errorName', getAt(table, '/packages/typescript/typeName')), exactly('/packages/typescript/errorName')),
    ),
    fc.constant(
      reject('exceptionName equal to the sealed class', setAt(table, '/packages/kotlin/exceptionName', getAt(table, '/packages/kotlin/typeName')), exactly('/packages/kotlin/exceptionName')),
    ),
  );
}

/** Two names that differ only by where the underscores are (`A_B2` and `A_B_2`): they may or may not collide. */
function nearCollision(table: TableJson): fc.Arbitrary<Draft> {
  return fc
    .tuple(fc.nat(table.codes.length - 1), code, fc.nat())
    .filter(([, value]) => !table.codes.some((row) => row.code === value))
    .map(([index, value, cut]) => {
      const original = String(table.codes[index]!.name);
      const letters = original.replaceAll('_', '');
      const at = 1 + (cut % Math.max(1, letters.length - 1));
      const sibling = letters.length < 2 ? `${letters}_${letters}` : `${letters.slice(0, at)}_${letters.slice(at)}`;
      const name = sibling === original ? letters : sibling;
      const added = { ...table.codes[index]!, code: value, name, deprecated: undefined };
      const codes = [...table.codes, added].map((row) => (isRecord(row.deprecated) ? row : Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined))));
      return { story: `${original} and ${name}`, expectation: { outcome: 'either' as const, at: /^\/codes\/\d+\/name$/ }, table: { ...table, codes } };
    });
}

/** Drops `undefined` properties, which JSON.stringify would drop anyway; keeps stories readable. */
function tidy(draft: Draft): Draft {
  return { ...draft, table: JSON.parse(JSON.stringify(draft.table)) as TableJson };
}

const draft: fc.Arbitrary<Draft> = fc.oneof(
  { weight: 11, arbitrary: validTable(false).map((table) => ({ story: 'valid', expectation: { outcome: 'accept' as const }, table })) },
  { weight: 3, arbitrary: validTable(true).map((table) => ({ story: 'risky coordinates', expectation: { outcome: 'either' as const, at: /^\/packages\// }, table })) },
  { weight: 2, arbitrary: validTable(false).chain(nearCollision) },
  { weight: 4, arbitrary: validTable(false).chain(mistake) },
);

interface Layout {
  indent: number | string;
  asciiOnly: boolean;
  crlf: boolean;
  bom: boolean;
}

const layout: fc.Arbitrary<Layout> = fc.record({
  indent: fc.constantFrom<number | string>(2, 2, 0, 4, '\t'),
  asciiOnly: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
});

/** The table as a file: JSON in one of the layouts an editor may save (indents, \u escapes, CRLF, a BOM). */
function fileText(table: TableJson, { indent, asciiOnly, crlf, bom }: Layout): string {
  let text = JSON.stringify(table, null, indent);
  if (asciiOnly) text = text.replace(/[^\x20-\x7e\n\t]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (crlf) text = text.replaceAll('\n', '\r\n');
  return `${bom ? '\ufeff' : ''}${text}\n`;
}

/** Damage to the file itself; whether the result is still a valid table depends on where it lands. */
const damage = fc.oneof(
  fc.nat().map((at) => ({ story: 'truncated', apply: (text: string) => text.trimEnd().slice(0, at % text.trimEnd().length), certain: true })),
  fc.tuple(fc.nat(), fc.constantFrom(',', '}', ']', '"', '/', '// c\n', '/* c */', "'", 'x', '\u0000', '\\', '\t', 'NaN', '{')).map(([at, inserted]) => ({
    story: `inserted ${JSON.stringify(inserted)}`,
    apply: (text: string) => text.slice(0, at % text.length) + inserted + text.slice(at % text.length),
    certain: false,
  })),
  fc.constant({ story: 'trailing comma', apply: (text: string) => text.replace(/\}\s*$/, ',}\n'), certain: true }),
  fc.constant({ story: 'repeated key', apply: (text: string) => text.replace('{', '{"title": "first",'), certain: true }),
);

/** A fuzz case: a drafted table in some file layout, sometimes with the file damaged as well. */
export const fuzzCase: fc.Arbitrary<FuzzCase> = fc
  .record({ draft: draft.map(tidy), layout, damage: fc.oneof({ weight: 11, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: damage }), versionIndex: fc.nat(3) })
  .map(({ draft: { story, expectation, table }, layout: chosen, damage: harm, versionIndex }) => {
    const text = fileText(table, chosen);
    if (harm === null) return { story, expectation, text, versionIndex };
    const damaged = harm.apply(text);
    const expectationAfter: Expectation = harm.certain ? { outcome: 'reject', at: /.*/ } : { outcome: 'either', at: /.*/ };
    return { story: `${story}, ${harm.story}`, expectation: damaged === text ? expectation : expectationAfter, text: damaged, versionIndex };
  });
