import type { Category, ErrorTable, Fallback } from '../table';
import { proposeRow } from './compare-with-vendor';
import { categoryHints, defaultCategory, guessRetryable } from './propose';
import type { VendorTable } from './vendor-table';

export interface NewTableOptions {
  /** The repository the packages are published from: the other tables' (they must share it). */
  repository: string;
  /** The table's `$schema`: the schema's path relative to the table's folder. */
  schemaRef: string;
  /** The page's file name, for `source`. */
  pageName: string;
}

/** The fallback of a page without catch-all row: a maintainer words it (import says so). */
export const unlistedFallback: Fallback = { description: 'An error code the vendor does not document', solution: '', retryable: false, category: defaultCategory };

function fallbackOf(vendor: VendorTable): Fallback {
  if (vendor.fallback === undefined) return { ...unlistedFallback };
  const { description, solution } = vendor.fallback;
  return { description, solution, retryable: guessRetryable(`${description}\n${solution}`), category: defaultCategory };
}

/**
 * A new table from a vendor's page: every code with the page's text exactly, a proposed name and guessed retryable
 * and category (each marked `proposed`), the categories it uses (from `categoryHints`, in that order), the catch-all
 * row as the fallback. Coordinates are left to their defaults, derived from the table's id.
 */
export function newTable(vendor: VendorTable, options: NewTableOptions): ErrorTable {
  const vocabulary: Category[] = [...categoryHints.map((hint) => hint.category), defaultCategory];
  const fallback = fallbackOf(vendor);
  const taken = new Set<string>();
  const codes = vendor.rows.map((row) => proposeRow(row, { categories: vocabulary, fallback }, taken));
  const used = new Set([fallback.category, ...codes.map((row) => row.category)]);
  const title = vendor.title ?? options.pageName.replace(/\.(md|markdown)$/i, '');
  return {
    $schema: options.schemaRef,
    title,
    source: `The vendor's page "${title}" (${options.pageName})`,
    repository: options.repository,
    categories: vocabulary.filter((category) => used.has(category)),
    fallback,
    codes,
  };
}
