import fc from 'fast-check';
import { type Language, languages } from './options';
import { allowedPomText, allowedText } from './text-arbitrary';
import { collisionKey, maxCategoryLength, maxNameLength, withoutPomProblems } from './text-rules';
import {
  digitWords, generatedNames, initialismWords, ordinaryCategories, ordinaryGoPackages, ordinaryIdWords, ordinaryKotlinSegments,
  ordinaryModuleElements, ordinaryModuleNames, ordinaryOwners, ordinaryTypeNames, ordinaryWords, reservedWords, riskyCategories,
  riskyGoPackages, riskyIds, riskyKotlinSegments, riskyModuleElements, riskyModuleNames, riskyOwners, riskyTypeNames,
} from './words';

/** A table as JSON: the shape of ErrorTable, but any value may have been broken on purpose. */
export type TableJson = Record<string, unknown> & { codes: Record<string, unknown>[] };

/** A table and the id the fuzzer gives its file (`schema/tables/<id>.json`), from which its default coordinates come. */
export interface TableDraft {
  id: string;
  table: TableJson;
}

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

/** A snake_case category of exactly `length` characters (at most the documented 60), from `word` repeated. */
export function categoryOfLength(word: string, length: number): string {
  const long = Array.from({ length: Math.ceil((length + 1) / (word.length + 1)) }, () => word).join('_').slice(0, length);
  return long.endsWith('_') ? `${long.slice(0, -1)}x` : long;
}

/**
 * A category: an ordinary one, a keyword or generated member of some language (`default`, `self`, `raw_value`), a
 * pair that differs by an underscore before a digit (`http_2`, `http2`), random snake_case words, or one of 60
 * characters.
 */
const category: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ordinaryCategories) },
  { weight: 3, arbitrary: fc.constantFrom(...riskyCategories) },
  { weight: 2, arbitrary: fc.stringMatching(/^[a-z][a-z0-9]{0,7}(_[a-z0-9]{1,5}){0,2}$/) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ordinaryCategories), fc.integer({ min: maxCategoryLength - 5, max: maxCategoryLength })).map(([first, length]) => categoryOfLength(first, length)) },
);

/** A table's own vocabulary: 1 to 9 distinct categories, at least one of them not `success` (the fallback's). */
const categories: fc.Arbitrary<string[]> = fc
  .uniqueArray(category, { minLength: 1, maxLength: 9 })
  .map((list) => (list.some((value) => value !== 'success') ? list : [...list, 'internal']));

interface RowDraft {
  code: number;
  name: string;
  description: string;
  solution: string;
  retryable: boolean;
  /** Which of the table's categories, modulo their number. */
  categoryPick: number;
  deprecated: { message: string; replacementPick: number | null } | null;
}

const row: fc.Arbitrary<RowDraft> = fc.record({
  code,
  name,
  description: allowedText(),
  solution: allowedText(true),
  retryable: fc.boolean(),
  categoryPick: fc.nat(),
  deprecated: fc.oneof(
    { weight: 6, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.record({ message: allowedText(), replacementPick: fc.option(fc.nat(), { nil: null }) }) },
  ),
});

/** Rows with distinct codes and names that no language can spell alike; categories from `vocabulary`; deprecations name other rows. */
function rowsOf(drafts: readonly RowDraft[], vocabulary: readonly string[]): Record<string, unknown>[] {
  const seen = new Set<string>();
  const kept = drafts.filter((draft) => !seen.has(collisionKey(draft.name)) && seen.add(collisionKey(draft.name)));
  return kept.map(({ deprecated, categoryPick, ...draft }, index) => {
    const row = { ...draft, category: vocabulary[categoryPick % vocabulary.length]! };
    if (deprecated === null) return row;
    const others = kept.filter((_, other) => other !== index);
    const pick = deprecated.replacementPick;
    const replacement = pick === null || others.length === 0 ? undefined : others[pick % others.length]!.name;
    return { ...row, deprecated: replacement === undefined ? { message: deprecated.message } : { message: deprecated.message, replacement } };
  });
}

const rowDrafts = fc.uniqueArray(row, { minLength: 1, maxLength: 14, selector: (draft) => draft.code });

const pick = <T>(ordinary: readonly T[], risky: readonly T[], risk: boolean) =>
  risk ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...ordinary) }, { weight: 1, arbitrary: fc.constantFrom(...risky) }) : fc.constantFrom(...ordinary);

const tag = fc.integer({ min: 0, max: 999_999 });

