import fc from 'fast-check';
import { categories, type Category } from '@errtable/codegen/dist/table';
import { allowedPomText, allowedText } from './text-arbitrary';
import { collisionKey, maxNameLength, withoutPomProblems } from './text-rules';
import {
  digitWords, generatedNames, initialismWords, ordinaryGoPackages, ordinaryKotlinSegments, ordinaryModuleElements,
  ordinaryModuleNames, ordinaryTypeNames, ordinaryWords, reservedWords, riskyGoPackages, riskyKotlinSegments,
  riskyModuleElements, riskyModuleNames, riskyTypeNames,
} from './words';

/** A table as JSON: the shape of ErrorTable, but any value may have been broken on purpose. */
export type TableJson = Record<string, unknown> & { codes: Record<string, unknown>[] };

const int32 = { min: -2147483648, max: 2147483647 };

export const code: fc.Arbitrary<number> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(int32.min, int32.max, 0, -1, 1, int32.min + 1, int32.max - 1) },
  { weight: 3, arbitrary: fc.integer(int32) },
  { weight: 3, arbitrary: fc.integer({ min: -300, max: 300 }) },
);

const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...reservedWords) },
  { weight: 3, arbitrary: fc.constantFrom(...generatedNames) },
  { weight: 3, arbitrary: fc.constantFrom(...ordinaryWords) },
  { weight: 1, arbitrary: fc.constantFrom(...initialismWords) },
  { weight: 1, arbitrary: fc.stringMatching(/^[A-Z][A-Z0-9]{0,5}$/) },
);
const laterWord = fc.oneof({ weight: 8, arbitrary: word }, { weight: 1, arbitrary: fc.constantFrom(...digitWords) });

/**
 * A SCREAMING_SNAKE name of exactly `length` characters made of `words` (the first starts with a letter): the words
 * joined and repeated, cut at `length`, an `_` left at the end turned into `X`.
 */
export function nameOfLength(words: readonly string[], length: number): string {
  const joined = words.join('_');
  const long = Array.from({ length: Math.ceil((length + 1) / (joined.length + 1)) }, () => joined).join('_').slice(0, length);
  return long.endsWith('_') ? `${long.slice(0, -1)}X` : long;
}

/**
 * A SCREAMING_SNAKE name: a reserved word, a generated member, or a few words joined (`IS_KNOWN`, `HTTP_2_X`); now and
 * then one just within the documented 100 characters.
 */
export const name: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: fc.tuple(word, fc.array(laterWord, { maxLength: 3 })).map(([first, rest]) => [first, ...rest].join('_')) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(word, fc.array(laterWord, { maxLength: 6 }), fc.integer({ min: maxNameLength - 10, max: maxNameLength }))
      .map(([first, rest, length]) => nameOfLength([first, ...rest], length)),
  },
);

const category = fc.constantFrom(...categories);
const failureCategory = fc.constantFrom(...categories.filter((value) => value !== 'success'));

interface RowDraft {
  code: number;
  name: string;
  description: string;
  solution: string;
  retryable: boolean;
  category: Category;
  deprecated: { message: string; replacementPick: number | null } | null;
}

const row: fc.Arbitrary<RowDraft> = fc.record({
  code,
  name,
  description: allowedText(),
  solution: allowedText(true),
  retryable: fc.boolean(),
  category,
  deprecated: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.record({ message: allowedText(), replacementPick: fc.option(fc.nat(), { nil: null }) }) },
  ),
});

/** Rows with distinct codes and names that no language can spell alike; deprecations name other rows. */
const rows: fc.Arbitrary<Record<string, unknown>[]> = fc
  .uniqueArray(row, { minLength: 1, maxLength: 14, selector: (draft) => draft.code })
  .map((drafts) => {
    const seen = new Set<string>();
    const kept = drafts.filter((draft) => !seen.has(collisionKey(draft.name)) && seen.add(collisionKey(draft.name)));
    return kept.map(({ deprecated, ...draft }, index) => {
      if (deprecated === null) return draft;
      const others = kept.filter((_, other) => other !== index);
      const pick = deprecated.replacementPick;
      const replacement = pick === null || others.length === 0 ? undefined : others[pick % others.length]!.name;
      return { ...draft, deprecated: replacement === undefined ? { message: deprecated.message } : { message: deprecated.message, replacement } };
    });
  });

