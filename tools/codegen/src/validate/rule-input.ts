import type { CodeRow, ErrorTable } from '../table';
import type { PackageCoordinates } from '../targets/coordinates';
import type { Target } from '../targets/target';
import { resolvePackages, targetsOf } from '../targets/table-targets';
import { escapeSegment } from './diagnostic';
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
  /** The table's id (its file name without `.json`), from which default coordinates are derived. */
  tableId: string;
  /** The languages the table is generated into: those `languages` names, or every registered one. */
  targets: readonly Target[];
  /** Every language's coordinates with the defaults filled in; undefined while `repository` or `packages` is unsound. */
  packages: PackageCoordinates | undefined;
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

/** Every pointer that is one of `flagged` or an ancestor of one: the values that hold a problem somewhere inside. */
function holdersOf(flagged: readonly string[]): Set<string> {
  const holders = new Set<string>();
  for (const pointer of flagged) {
    holders.add(pointer);
    for (let slash = pointer.indexOf('/'); slash !== -1; slash = pointer.indexOf('/', slash + 1)) holders.add(pointer.slice(0, slash));
  }
  return holders;
}

/** The properties of an object that hold no problem at all: neither a rejected value nor an incomplete object. */
function soundProperties(value: unknown, pointer: string, unsound: ReadonlySet<string>): Readonly<Record<string, unknown>> {
  if (!isRecord(value)) return {};
  if (unsound.size === 0) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => !unsound.has(`${pointer}/${escapeSegment(key)}`)));
}

/**
 * `{ ...properties, index }`, but several times faster for ten thousand rows (V8 spreads objects of differing shapes
 * slowly). Object.assign would set the prototype from a "__proto__" key, so an object that has one is spread.
 */
function withIndex(properties: Readonly<Record<string, unknown>>, index: number): Row {
  return Object.hasOwn(properties, '__proto__') ? { ...properties, index } : Object.assign({}, properties, { index });
}

/**
 * A string of the table. Its pointer is spelt when a rule asks for it, which is only for the few it reports: building
 * forty thousand pointers up front took as long as every text rule together.
 */
class TableString implements StringValue {
  constructor(
    readonly text: string,
    private readonly parent: string,
    private readonly segment: string | number,
  ) {}

  get pointer(): string {
    return `${this.parent}/${this.segment}`;
  }
}

/** Every string inside `value` (an object or array at `pointer`), except inside the values at the `rejected` pointers. */
function collectStrings(value: unknown, pointer: string, rejected: ReadonlySet<string>, strings: StringValue[]): void {
  if (Array.isArray(value)) for (let index = 0; index < value.length; index += 1) collectChild(value[index], pointer, index, rejected, strings);
  // for...in: the objects come from JSON.parse, so every key it lists is their own; it allocates no array of keys,
  // which made Object.keys half the cost here.
  else if (isRecord(value)) for (const key in value) collectChild(value[key], pointer, escapeSegment(key), rejected, strings);
}

function collectChild(value: unknown, parent: string, segment: string | number, rejected: ReadonlySet<string>, strings: StringValue[]): void {
  // Looking a pointer up joins the pieces it was built from: not done for a table of which nothing was rejected.
  if (rejected.size > 0 && rejected.has(`${parent}/${segment}`)) return;
  if (typeof value === 'string') strings.push(new TableString(value, parent, segment));
  else if (typeof value === 'object' && value !== null) collectStrings(value, `${parent}/${segment}`, rejected, strings);
}

/** Every string in the table with its pointer, except inside the values at the `rejected` pointers. */
function stringsOf(json: unknown, rejected: ReadonlySet<string>): StringValue[] {
  if (rejected.has('')) return [];
  if (typeof json === 'string') return [{ pointer: '', text: json }];
  const strings: StringValue[] = [];
  collectStrings(json, '', rejected, strings);
  return strings;
}

/**
 * Builds the rules' view of a parsed table from what the schema said about it. A row keeps every property that is
 * sound even when it lacks another; the text rules see every string the schema did not reject.
 */
export function buildRuleInput(tableId: string, json: unknown, shape: ShapeCheck, lineOf: (pointer: string) => number): RuleInput {
  const unsound = holdersOf([...shape.rejected, ...shape.incomplete]);
  const { codes, ...sound } = soundProperties(json, '', unsound);
  const table = sound as RuleInput['table'];
  const rawCodes = isRecord(json) ? json['codes'] : undefined;
  const rows = Array.isArray(rawCodes) ? rawCodes.map((row, index) => withIndex(soundProperties(row, `/codes/${index}`, unsound), index)) : [];
  return {
    tableId,
    targets: targetsOf(table),
    packages: packagesOf(tableId, table, isRecord(json) && 'packages' in json),
    table,
    rows: rows as Row[],
    strings: stringsOf(json, new Set(shape.rejected)),
    lineOf,
  };
}

/** Resolved coordinates, once the values they derive from are sound: `packages` written and accepted, or left out. */
function packagesOf(tableId: string, table: RuleInput['table'], packagesWritten: boolean): PackageCoordinates | undefined {
  if (table.repository === undefined || (packagesWritten && table.packages === undefined)) return undefined;
  return resolvePackages({ id: tableId, repository: table.repository }, table.packages);
}