/** An id of about `min` to `max` characters: `words` repeated, then the tag. */
const longId = (min: number, max: number) =>
  fc.tuple(fc.array(fc.constantFrom(...ordinaryIdWords), { minLength: 1, maxLength: 4 }), fc.integer({ min, max }), tag).map(([words, length, t]) => {
    const suffix = `-t${t}`;
    const body = Array.from({ length: Math.ceil(length / (words.join('-').length + 1)) }, () => words.join('-')).join('-').slice(0, length - suffix.length).replace(/-+$/, '');
    return `${body}${suffix}`;
  });

/**
 * The longest id whose derived names stay within the 100 characters of a type name: the Kotlin exception
 * `<Id>Exception` is the longest (an id of 90 characters, hyphens dropped, gives at most 99).
 */
const maxOrdinaryIdLength = 90;

/**
 * A table id: ordinary words and a tag that keeps the tables of one compile batch apart (`push-client-t4711`), now and
 * then a long one (up to 90 characters: its derived type names are as long); with `risk`, also ids whose derived
 * coordinates a language may refuse (`error`, `internal`, `foundation`...), and ids of up to 250 characters (the
 * longest file name `<id>.json` can have), whose derived Kotlin and Swift names are too long.
 */
export function tableId(risk: boolean): fc.Arbitrary<string> {
  const ordinary = fc.tuple(fc.array(fc.constantFrom(...ordinaryIdWords), { minLength: 1, maxLength: 3 }), tag).map(([words, t]) => [...words, `t${t}`].join('-'));
  const risky = fc.oneof(fc.constantFrom(...riskyIds), fc.tuple(fc.constantFrom(...riskyIds), tag).map(([id, t]) => `${id}-t${t}`));
  return risk
    ? fc.oneof({ weight: 2, arbitrary: ordinary }, { weight: 2, arbitrary: risky }, { weight: 1, arbitrary: longId(maxOrdinaryIdLength, 250) })
    : fc.oneof({ weight: 12, arbitrary: ordinary }, { weight: 1, arbitrary: longId(40, maxOrdinaryIdLength) });
}

/**
 * Every language's coordinates in full, keyed by target id (a language added to the registry is a compile error here
 * until the fuzzer draws its coordinates). `tag` keeps the packages of the tables compiled together apart where the
 * table writes them (npm name, Kotlin package, Swift module); the Go module path ends with `packages/<id>/go`, as
 * `goModuleMatchesItsFolder` requires. `risk` draws from names that collide with keywords, predeclared names and the
 * types the generated code uses.
 */
export function coordinates(id: string, risk: boolean) {
  const typeName = pick(ordinaryTypeNames, riskyTypeNames, risk);
  return fc.record({
    typescript: fc.record({
      tag,
      npmName: fc.constantFrom('@errtable/xgpush-error-codes', '@fixture/error-codes', 'error-codes', 'a', '@a.b/c_d-e'),
      typeName,
      errorName: pick(['XGPushError', 'FixtureError', 'ApiException', 'CodeError'], riskyTypeNames, risk),
    }).map((c) => ({ packageName: `${c.npmName}-t${c.tag}`, typeName: c.typeName, errorName: c.errorName })),
    go: fc.record({
      first: fc.constantFrom('github.com', 'example.org', 'errtable.dev'),
      rest: fc.array(pick(ordinaryModuleElements, riskyModuleElements, risk), { maxLength: 3 }),
      packageName: pick(ordinaryGoPackages, riskyGoPackages, risk),
    }).map((c) => ({ module: [c.first, ...c.rest, 'packages', id, 'go'].join('/'), packageName: c.packageName })),
    kotlin: fc.record({
      tag,
      groupId: fc.constantFrom('io.github.errtable', 'org.example.fixture', 'com.a_b.c9'),
      artifactId: fc.constantFrom('xgpush-error-codes', 'fixture-error-codes', 'a'),
      first: fc.constantFrom('io', 'org', 'com'),
      rest: fc.array(pick(ordinaryKotlinSegments, riskyKotlinSegments, risk), { maxLength: 3 }),
      typeName,
      exceptionName: pick(['XGPushException', 'FixtureException', 'ApiFailure', 'CodeException'], riskyTypeNames, risk),
    }).map((c) => ({
      groupId: c.groupId,
      artifactId: `${c.artifactId}-t${c.tag}`,
      packageName: [c.first, `t${c.tag}`, ...c.rest].join('.'),
      typeName: c.typeName,
      exceptionName: c.exceptionName,
    })),
    swift: fc.record({
      tag,
      moduleName: pick(ordinaryModuleNames, riskyModuleNames, risk),
      bareModuleName: risk ? fc.boolean() : fc.constant(false),
      typeName,
    }).map((c) => ({ moduleName: c.bareModuleName ? c.moduleName : `${c.moduleName}T${c.tag}`, typeName: c.typeName })),
  } satisfies Record<Language, fc.Arbitrary<Record<string, string>>>);
}

