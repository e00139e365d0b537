import { targets } from '../targets/registry';
import type { ErrorTable } from '../table';
import type { Finding } from './diagnostic';

/** A meaning check on a table that already has the right shape. */
export type Rule = (table: ErrorTable) => Finding[];

function error(rule: string, pointer: string, message: string, hint: string): Finding {
  return { severity: 'error', rule, pointer, message, hint };
}

/** Groups row indexes by a key; yields the groups with more than one row. */
function duplicatesBy<T>(rows: readonly T[], key: (row: T) => string | number): number[][] {
  const groups = new Map<string | number, number[]>();
  rows.forEach((row, index) => groups.set(key(row), [...(groups.get(key(row)) ?? []), index]));
  return [...groups.values()].filter((group) => group.length > 1);
}

export const uniqueCodes: Rule = (table) =>
  duplicatesBy(table.codes, (row) => row.code).flatMap(([first, ...others]) =>
    others.map((index) =>
      error('uniqueCodes', `/codes/${index}/code`, `code ${table.codes[index]!.code} is listed twice (also at /codes/${first})`, 'Each code appears once; remove or renumber one row'),
    ),
  );

export const uniqueNames: Rule = (table) =>
  duplicatesBy(table.codes, (row) => row.name).flatMap(([first, ...others]) =>
    others.map((index) =>
      error('uniqueNames', `/codes/${index}/name`, `"${table.codes[index]!.name}" is used twice (also at /codes/${first})`, 'Names must be unique; rename one'),
    ),
  );

/** Distinct names that one language would spell the same, e.g. HTTP_2_ERROR and HTTP2_ERROR (both `Http2Error`). */
export const noCollisionAfterCasing: Rule = (table) =>
  targets.flatMap((target) =>
    duplicatesBy(table.codes, (row) => target.memberName(row.name, table.packages))
      .filter((group) => new Set(group.map((index) => table.codes[index]!.name)).size === group.length)
      .flatMap(([first, ...others]) =>
        others.map((index) =>
          error(
            'noCollisionAfterCasing',
            `/codes/${index}/name`,
            `"${table.codes[index]!.name}" and "${table.codes[first!]!.name}" (at /codes/${first}) both become \`${target.memberName(table.codes[index]!.name, table.packages)}\` in ${target.label}`,
            'Rename one so the names differ by more than underscores between letters and digits',
          ),
        ),
      ),
  );

export const replacementExists: Rule = (table) => {
  const names = new Set(table.codes.map((row) => row.name));
  return table.codes.flatMap((row, index) => {
    const replacement = row.deprecated?.replacement;
    const pointer = `/codes/${index}/deprecated/replacement`;
    if (replacement === undefined) return [];
    if (replacement === row.name) return [error('replacementExists', pointer, `"${row.name}" names itself as its replacement`, 'Name a different code, or remove "replacement"')];
    if (!names.has(replacement)) return [error('replacementExists', pointer, `replacement "${replacement}" is not a code in this table`, 'Name an existing code, or remove "replacement"')];
    return [];
  });
};

/** Every free-text field with its pointer. */
function texts(table: ErrorTable): { pointer: string; text: string }[] {
  const fields = [
    { pointer: '/title', text: table.title },
    { pointer: '/source', text: table.source },
    { pointer: '/fallback/description', text: table.fallback.description },
    { pointer: '/fallback/solution', text: table.fallback.solution },
  ];
  table.codes.forEach((row, index) => {
    fields.push({ pointer: `/codes/${index}/description`, text: row.description }, { pointer: `/codes/${index}/solution`, text: row.solution });
    if (row.deprecated) fields.push({ pointer: `/codes/${index}/deprecated/message`, text: row.deprecated.message });
  });
  return fields;
}

function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Controls other than the newline, and the Unicode line separators that break single-line literals. */
const controlCharacter = /(?!\n)[\p{Cc}\u2028\u2029]/u;

export const noControlCharacters: Rule = (table) =>
  texts(table).flatMap(({ pointer, text }) => {
    const found = text.match(controlCharacter)?.[0];
    return found === undefined
      ? []
      : [error('noControlCharacters', pointer, `contains the control character ${codePointLabel(found)}`, 'Remove it; the only control character allowed in text is the newline (\\n)')];
  });

export const wellFormedUnicode: Rule = (table) =>
  texts(table)
    .filter(({ text }) => !text.isWellFormed())
    .map(({ pointer }) => error('wellFormedUnicode', pointer, 'contains a lone surrogate (ill-formed UTF-16)', 'Replace the broken \\uD800-\\uDFFF escape with the character it should be'));

/** Characters that reorder how source code is displayed (Trojan Source, CVE-2021-42574). */
const bidiControls = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;

export const noBidiControls: Rule = (table) =>
  texts(table).flatMap(({ pointer, text }) => {
    const found = text.match(bidiControls)?.[0];
    return found === undefined
      ? []
      : [error('noBidiControls', pointer, `contains the bidirectional control ${codePointLabel(found)}`, 'Remove it: it can make generated source display differently from what compilers read')];
  });

/** A judgement call: SOME_NAME and SOMENAME are distinct but easy to confuse. */
export const namesDifferByMoreThanUnderscores: Rule = (table) =>
  duplicatesBy(table.codes, (row) => row.name.replaceAll('_', ''))
    .filter((group) => new Set(group.map((index) => table.codes[index]!.name)).size === group.length)
    .flatMap(([first, ...others]) =>
      others.map((index) => ({
        ...error('namesDifferByMoreThanUnderscores', `/codes/${index}/name`, `"${table.codes[index]!.name}" differs from "${table.codes[first!]!.name}" (at /codes/${first}) only by underscores`, 'Pick names that differ in words, not in underscores'),
        severity: 'warning' as const,
      })),
    );

/** Applied in order to a table whose shape the schema accepted. */
export const rules: readonly Rule[] = [
  uniqueCodes,
  uniqueNames,
  noCollisionAfterCasing,
  replacementExists,
  noControlCharacters,
  wellFormedUnicode,
  noBidiControls,
  namesDifferByMoreThanUnderscores,
];
