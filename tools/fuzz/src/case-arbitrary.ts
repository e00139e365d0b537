import { resolvePackages } from '@errtable/codegen/dist/targets/table-targets';
import { targets } from '@errtable/codegen/dist/targets/registry';
import fc from 'fast-check';
import { type Language, languages } from './options';
import { categoryOfLength, code, nameOfLength, type TableDraft, type TableJson, validTable } from './table-arbitrary';
import { collisionKey, maxCategoryLength, maxNameLength, maxNesting, pomTextFields } from './text-rules';
import {
  caseOnlyWords, forbiddenCharacters, pomForbiddenText, refusedModulePaths, reservedGoPackages, reservedSwiftCategories, reservedTypeNames,
  uniqueCoordinates,
} from './words';

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
  /** The table's id: the name the fuzzer gives its file (`<id>.json`), from which its default coordinates come. */
  id: string;
  /** The table file's text. */
  text: string;
  /** Which of the release versions (check-rendering.ts) the table's packages are at. */
  versionIndex: number;
  /**
   * A second table of the folder, planned with this one and after it, for the checks across tables
   * (`uniqueAcrossTables`, `sameRepository`), which report at the second table; its packages are not rendered.
   */
  sibling?: { id: string; text: string };
}

interface Draft {
  story: string;
  expectation: Expectation;
  id: string;
  table: TableJson;
  sibling?: TableDraft;
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

/** A copy of `table` with `value` at `pointer` (deleted when undefined); missing objects on the way are made (`packages.go`). */
function setAt(table: TableJson, pointer: string, value: unknown): TableJson {
  const copy = structuredClone(table);
  const keys = pointer.split('/').slice(1);
  let parent = copy as Record<string, unknown>;
  for (const key of keys.slice(0, -1)) {
    if (!isRecord(parent[key]) && !Array.isArray(parent[key])) parent[key] = {};
    parent = parent[key] as Record<string, unknown>;
  }
  if (value === undefined) delete parent[keys.at(-1)!];
  else parent[keys.at(-1)!] = value;
  return copy;
}

/** Whether the table is generated into `language`: it names no `languages`, or names that one. */
function generatedInto(table: TableJson, language: Language): boolean {
  return !Array.isArray(table.languages) || table.languages.includes(language);
}

/** The table generated into `language` as well, when it names its languages. */
function withLanguage(table: TableJson, language: Language): TableJson {
  return Array.isArray(table.languages) && !table.languages.includes(language) ? { ...table, languages: [...(table.languages as string[]), language] } : table;
}

/**
 * Every language's coordinates for the table, the written ones and the derived ones: the generator's own defaults, so
 * that a mistake can build on what the table gets (a Kotlin exception named `<typeName>Test` needs the type name).
 * Expectations never come from here.
 */
function resolved(draft: TableDraft): Record<Language, Record<string, string>> {
  return resolvePackages({ id: draft.id, repository: String(draft.table.repository) }, draft.table.packages as Record<string, unknown> | undefined) as unknown as Record<Language, Record<string, string>>;
}

/** The coordinates the schema holds to PascalCase and at most 100 characters, by pointer: every target's, from the registry. */
const pascalFields = targets.flatMap((target) =>
  Object.entries((target.coordinates.schema as { properties: Record<string, { $ref?: string }> }).properties)
    .filter(([, property]) => property.$ref === '#/$defs/pascalIdentifier')
    .map(([field]) => ({ language: target.id as Language, field, pointer: `/packages/${target.id}/${field}` })),
);

/** `text` with `inserted` at the `at`-th code point boundary (modulo), past the first `from` code points. */
function insertAt(text: string, inserted: string, at: number, from = 0): string {
  const points = [...text];
  const position = from + (at % (points.length - from + 1));
  return [...points.slice(0, position), inserted, ...points.slice(position)].join('');
}

/** A URL with `inserted` in its query or fragment (a fragment made when it has neither), never in its host or path. */
function inQuery(url: string, inserted: string, at: number): string {
  const base = /^[^?#]*/.exec(url)![0];
  const rest = url.slice(base.length);
  return `${base}${rest === '' ? '#' : rest[0]}${insertAt(rest.slice(1), inserted, at)}`;
}

/** `levels` arrays (or objects of one property `a`) nested in each other, the innermost empty. */
function nested(levels: number, objects: boolean): unknown {
  let value: unknown = objects ? {} : [];
  for (let level = 1; level < levels; level += 1) value = objects ? { a: value } : [value];
  return value;
}

const escapeForRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (...pointers: string[]) => new RegExp(`^(${pointers.map(escapeForRegExp).join('|')})$`);

/**
 * What the validator must say about a table drawn as valid: a category whose Swift case is a member every String enum
 * has (`raw_value`) is refused where the table is generated into Swift (`noReservedCategoryCases`), and only there.
 */
export function expectationOf({ table }: TableDraft): Expectation {
  const list = Array.isArray(table.categories) ? (table.categories as unknown[]) : [];
  const reserved = list.flatMap((category, index) => (reservedSwiftCategories.includes(String(category)) ? [`/categories/${index}`] : []));
  return reserved.length === 0 || !generatedInto(table, 'swift') ? { outcome: 'accept' } : { outcome: 'reject', at: exactly(...reserved) };
}

/** `draft`'s table with one documented mistake; `at` matches where the validator must report it. */
const reject = (story: string, draft: TableDraft, table: TableJson, at: RegExp): Draft => ({ story, expectation: { outcome: 'reject', at }, id: draft.id, table });

/**
 * A mistake only `language`'s rules catch (targets/<language>/rules.ts run only on tables generated into it): made in a
 * table generated into the language, or else (half the time) left in a table that is not, which must then be accepted;
 * `otherwise` is that outcome, weaker where the schema, which reads every language's coordinates, may refuse the value.
 */
function scoped(language: Language, draft: TableDraft, make: (table: TableJson) => fc.Arbitrary<Draft>, otherwise: Expectation = { outcome: 'accept' }): fc.Arbitrary<Draft> {
  if (generatedInto(draft.table, language)) return make(draft.table);
  return fc.boolean().chain((add) =>
    add
      ? make(withLanguage(draft.table, language))
      : make(draft.table).map((made) => ({ ...made, story: `${made.story}, in a table not generated into ${language}`, expectation: otherwise })),
  );
}

/** One documented mistake, made in a valid table: the validator must report it where it was made. */
function mistake(draft: TableDraft): fc.Arbitrary<Draft> {
  const { table, id } = draft;
  const coordinates = resolved(draft);
  const vocabulary = table.categories as string[];
  const rowIndex = fc.nat(table.codes.length - 1);
  const categoryIndex = fc.nat(vocabulary.length - 1);
  const fields = textFields(table);
  const requiredFields = fields.filter((field) => !field.endsWith('/solution'));
  const twoRows = fc.tuple(rowIndex, fc.nat(Math.max(0, table.codes.length - 2))).map(([a, offset]) => [a, (a + 1 + offset) % table.codes.length] as const);
  const pairs = table.codes.length < 2 ? [] : [
    twoRows.map(([a, b]) => reject('a code listed twice', draft, setAt(table, `/codes/${b}/code`, table.codes[a]!.code), /^\/codes\/\d+\/code$/)),
    twoRows.map(([a, b]) => reject('a name used twice', draft, setAt(table, `/codes/${b}/name`, table.codes[a]!.name), /^\/codes\/\d+\/name$/)),
  ];
  const usersOf = (category: string) => [
    ...table.codes.flatMap((row, index) => (row.category === category ? [`/codes/${index}/category`] : [])),
    ...((table.fallback as Record<string, unknown>).category === category ? ['/fallback/category'] : []),
  ];
  const categoryMistakes = [
    fc.tuple(rowIndex, fc.constantFrom<unknown>('invalid request', 'Success', '', 'rate_limit', 'declared_nowhere', 'network', 'internal', 3, null, ['internal']))
      .filter(([, value]) => !vocabulary.includes(value as string))
      .map(([index, value]) => reject(`category ${JSON.stringify(value)}, which the table does not declare`, draft, setAt(table, `/codes/${index}/category`, value), exactly(`/codes/${index}/category`))),
    fc.tuple(rowIndex, fc.constantFrom('plural', 'shorter', 'hyphen', 'upper', 'camel'))
      .map(([index, how]) => {
        const declared = String(table.codes[index]!.category);
        const misspelt = {
          plural: `${declared}s`,
          shorter: declared.length > 1 ? declared.slice(0, -1) : `${declared}x`,
          hyphen: declared.includes('_') ? declared.replace('_', '-') : `${declared}-x`,
          upper: declared.toUpperCase(),
          camel: declared.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) + (declared.includes('_') ? '' : 'X'),
        }[how];
        return { index, declared, misspelt };
      })
      .filter(({ misspelt }) => !vocabulary.includes(misspelt))
      .map(({ index, declared, misspelt }) => reject(`category ${JSON.stringify(misspelt)} for the declared ${JSON.stringify(declared)}`, draft, setAt(table, `/codes/${index}/category`, misspelt), exactly(`/codes/${index}/category`))),
    fc.constantFrom<unknown>('declared_nowhere', 'Internal', 7).filter((value) => !vocabulary.includes(value as string)).map((value) =>
      reject(`fallback category ${JSON.stringify(value)}, which the table does not declare`, draft, setAt(table, '/fallback/category', value), exactly('/fallback/category')),
    ),
    ...(vocabulary.length < 2 ? [] : [
      categoryIndex.map((index) => {
        const removed = vocabulary[index]!;
        const users = usersOf(removed);
        const without = setAt(table, '/categories', vocabulary.filter((_, other) => other !== index));
        const story = `category ${JSON.stringify(removed)} left out of categories`;
        return users.length === 0 ? { story: `${story} (no code uses it)`, expectation: expectationOf({ id, table: without }), id, table: without } : reject(story, draft, without, exactly(...users));
      }),
    ]),
    fc.tuple(categoryIndex, fc.constantFrom<unknown>('Invalid_Request', 'rate-limited', 'a__b', '_x', 'x_', '1abc', '', 'a b', 'über', 'x\u200b', categoryOfLength('internal', maxCategoryLength + 1), 3, null, ['internal']))
      .map(([index, value]) => reject(`categories/${index} = ${JSON.stringify(value)}`, draft, setAt(table, `/categories/${index}`, value), exactly(`/categories/${index}`))),
    categoryIndex.map((index) => reject(`category ${JSON.stringify(vocabulary[index])} declared twice`, draft, setAt(table, '/categories', [...vocabulary, vocabulary[index]]), exactly(`/categories/${vocabulary.length}`))),
    fc.constantFrom<unknown>([], 'internal', {}, null).map((value) => reject(`categories = ${JSON.stringify(value)}`, draft, setAt(table, '/categories', value), exactly('/categories'))),
    fc.constant(reject('no categories', draft, setAt(table, '/categories', undefined), /^$/)),
    fc.tuple(fc.constantFrom(...reservedSwiftCategories), fc.nat(vocabulary.length))
      .filter(([category]) => !vocabulary.includes(category))
      .chain(([category, at]) =>
        scoped('swift', draft, (base) => fc.constant(reject(`category ${JSON.stringify(category)}, a member of every Swift enum of strings`, draft, setAt(base, '/categories', vocabulary.toSpliced(at, 0, category)), exactly(`/categories/${at}`)))),
      ),
  ];
  const languageMistakes = [
    fc.constantFrom<[unknown, (list: unknown) => string]>(
      [['cobol'], () => '/languages/0'], [['Go'], () => '/languages/0'], [[1], () => '/languages/0'], [[], () => '/languages'],
      [[languages[0], languages[0]], () => '/languages/1'], [languages[0], () => '/languages'], [{ [languages[0]!]: true }, () => '/languages'],
      [[...languages, 'rust'], () => `/languages/${languages.length}`],
    ).map(([value, at]) => reject(`languages = ${JSON.stringify(value)}`, draft, setAt(table, '/languages', value), exactly(at(value)))),
  ];
  const goModule = coordinates.go.module!;
  const prefix = goModule.slice(0, goModule.length - `/packages/${id}/go`.length);
  return fc.oneof(
    ...pairs,
    ...categoryMistakes,
    ...languageMistakes,
    fc.tuple(fc.constantFrom(...fields), fc.constantFrom(...forbiddenCharacters), fc.nat()).map(([field, char, at]) => {
      const text = String(getAt(table, field));
      const position = at % (text.length + 1);
      return reject(`forbidden ${JSON.stringify(char)} in ${field}`, draft, setAt(table, field, text.slice(0, position) + char + text.slice(position)), exactly(field));
    }),
    fc.tuple(fc.constantFrom(...requiredFields), fc.constantFrom('', ' ', '\u200b', '\u00a0', '\n', ' \u2060 ', '\ufeff')).map(([field, blank]) =>
      reject(`blank ${field}`, draft, setAt(table, field, blank), exactly(field)),
    ),
    fc.tuple(fc.constantFrom(...fields.filter((field) => field.endsWith('/solution'))), fc.constantFrom(' ', '\u200b', '\n', '\u3000')).map(([field, blank]) =>
      reject(`blank ${field}`, draft, setAt(table, field, blank), exactly(field)),
    ),
    fc.tuple(rowIndex, fc.constantFrom<unknown>(2147483648, -2147483649, 1e12, 1.5, -0.5, '12', null, true, [], {})).map(([index, value]) =>
      reject(`code ${JSON.stringify(value)}`, draft, setAt(table, `/codes/${index}/code`, value), exactly(`/codes/${index}/code`)),
    ),
    fc.tuple(rowIndex, fc.constantFrom<unknown>('invalid_token', 'INVALID__TOKEN', 'INVALID_', '_INVALID', '1ST', 'A B', 'ÜBER', '', 'A-B', 'Ⅻ', 7, null)).map(([index, value]) =>
      reject(`name ${JSON.stringify(value)}`, draft, setAt(table, `/codes/${index}/name`, value), exactly(`/codes/${index}/name`)),
    ),
    fc.tuple(rowIndex, fc.constantFrom('code', 'name', 'description', 'solution', 'retryable', 'category')).map(([index, key]) =>
      reject(`row without ${key}`, draft, setAt(table, `/codes/${index}/${key}`, undefined), exactly(`/codes/${index}`)),
    ),
    fc.tuple(rowIndex, fc.constantFrom('descripton', 'Code', 'deprecation', '', 'categories')).map(([index, key]) =>
      reject(`unknown property ${JSON.stringify(key)}`, draft, setAt(table, `/codes/${index}/${key}`, 'x'), exactly(`/codes/${index}/${key}`)),
    ),
    fc.tuple(rowIndex, fc.constantFrom<unknown>('true', 1, null)).map(([index, value]) =>
      reject(`retryable ${JSON.stringify(value)}`, draft, setAt(table, `/codes/${index}/retryable`, value), exactly(`/codes/${index}/retryable`)),
    ),
    fc.constant(
      reject('fallback in category success', draft, setAt(vocabulary.includes('success') ? table : setAt(table, '/categories', [...vocabulary, 'success']), '/fallback/category', 'success'), exactly('/fallback/category')),
    ),
    fc.constant(reject('no fallback', draft, setAt(table, '/fallback', undefined), /^$/)),
    fc.constant(reject('no codes', draft, setAt(table, '/codes', []), exactly('/codes'))),
    fc.tuple(rowIndex, fc.boolean()).map(([index, itself]) => {
      const replacement = itself ? String(table.codes[index]!.name) : 'NO_SUCH_CODE_ANYWHERE';
      const message = 'Deprecated.';
      return reject(`replacement ${replacement}`, draft, setAt(table, `/codes/${index}/deprecated`, { message, replacement }), exactly(`/codes/${index}/deprecated/replacement`));
    }),
    fc.tuple(fc.constantFrom('TOKEN', 'HTTP', 'A', 'ERROR'), fc.constantFrom('2', '10', '404'), code, code)
      .filter(([, , first, second]) => first !== second && !table.codes.some((row) => row.code === first || row.code === second))
      .map(([stem, digits, first, second]) => {
        const rows = [
          { ...table.codes[0]!, code: first, name: `${stem}_${digits}_X`, deprecated: undefined },
          { ...table.codes[0]!, code: second, name: `${stem}${digits}_X`, deprecated: undefined },
        ];
        return reject(`${stem}_${digits}_X and ${stem}${digits}_X`, draft, { ...table, codes: [...table.codes, ...rows] }, /^\/codes\/\d+\/name$/);
      }),
    fc.tuple(fc.constantFrom(...caseOnlyWords), fc.constantFrom(...caseOnlyWords), fc.option(fc.constantFrom(...caseOnlyWords), { nil: null }), code, code, fc.boolean())
      .map(([a, b, c, first, second, joinedFirst]) => {
        const suffix = c === null ? '' : `_${c}`;
        const names = [`${a}_${b}${suffix}`, `${a}${b}${suffix}`];
        return { names: joinedFirst ? names.reverse() : names, first, second };
      })
      .filter(({ names, first, second }) => first !== second && !table.codes.some((row) => row.code === first || row.code === second || collisionKey(String(row.name)) === collisionKey(names[0]!)))
      .chain(({ names: [one, other], first, second }) =>
        // Distinct in every language, but Kotlin's objects TokenExpired and Tokenexpired are one class file on macOS
        // and Windows: reported at the later of the two.
        scoped('kotlin', draft, (base) => {
          const rows = [
            { ...base.codes[0]!, code: first, name: one, deprecated: undefined },
            { ...base.codes[0]!, code: second, name: other, deprecated: undefined },
          ];
          return fc.constant(reject(`${one} and ${other}: Kotlin objects that differ only in case`, draft, { ...base, codes: [...base.codes, ...rows] }, exactly(`/codes/${base.codes.length + 1}/name`)));
        }),
      ),
    fc.tuple(rowIndex, fc.constantFrom(maxNameLength + 1, maxNameLength + 2, 150, 1000, 70_000)).map(([index, length]) =>
      reject(`a name of ${length} characters`, draft, setAt(table, `/codes/${index}/name`, nameOfLength([String(table.codes[index]!.name)], length)), exactly(`/codes/${index}/name`)),
    ),
    fc.tuple(fc.constantFrom(...pascalFields), fc.constantFrom(maxNameLength + 1, 250)).map(([{ language, field, pointer }, length]) => {
      const name = coordinates[language][field]!;
      return reject(`${pointer} of ${length} characters`, draft, setAt(table, pointer, name.repeat(Math.ceil(length / name.length)).slice(0, length)), exactly(pointer));
    }),
    fc.tuple(fc.constantFrom(...pomTextFields), fc.constantFrom(...pomForbiddenText), fc.nat()).chain(([field, inserted, at]) =>
      // Maven's rules are Kotlin's. In the repository's query or fragment, so that the URL stays one the schema
      // accepts and the coordinates derived from its path stay the same.
      scoped('kotlin', draft, (base) =>
        fc.constant(reject(`${JSON.stringify(inserted)} in ${field}`, draft, setAt(base, field, field === '/repository' ? inQuery(String(getAt(base, field)), inserted, at) : insertAt(String(getAt(base, field)), inserted, at)), exactly(field))),
      ),
    ),
    fc.constantFrom(...reservedTypeNames.flatMap(({ pointers, names }) => pointers.flatMap((pointer) => names.map((name) => [pointer, name] as const)))).chain(([pointer, name]) =>
      scoped(pointer.split('/')[2] as Language, draft, (base) => fc.constant(reject(`${pointer} = ${JSON.stringify(name)}, a type the generated code uses`, draft, setAt(base, pointer, name), exactly(pointer)))),
    ),
    fc.constantFrom(...reservedGoPackages).chain((name) =>
      scoped('go', draft, (base) => fc.constant(reject(`/packages/go/packageName = ${JSON.stringify(name)}`, draft, setAt(base, '/packages/go/packageName', name), exactly('/packages/go/packageName')))),
    ),
    fc.constantFrom(...refusedModulePaths).chain((refused) => {
      const module = refused(goModule);
      return scoped('go', draft, (base) => fc.constant(reject(`/packages/go/module = ${JSON.stringify(module)}`, draft, setAt(base, '/packages/go/module', module), exactly('/packages/go/module'))), { outcome: 'either', at: exactly('/packages/go/module') });
    }),
    fc.constantFrom(`${prefix}/packages/${id}x/go`, `${prefix}/packages/${id}`, `${prefix}/packages/${id}/go/x`, `${prefix}/${id}/go`, `${prefix}/packages/${id}/golang`, `${prefix}/packages/${id}/go/v2`, `${prefix}/packages/go`).chain((module) =>
      scoped('go', draft, (base) => fc.constant(reject(`/packages/go/module = ${JSON.stringify(module)}, not the module's folder packages/${id}/go`, draft, setAt(base, '/packages/go/module', module), exactly('/packages/go/module')))),
    ),
    fc.constantFrom('XGPushErrorCodes', 'Errtable', '').map((value) =>
      reject(`/packages/swift/packageName = ${JSON.stringify(value)}, which Swift coordinates no longer have`, draft, setAt(table, '/packages/swift/packageName', value), exactly('/packages/swift/packageName')),
    ),
    fc.constantFrom('Test', 'Group1', 'Group1000', 'GROUP2', 'group3', 'CaseSwapped').chain((made) => {
      const typeName = coordinates.kotlin.typeName!;
      const swapped = [...typeName].map((char) => (char === char.toUpperCase() ? char.toLowerCase() : char.toUpperCase())).join('');
      // PascalCase is kept: the first letter stays upper case.
      const exceptionName = made === 'CaseSwapped' ? `${typeName[0]}${swapped.slice(1)}` : `${typeName}${made}`;
      return scoped('kotlin', draft, (base) =>
        fc.constant(reject(`Kotlin exception ${exceptionName}, a name the generated code declares (in some case)`, draft, setAt(base, '/packages/kotlin/exceptionName', exceptionName), exactly('/packages/kotlin/exceptionName'))),
      );
    }),
    fc.tuple(fc.constantFrom(...fields), fc.constantFrom(1, 2, maxNesting - 4, maxNesting - 3, maxNesting - 2, maxNesting - 1, maxNesting, maxNesting + 1, 100, 300), fc.boolean()).map(([field, levels, objects]) => {
      // The table is level 1, so the value at /codes/0/description sits inside 3 levels; the first nested value
      // deeper than maxNesting is the one error, at its own pointer; a value within the limit is a schema error.
      const around = field.split('/').length - 1;
      const firstTooDeep = maxNesting + 1 - around;
      const at = levels >= firstTooDeep ? field + (objects ? '/a' : '/0').repeat(firstTooDeep - 1) : field;
      return reject(`${levels} nested ${objects ? 'objects' : 'arrays'} at ${field}`, draft, setAt(table, field, nested(levels, objects)), exactly(at));
    }),
    fc.constantFrom<[string, unknown]>(
      ['/packages/typescript/typeName', 'xgPushErrorCode'], ['/packages/typescript/errorName', 'Bad Name'], ['/packages/go/packageName', 'Xgpush'],
      ['/packages/go/module', 'example.org/a b'], ['/packages/go/module', 'example.org'], ['/packages/kotlin/packageName', 'Org.Example'],
      ['/packages/kotlin/packageName', 'single'], ['/packages/kotlin/groupId', 'io.github.'], ['/packages/swift/moduleName', 'my-module'],
      ['/packages/swift/typeName', 'É'], ['/packages/typescript/packageName', 'UPPER'], ['/repository', 'http://example.org'],
      ['/repository', 'https://a b'], ['/packages/cobol', {}], ['/packages/go/modulePath', 'example.org/x'],
    ).map(([pointer, value]) => reject(`${pointer} = ${JSON.stringify(value)}`, draft, setAt(table, pointer, value), exactly(pointer))),
    fc.constant(undefined).chain(() =>
      scoped('typescript', draft, (base) =>
        fc.constant(reject('errorName equal to the enum', draft, setAt(base, '/packages/typescript/errorName', coordinates.typescript.typeName), exactly('/packages/typescript/errorName'))),
      ),
    ),
    fc.constant(undefined).chain(() =>
      scoped('kotlin', draft, (base) =>
        fc.constant(reject('exceptionName equal to the sealed class', draft, setAt(base, '/packages/kotlin/exceptionName', coordinates.kotlin.typeName), exactly('/packages/kotlin/exceptionName'))),
      ),
    ),
  );
}

/** Two names that differ only by where the underscores are (`A_B2` and `A_B_2`): they may or may not collide. */
function nearCollision(draft: TableDraft): fc.Arbitrary<Draft> {
  const { table } = draft;
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
      return { story: `${original} and ${name}`, expectation: { outcome: 'either' as const, at: /^\/codes\/\d+\/name$/ }, id: draft.id, table: { ...table, codes } };
    });
}

