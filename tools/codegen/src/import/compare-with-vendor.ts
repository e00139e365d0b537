import type { CodeRow, ErrorTable } from '../table';
import { guessCategory, guessRetryable, proposeName } from './propose';
import type { Place, VendorRow, VendorTable } from './vendor-table';

type TextField = 'description' | 'solution';

const textFields: readonly TextField[] = ['description', 'solution'];

/**
 * One way a table and its vendor's page disagree. `added` carries the row import proposes and the index of
 * `codes` it goes to (before the row there: after the code the vendor lists before it); `missing` is a code the
 * page no longer lists and the table does not deprecate, which import keeps (or deprecates, when asked).
 */
export type VendorChange =
  | { kind: 'added'; row: CodeRow; at: Place; insertAt: number }
  | { kind: 'missing'; row: CodeRow; index: number }
  | { kind: 'text'; row: CodeRow; index: number; field: TextField; before: string; after: string; at: Place }
  | { kind: 'fallback'; field: TextField; before: string; after: string; at: Place };

/** A new code as import proposes it: the vendor's text, a name and guesses, marked for a maintainer to confirm. */
export function proposeRow(vendorRow: VendorRow, table: Pick<ErrorTable, 'categories' | 'fallback'>, taken: Set<string>): CodeRow {
  const { code, description, solution } = vendorRow;
  const text = `${description}\n${solution}`;
  const name = proposeName(description, code, taken);
  taken.add(name);
  const category = guessCategory(text, code, table.categories, table.fallback.category);
  return { code, name, description, solution, retryable: guessRetryable(text), category, proposed: true };
}

/** Where a new code goes: after the nearest code the page lists before it that the table has, else before the next. */
function insertionIndex(vendor: VendorTable, position: number, indexByCode: ReadonlyMap<number, number>): number {
  const known = (row: VendorRow | undefined) => (row === undefined ? undefined : indexByCode.get(row.code));
  for (let before = position - 1; before >= 0; before -= 1) {
    const index = known(vendor.rows[before]);
    if (index !== undefined) return index + 1;
  }
  for (let after = position + 1; after < vendor.rows.length; after += 1) {
    const index = known(vendor.rows[after]);
    if (index !== undefined) return index;
  }
  return indexByCode.size;
}

function textChanges(table: ErrorTable, vendor: VendorTable, indexByCode: ReadonlyMap<number, number>): VendorChange[] {
  return vendor.rows.flatMap((vendorRow) => {
    const index = indexByCode.get(vendorRow.code);
    if (index === undefined) return [];
    const row = table.codes[index]!;
    return textFields.filter((field) => row[field] !== vendorRow[field]).map((field): VendorChange => ({ kind: 'text', row, index, field, before: row[field], after: vendorRow[field], at: vendorRow.at }));
  });
}

function fallbackChanges(table: ErrorTable, vendor: VendorTable): VendorChange[] {
  const { fallback } = vendor;
  if (fallback === undefined) return [];
  return textFields.filter((field) => table.fallback[field] !== fallback[field]).map((field): VendorChange => ({ kind: 'fallback', field, before: table.fallback[field], after: fallback[field], at: fallback.at }));
}

/**
 * Every difference between a table and its vendor's page, matched by code: codes the page added (each proposed as
 * import would add it), codes it no longer lists, changed descriptions and solutions, a changed catch-all row. What
 * maintainers curate (names, categories, retryable, deprecations, packages) is never a difference. Pure.
 */
export function compareWithVendor(table: ErrorTable, vendor: VendorTable): VendorChange[] {
  const indexByCode = new Map(table.codes.map((row, index) => [row.code, index]));
  const listed = new Set(vendor.rows.map((row) => row.code));
  const taken = new Set(table.codes.map((row) => row.name));
  const added = vendor.rows.flatMap((vendorRow, position): VendorChange[] =>
    indexByCode.has(vendorRow.code) ? [] : [{ kind: 'added', row: proposeRow(vendorRow, table, taken), at: vendorRow.at, insertAt: insertionIndex(vendor, position, indexByCode) }],
  );
  // A code deprecated already is settled: the table says it is going, as the page does.
  const missing = table.codes.flatMap((row, index): VendorChange[] => (listed.has(row.code) || row.deprecated !== undefined ? [] : [{ kind: 'missing', row, index }]));
  return [...added, ...missing, ...textChanges(table, vendor, indexByCode), ...fallbackChanges(table, vendor)];
}
