import { quote } from '../show-text';
import { closestMatcher } from '../did-you-mean';
import type { Row } from '../rule-input';
import { error, type Rule, rowPlace, rowsWith, warning } from './rule';

type Deprecated = Row & { deprecated: { message: string; replacement: string } };

function rowsWithReplacement(rows: readonly Row[]): Deprecated[] {
  return rows.filter((row): row is Deprecated => row.deprecated?.replacement !== undefined);
}

const pointerOfReplacement = (row: Row) => `/codes/${row.index}/deprecated/replacement`;

/**
 * A replacement must name a code of the table. It is checked even while some rows lack a valid name (the schema
 * reports those): every problem is reported at once, and the hint says that one of those rows may be the one meant.
 */
export const replacementExists: Rule = (input) => {
  const names = rowsWith(input.rows, 'name').map((row) => row.name);
  const unnamed = input.rows.length - names.length;
  // A set: checking every replacement against a list of every name is quadratic in the size of the table.
  const known = new Set(names);
  const closestName = closestMatcher(names);
  const orUnnamed =
    unnamed === 0 ? '' : unnamed === 1 ? ' (one row has no valid name yet, reported separately: if it is the one meant, fix its name)' : ` (${unnamed} rows have no valid name yet, reported separately: if one of them is meant, fix its name)`;
  return rowsWithReplacement(input.rows)
    .filter((row) => !known.has(row.deprecated.replacement))
    .map((row) => {
      const suggestion = closestName(row.deprecated.replacement);
      const hint = `${suggestion === undefined ? '' : `Did you mean ${quote(suggestion)}? `}Name an existing code, or remove "replacement"${orUnnamed}`;
      return error('replacementExists', pointerOfReplacement(row), `replacement ${quote(row.deprecated.replacement)} is not a code in this table`, hint);
    });
};

export const replacementIsNotItself: Rule = (input) =>
  rowsWithReplacement(input.rows)
    .filter((row) => row.deprecated.replacement === row.name)
    .map((row) => error('replacementIsNotItself', pointerOfReplacement(row), `${quote(row.deprecated.replacement)} names itself as its replacement`, 'Name the code to use instead, or remove "replacement"'));

/** The first code along the chain of replacements that is not deprecated, if the chain ends in one. */
function finalReplacement(byName: ReadonlyMap<string, Row>, start: Row): Row | undefined {
  const seen = new Set<Row>();
  let row: Row | undefined = start;
  while (row?.deprecated !== undefined && !seen.has(row)) {
    seen.add(row);
    row = row.deprecated.replacement === undefined ? undefined : byName.get(row.deprecated.replacement);
  }
  return row?.deprecated === undefined ? row : undefined;
}

/** A judgement call: following a replacement that is deprecated too only leads to another deprecation warning. */
export const replacementNotDeprecated: Rule = (input) => {
  // Reversed so that, of rows sharing a name (uniqueNames reports those), the first one wins.
  const byName = new Map(rowsWith(input.rows, 'name').toReversed().map((row) => [row.name, row] as const));
  return rowsWithReplacement(input.rows).flatMap((row) => {
    const target = byName.get(row.deprecated.replacement);
    if (target === undefined || target === row || target.deprecated === undefined) return [];
    const final = finalReplacement(byName, target);
    const hint = final?.name === undefined ? 'Name a code that is not deprecated, or remove "replacement"' : `Name ${quote(final.name)} instead, the code that replaces it in turn`;
    return [warning('replacementNotDeprecated', pointerOfReplacement(row), `replacement ${quote(target.name!)} is itself deprecated (at ${rowPlace(input, target, 'deprecated')})`, hint)];
  });
};