/** Drops `undefined` properties, which JSON.stringify would drop anyway; keeps stories readable. */
function tidy(draft: Draft): Draft {
  const plain = (table: TableJson) => JSON.parse(JSON.stringify(table)) as TableJson;
  return { ...draft, table: plain(draft.table), ...(draft.sibling === undefined ? {} : { sibling: { id: draft.sibling.id, table: plain(draft.sibling.table) } }) };
}

/** A valid table that every documented rule accepts (no category Swift refuses where it is generated into Swift). */
const acceptedTable = validTable(false).filter((draft) => expectationOf(draft).outcome === 'accept');

/**
 * Two tables of one folder, each accepted on its own, planned together: the second shares the first's repository, and
 * its coordinates are its own (accepted unless two drawn ones happen to meet), or one of them is the first's where the
 * registry holds it unique (`uniqueAcrossTables`, reported at the second table, when both are generated into that
 * language; a Go module path is the first table's folder, so `goModuleMatchesItsFolder` refuses it there too), or it
 * names another repository (`sameRepository`).
 */
const twoTables: fc.Arbitrary<Draft> = fc
  .tuple(acceptedTable, acceptedTable, fc.constantFrom('own', 'shared', 'shared', 'repository'), fc.nat(), fc.boolean())
  .filter(([main, sibling]) => main.id !== sibling.id)
  .map(([main, drawn, how, pick, both]) => {
    const sibling: TableDraft = { id: drawn.id, table: { ...drawn.table, repository: main.table.repository } };
    const mine = resolved(main);
    const generated = (draft: TableDraft) => languages.filter((language) => generatedInto(draft.table, language));
    if (how === 'repository') {
      const other = { id: sibling.id, table: { ...sibling.table, repository: 'https://github.com/another-owner/another-repository' } };
      return { story: 'two tables of different repositories', expectation: { outcome: 'reject' as const, at: exactly('/repository') }, id: main.id, table: main.table, sibling: other };
    }
    if (how === 'own') {
      const theirs = resolved(sibling);
      const met = generated(main)
        .filter((language) => generatedInto(sibling.table, language))
        .flatMap((language) => uniqueCoordinates[language].filter((field) => mine[language][field] === theirs[language][field]).map((field) => `/packages/${language}/${field}`));
      const expectation: Expectation = met.length === 0 ? { outcome: 'accept' } : { outcome: 'reject', at: exactly(...met) };
      return { story: 'two tables with their own coordinates', expectation, id: main.id, table: main.table, sibling };
    }
    const choices = generated(main).flatMap((language) => uniqueCoordinates[language].map((field) => [language, field] as const));
    const [language, field] = choices[pick % choices.length]!;
    const pointer = `/packages/${language}/${field}`;
    const shared = { id: sibling.id, table: setAt(both ? withLanguage(sibling.table, language) : sibling.table, pointer, mine[language][field]) };
    const expectation: Expectation = generatedInto(shared.table, language) ? { outcome: 'reject', at: exactly(pointer) } : { outcome: 'accept' };
    return { story: `two tables sharing ${pointer} ${JSON.stringify(mine[language][field])}`, expectation, id: main.id, table: main.table, sibling: shared };
  })
  // The second table may not turn invalid on its own by gaining a language (a category Swift refuses).
  .filter((made) => made.sibling === undefined || expectationOf(made.sibling).outcome === 'accept');