const pick = <T>(ordinary: readonly T[], risky: readonly T[], risk: boolean) =>
  risk ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ordinary) }, { weight: 1, arbitrary: fc.constantFrom(...risky) }) : fc.constantFrom(...ordinary);

/**
 * Coordinates and type names. `tag` makes the package of each table distinct where the fuzzer compiles many tables
 * together (Go module path, Kotlin package, npm name, Swift type name); `risk` draws from names that collide with
 * keywords, predeclared names and the types the generated code uses.
 */
export function coordinates(risk: boolean) {
  const typeName = pick(ordinaryTypeNames, riskyTypeNames, risk);
  return fc
    .record({
      tag: fc.integer({ min: 0, max: 999_999 }),
      npmName: fc.constantFrom('@errtable/xgpush-error-codes', '@fixture/error-codes', 'error-codes', 'a', '@a.b/c_d-e'),
      tsTypeName: typeName,
      tsErrorName: pick(['XGPushError', 'FixtureError', 'ApiException', 'CodeError'], riskyTypeNames, risk),
      goFirst: fc.constantFrom('github.com', 'example.org', 'errtable.dev'),
      goRest: fc.array(pick(ordinaryModuleElements, riskyModuleElements, risk), { maxLength: 3 }),
      goPackage: pick(ordinaryGoPackages, riskyGoPackages, risk),
      groupId: fc.constantFrom('io.github.errtable', 'org.example.fixture', 'com.a_b.c9'),
      artifactId: fc.constantFrom('xgpush-error-codes', 'fixture-error-codes', 'a'),
      kotlinFirst: fc.constantFrom('io', 'org', 'com'),
      kotlinRest: fc.array(pick(ordinaryKotlinSegments, riskyKotlinSegments, risk), { maxLength: 3 }),
      kotlinTypeName: typeName,
      kotlinExceptionName: pick(['XGPushException', 'FixtureException', 'ApiFailure', 'CodeException'], riskyTypeNames, risk),
      swiftPackageName: pick(['XGPushErrorCodes', 'FixtureErrorCodes', 'Errtable'], riskyModuleNames, risk),
      moduleName: pick(ordinaryModuleNames, riskyModuleNames, risk),
      swiftTypeName: typeName,
      bareSwiftTypeName: risk ? fc.boolean() : fc.constant(false),
    })
    .map((c) => ({
      typescript: { packageName: `${c.npmName}-t${c.tag}`, typeName: c.tsTypeName, errorName: c.tsErrorName },
      go: { module: [c.goFirst, `t${c.tag}`, ...c.goRest].join('/'), packageName: c.goPackage },
      kotlin: {
        groupId: c.groupId,
        artifactId: c.artifactId,
        packageName: [c.kotlinFirst, `t${c.tag}`, ...c.kotlinRest].join('.'),
        typeName: c.kotlinTypeName,
        exceptionName: c.kotlinExceptionName,
      },
      swift: { packageName: c.swiftPackageName, moduleName: c.moduleName, typeName: c.bareSwiftTypeName ? c.swiftTypeName : `${c.swiftTypeName}T${c.tag}` },
    }));
}

/** Pieces of the repository URL; `${` cannot be among them (Maven would replace it), nor can it form where two meet. */
const repositoryPiece = fc.constantFrom('github.com/errtable/errtable', 'example.org', '/a', '"', '<', '>', '&', '$', '$x', '{x}', '{{x}}', '\\', '*/', '`', '中文', '😀', '?q=1#f', "'", '%20', '\ufdd0', '\u{1fffe}');

/** A table every documented rule accepts (names may still collide after casing when `nearCollision` adds a pair). */
export function validTable(risk: boolean): fc.Arbitrary<TableJson> {
  return fc
    .record({
      title: allowedPomText(),
      source: allowedText(),
      repository: fc.array(repositoryPiece, { minLength: 1, maxLength: 5 }).map((pieces) => `https://${withoutPomProblems(pieces.join(''))}`),
      packages: coordinates(risk),
      fallback: fc.record({ description: allowedText(), solution: allowedText(true), retryable: fc.boolean(), category: failureCategory }),
      codes: rows,
    })
    .map((table) => ({ $schema: '../../schema/error-table.schema.json', ...table }));
}
