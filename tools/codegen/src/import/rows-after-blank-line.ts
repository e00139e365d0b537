import type { Table } from 'mdast';
import type { Diagnostic } from '../validate/diagnostic';
import { markdownError } from './vendor-table';

/** A line that starts a table row (inside a block quote too): `| 40 | ... |`. */
const rowStart = /^[\s>]*\|/;
/** A table's delimiter row, `|---|:--|`: the line under a header, so a new table starts above it. */
const delimiterRow = /^[\s>]*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
const blank = /^[\s>]*$/;

/**
 * A blank line ends a Markdown table: rows a vendor wrote after one (a page edited by hand) are a paragraph, which
 * no reader of the table sees. Read as they render, their codes would be reported missing (and with
 * --deprecate-missing, deprecated), so the first such row is an error. A new table after the blank line (a header
 * with its delimiter row) is not one.
 */
export function rowsAfterBlankLine(file: string, markdown: string, table: Table): Diagnostic[] {
  const lines = markdown.split(/\r?\n/);
  const end = table.position?.end.line ?? lines.length;
  let next = end;
  while (next < lines.length && blank.test(lines[next]!)) next += 1;
  if (next === end || next >= lines.length || !rowStart.test(lines[next]!) || delimiterRow.test(lines[next + 1] ?? '')) return [];
  const gap = next - end === 1 ? `a blank line (line ${end + 1})` : `blank lines (lines ${end + 1}-${next})`;
  return [
    markdownError(
      file,
      { line: next + 1, column: 1 },
      'rowsInOneTable',
      `${gap} ends the table above, so this row and those after it are not part of it`,
      `Remove the blank line${next - end === 1 ? '' : 's'}, so that the rows belong to the table (or give them a header of their own)`,
    ),
  ];
}