/** Risky coordinates and ids may be refused where they are (under /packages); Swift's reserved categories as always. */
function risky(draft: TableDraft): Draft {
  const expected = expectationOf(draft);
  const at = expected.outcome === 'accept' ? /^\/packages\// : new RegExp(`^\\/packages\\/|${expected.at.source}`);
  return { story: 'risky coordinates or id', expectation: { outcome: 'either', at }, ...draft };
}

const draft: fc.Arbitrary<Draft> = fc.oneof(
  { weight: 11, arbitrary: validTable(false).map((made) => ({ story: 'valid', expectation: expectationOf(made), ...made })) },
  { weight: 3, arbitrary: validTable(true).map(risky) },
  { weight: 2, arbitrary: acceptedTable.chain(nearCollision) },
  { weight: 5, arbitrary: acceptedTable.chain(mistake) },
  { weight: 2, arbitrary: twoTables },
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
  .map(({ draft: { story, expectation, id, table, sibling: second }, layout: chosen, damage: harm, versionIndex }) => {
    const text = fileText(table, chosen);
    const sibling = second === undefined ? {} : { sibling: { id: second.id, text: fileText(second.table, { indent: 2, asciiOnly: false, crlf: false, bom: false }) } };
    if (harm === null) return { story, expectation, id, text, versionIndex, ...sibling };
    const damaged = harm.apply(text);
    const expectationAfter: Expectation = harm.certain ? { outcome: 'reject', at: /.*/ } : { outcome: 'either', at: /.*/ };
    return { story: `${story}, ${harm.story}`, expectation: damaged === text ? expectation : expectationAfter, id, text: damaged, versionIndex, ...sibling };
  });
