import type { Finding } from '../diagnostic';
import type { RuleInput, Row } from '../rule-input';

/** A check of what the table means, run on the parts of it whose shape the schema accepted. Never throws. */
export type Rule = (input: RuleInput) => Finding[];

export function error(rule: string, pointer: string, message: string, hint: string): Finding {
  return { severity: 'error', rule, pointer, message, hint };
}

export function warning(rule: string, pointer: string, message: string, hint: string): Finding {
  return { severity: 'warning', rule, pointer, message, hint };
}

/** `/codes/7, line 52`: where a second row is, for messages about pairs. */
export function rowPlace(input: RuleInput, row: Row, property: string): string {
  const pointer = `/codes/${row.index}/${property}`;
  return `${pointer}, line ${input.lineOf(pointer)}`;
}

/** The rows that have a given property, narrowed so rules can read it. */
export function rowsWith<K extends keyof Row>(rows: readonly Row[], property: K): (Row & Required<Pick<Row, K>>)[] {
  return rows.filter((row): row is Row & Required<Pick<Row, K>> => row[property] !== undefined);
}

/** Every row after the first with the same key, paired with that first row. */
export function repeatsBy<T>(rows: readonly T[], key: (row: T) => string | number): { row: T; first: T }[] {
  const firsts = new Map<string | number, T>();
  const repeats: { row: T; first: T }[] = [];
  for (const row of rows) {
    const rowKey = key(row);
    const first = firsts.get(rowKey);
    if (first === undefined) firsts.set(rowKey, row);
    else repeats.push({ row, first });
  }
  return repeats;
}
