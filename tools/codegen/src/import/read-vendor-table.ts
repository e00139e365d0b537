import { extractRows } from './extract-rows';
import { findErrorTable } from './find-error-table';
import { parseMarkdown } from './parse-markdown';
import { rowsAfterBlankLine } from './rows-after-blank-line';
import type { ReadOptions, VendorReading } from './vendor-table';

/**
 * A vendor's Markdown page -> its error table, or every problem found, each at `file:line:column` of the page. Pure:
 * the page's text is read by the caller.
 */
export function readVendorTable(file: string, markdown: string, options: ReadOptions = {}): VendorReading {
  const found = findErrorTable(file, parseMarkdown(markdown), options);
  if (!found.ok) return found;
  const { table, diagnostics: rowProblems } = extractRows(file, found.table);
  const diagnostics = [...rowProblems, ...rowsAfterBlankLine(file, markdown, found.table.node)];
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, table };
}
