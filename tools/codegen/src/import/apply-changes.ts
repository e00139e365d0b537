import type { CodeRow, Deprecation, ErrorTable } from '../table';
import type { VendorChange } from './compare-with-vendor';

export interface ApplyOptions {
  /** Mark each code the vendor no longer lists as deprecated (a minor bump) instead of only reporting it. */
  deprecateMissing?: boolean;
}

/** The deprecation `--deprecate-missing` gives a code the vendor's page no longer lists. */
export const missingDeprecation: Deprecation = { message: "The vendor's documentation no longer lists this code." };

/** Whether a change alters the table: a missing code only with `deprecateMissing`. */
export function changesTable(change: VendorChange, options: ApplyOptions): boolean {
  return change.kind !== 'missing' || options.deprecateMissing === true;
}

type Added = Extract<VendorChange, { kind: 'added' }>;

/** `codes` with the added rows in place: each group before the row at its index, in the page's order. */
function withAddedRows(codes: readonly CodeRow[], added: readonly Added[]): CodeRow[] {
  const before = (index: number) => added.filter((change) => change.insertAt === index).map((change) => change.row);
  return [...codes.flatMap((row, index) => [...before(index), row]), ...before(codes.length)];
}

/**
 * The table as import leaves it, as an object: what the classifier of the release tooling compares, and what the
 * edited text must parse to. Pure; the table is not modified.
 */
export function applyChanges(table: ErrorTable, changes: readonly VendorChange[], options: ApplyOptions = {}): ErrorTable {
  const result = structuredClone(table);
  for (const change of changes.filter((one) => changesTable(one, options))) {
    if (change.kind === 'text') result.codes[change.index]![change.field] = change.after;
    if (change.kind === 'fallback') result.fallback[change.field] = change.after;
    if (change.kind === 'missing') result.codes[change.index]!.deprecated = { ...missingDeprecation };
  }
  result.codes = withAddedRows(result.codes, changes.filter((change): change is Added => change.kind === 'added'));
  return result;
}
