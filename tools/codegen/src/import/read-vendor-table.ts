import { extractRows } from './extract-rows';
import { findErrorTable } from './find-error-table';
import { parseMarkdown } from './parse-markdown';
import type { ReadOptions, VendorReading } from './vendor-table';

/**
 * A vendor's Markdown page -> its error table, or every problem found, each at `file:line:column` of the page. Pure:
 * the page's text is read by the caller.
 */
export function readVendorTable(file: string, markdown: string, options: ReadOptions = {}): VendorReading {
  const found = findErrorTable(file, parseMarkdown(markdown), options);
  if (!found.ok) return found;
  const { table, diagnostics } = extractRows(file, found.table);
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, table };
}
