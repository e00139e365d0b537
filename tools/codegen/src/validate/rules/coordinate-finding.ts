import { quote } from '../show-text';
import type { RuleInput } from '../rule-input';
import type { Finding } from '../diagnostic';
import { error } from './rule';

/**
 * An error about one of a target's coordinates, at `/packages/<target>/<field>` when the table writes it; when the
 * value was derived from the table's id (the table leaves it out), at the nearest place the table has, saying so.
 */
export function coordinateError(input: RuleInput, rule: string, targetId: string, field: string, message: string, hint: string): Finding {
  const written = (input.table.packages?.[targetId] as Readonly<Record<string, unknown>> | undefined)?.[field] !== undefined;
  const derived = written ? '' : ` (derived from the table's id ${quote(input.tableId)}, since the table does not set packages.${targetId}.${field})`;
  return error(rule, `/packages/${targetId}/${field}`, `${message}${derived}`, written ? hint : `${hint}, and write it as packages.${targetId}.${field}`);
}

/** One coordinate checked by a predicate that says why a value is refused, or undefined. */
export type CoordinateCheck<C> = [field: keyof C & string, problem: (value: string) => string | undefined, hint: string];

/** Runs `checks` on a target's resolved coordinates; each refusal is a located `rule` error. */
export function checkCoordinates<C extends object>(input: RuleInput, rule: string, targetId: string, coordinates: C | undefined, checks: readonly CoordinateCheck<C>[]): Finding[] {
  if (coordinates === undefined) return [];
  return checks.flatMap(([field, problem, hint]) => {
    const value = String(coordinates[field]);
    const found = problem(value);
    return found === undefined ? [] : [coordinateError(input, rule, targetId, field, `${quote(value)} ${found}`, hint)];
  });
}