/**
 * What a table writes under `packages`: for each language nothing (the defaults from its id and repository), some of
 * its coordinates, or all of them; now and then no `packages` at all.
 */
function packages(id: string, risk: boolean): fc.Arbitrary<Record<string, Record<string, string>> | undefined> {
  const written = fc.constantFrom('none', 'some', 'all', 'all');
  const choices = fc.record(Object.fromEntries(languages.map((language) => [language, fc.tuple(written, fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }))])) as Record<Language, fc.Arbitrary<[string, boolean[]]>>);
  return fc.tuple(coordinates(id, risk), choices, fc.nat(5)).map(([full, chosen, absent]) => {
    if (absent === 0) return undefined;
    const entries = languages.flatMap((language) => {
      const [how, keep] = chosen[language];
      if (how === 'none') return [];
      const fields = Object.entries(full[language] as Record<string, string>).filter((_, index) => how === 'all' || keep[index % keep.length]);
      return [[language, Object.fromEntries(fields)] as const];
    });
    return Object.fromEntries(entries);
  });
}

/** Pieces of a repository URL after its path; `${` cannot be among them (Maven would replace it), nor can it form where two meet. */
const repositoryPiece = fc.constantFrom('example.org', '/a', '"', '<', '>', '&', '$', '$x', '{x}', '{{x}}', '\\', '*/', '`', '中文', '😀', "'", '%20', '\ufdd0', '\u{1fffe}');

/**
 * The repository: `https://<host>/<owner>/<repo>`, from which the default coordinates come (the Go module path, the npm
 * scope, the Maven groupId), then a query or fragment of dangerous text, which pom.xml shows and no coordinate reads.
 * With `risk` the dangerous text may also be part of the path, and the owner a Kotlin keyword or a Go element.
 */
function repository(risk: boolean): fc.Arbitrary<string> {
  return fc
    .record({
      host: fc.constantFrom('github.com', 'gitlab.example.org', 'errtable.dev'),
      owner: pick(ordinaryOwners, riskyOwners, risk),
      repo: fc.constantFrom('errtable', 'error-codes', 'x.git', 'a_b'),
      separator: risk ? fc.constantFrom('?', '#', '/', '') : fc.constantFrom('?', '#'),
      pieces: fc.array(repositoryPiece, { maxLength: 5 }),
    })
    .map(({ host, owner, repo, separator, pieces }) => `https://${host}/${owner}/${repo}${pieces.length === 0 ? '' : separator + withoutPomProblems(pieces.join(''))}`);
}

/**
 * A table every documented rule accepts, except for what `expectationOf` in case-arbitrary.ts tells apart: a Swift
 * category case a String enum has (`raw_value`), and names that `nearCollision` makes collide after casing. Its
 * languages are all (no `languages`) or a few; its coordinates written in full, in part, or not at all.
 */
export function validTable(risk: boolean): fc.Arbitrary<TableDraft> {
  return tableId(risk).chain((id) =>
    fc
      .record({
        title: allowedPomText(),
        source: allowedText(),
        repository: repository(risk),
        categories,
        languages: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 2, arbitrary: fc.shuffledSubarray([...languages], { minLength: 1 }) }),
        packages: packages(id, risk),
        fallback: fc.record({ description: allowedText(), solution: allowedText(true), retryable: fc.boolean(), categoryPick: fc.nat() }),
        codes: rowDrafts,
      })
      .map(({ categories: vocabulary, fallback: { categoryPick, ...fallback }, codes, languages: chosen, packages: written, ...table }) => {
        const failures = vocabulary.filter((value) => value !== 'success');
        return {
          id,
          table: {
            $schema: '../error-table.schema.json',
            ...table,
            categories: vocabulary,
            ...(chosen === undefined ? {} : { languages: chosen }),
            ...(written === undefined ? {} : { packages: written }),
            fallback: { ...fallback, category: failures[categoryPick % failures.length]! },
            codes: rowsOf(codes, vocabulary),
          },
        };
      }),
  );
}
