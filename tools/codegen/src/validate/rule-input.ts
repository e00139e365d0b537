import type { CodeRow, ErrorTable } from '../table';
import { pointerOf } from './diagnostic';
import type { ShapeCheck } from './schema-check';

/** A row of `codes` with only the properties the schema accepted, and its index in the file. */
export type Row = Partial<CodeRow> & { readonly index: number };

export interface StringValue {
  pointer: string;
  text: string;
}

/**
 * What the rules read: the parts of the table the schema accepted, so that one bad value does not hide the
 * problems of every other. Every property may be absent; a rule checks what is there and never throws.
 */
export interface RuleInput {
  /** Top-level properties whose whole value the schema accepted. */
  table: Partial<Omit<ErrorTable, 'codes'>>;
  /** Every element of `codes`, each with its accepted properties. */
  rows: readonly Row[];
  /** Every string value the schema did not reject, wherever it is. */
  strings: readonly StringValue[];
  /** The line a pointer's value is on, for messages that point at a second place ("also on line 12"). */
  lineOf: (pointer: string) => number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when one of `flagged` is the value at `pointer` or lies inside it. */
function holdsAny(pointer: string, flagged: readonly string[]): boolean {
  return flagged.some((bad) => bad === pointer || bad.startsWith(`${pointer}/`));
}

/** True when one of `flagged` is the value at `pointer` or contains it. */
function insideAny(pointer: string, flagged: readonly string[]): boolean {
  return flagged.some((bad) => bad === pointer || pointer.startsWith(`${bad}/`));
}

/** The properties of an object that hold no problem at all: neither a rejected value nor an incomplete object. */
function soundProperties(value: unknown, pointer: string, shape: ShapeCheck): Record<string, unknown> {
  if (!isRecord(value)) return {};
  const flagged = [...shape.rejected, ...shape.incomplete];
  return Object.fromEntries(Object.entries(value).filter(([key]) => !holdsAny(`${pointer}${pointerOf([key])}`, flagged)));
}

function stringValues(value: unknown, pointer: string): StringValue[] {
  if (typeof value === 'string') return [{ pointer, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringValues(item, `${pointer}/${index}`));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => stringValues(item, `${pointer}${pointerOf([key])}`));
  return [];
}

/**
 * Builds the rules' view of a parsed table from what the schema said about it. A row keeps every property that is
 * sound even when it lacks another; the text rules see every string the schema did not reject.
 */
export function buildRuleInput(json: unknown, shape: ShapeCheck, lineOf: (pointer: string) => number): RuleInput {
  const { codes, ...table } = soundProperties(json, '', shape);
  const rawCodes = isRecord(json) ? json['codes'] : undefined;
  const rows = Array.isArray(rawCodes) ? rawCodes.map((row, index) => ({ ...soundProperties(row, `/codes/${index}`, shape), index })) : [];
  return {
    table: table as RuleInput['table'],
    rows: rows as Row[],
    strings: stringValues(json, '').filter(({ pointer }) => !insideAny(pointer, shape.rejected)),
    lineOf,
  };
}
