import type { TableCell, TableRow } from 'mdast';
import type { Diagnostic } from '../validate/diagnostic';
import { quote } from '../validate/show-text';
import { type FoundTable, placeOf } from './find-error-table';
import { cellPieces, plainText } from './plain-text';
import { markdownError, type Place, type VendorRow, type VendorTable, type VendorText } from './vendor-table';

/** The code cell of the vendor's catch-all row, compared in lower case. */
const fallbackWords: readonly string[] = ['others', 'other', 'other errors', '其他', '其它', '其他错误'];

const int32 = { min: -2147483648, max: 2147483647 };

/** `"-105"` -> -105; anything but a decimal int32 (`0x1F`, `1.5`, `1e3`, `abc`) -> undefined. */
function parseCode(text: string): number | undefined {
  if (!/^[+-]?\d{1,10}$/.test(text)) return undefined;
  const code = Number(text);
  return code >= int32.min && code <= int32.max ? code : undefined;
}

/** Where a cell's text starts (its cell, when empty). */
const cellPlace = (cell: TableCell): Place => placeOf(cell.children[0] ?? cell);

/** What one row says: codes sharing its text, or the catch-all row, or nothing (a row of empty cells). */
type RowReading = { kind: 'codes'; rows: VendorRow[] } | { kind: 'fallback'; text: VendorText } | { kind: 'empty' };

interface Extraction {
  file: string;
  found: FoundTable;
  diagnostics: Diagnostic[];
}

function tooManyCells(extraction: Extraction, row: TableRow, width: number): void {
  const extra = row.children[width]!;
  const message = `this row has ${row.children.length} cells, the header ${width}: a "|" inside a cell ends it`;
  extraction.diagnostics.push(markdownError(extraction.file, placeOf(extra), 'cellsWithinHeader', message, 'Escape a "|" that belongs to the text as "\\|", or remove the extra cell'));
}

/** The row's description and solution; an error when the description is empty (every code needs one). */
function textOf(extraction: Extraction, row: TableRow, codeCell: TableCell): VendorText | undefined {
  const { layout } = extraction.found;
  const description = plainText(row.children[layout.description]);
  const solution = layout.solution === undefined ? '' : plainText(row.children[layout.solution]);
  const at = cellPlace(codeCell);
  if (description !== '') return { description, solution, at };
  const where = row.children[layout.description] === undefined ? at : cellPlace(row.children[layout.description]!);
  const what = plainText(codeCell);
  extraction.diagnostics.push(markdownError(extraction.file, where, 'descriptionPresent', `${quote(what)} has no description`, 'Every code needs one: fill in the cell, or remove the row'));
  return undefined;
}

function readRow(extraction: Extraction, row: TableRow): RowReading {
  const { layout, node } = extraction.found;
  const width = node.children[0]!.children.length;
  if (row.children.length > width) tooManyCells(extraction, row, width);
  if (row.children.every((cell) => plainText(cell) === '')) return { kind: 'empty' };
  const codeCell = row.children[layout.code] ?? row.children[0]!;
  const pieces = row.children[layout.code] === undefined ? [] : cellPieces(codeCell);
  const text = textOf(extraction, row, codeCell);
  if (pieces.length === 1 && fallbackWords.includes(pieces[0]!.toLowerCase())) return text === undefined ? { kind: 'empty' } : { kind: 'fallback', text };
  if (pieces.length === 0) extraction.diagnostics.push(markdownError(extraction.file, cellPlace(codeCell), 'int32Code', 'this row has text but no code', 'Write the code in the first cell, or remove the row'));
  const codes = pieces.flatMap((piece) => {
    const code = parseCode(piece);
    if (code !== undefined) return [code];
    const message = `${quote(piece)} is not a code: codes are whole decimal numbers from ${int32.min} to ${int32.max}${pieces.length > 1 ? ' (a cell of several codes separates them by <br> or commas)' : ''}`;
    extraction.diagnostics.push(markdownError(extraction.file, cellPlace(codeCell), 'int32Code', message, 'Write the code in decimal, or correct the cell; the catch-all row is named "Others"'));
    return [];
  });
  return text === undefined ? { kind: 'empty' } : { kind: 'codes', rows: codes.map((code) => ({ code, ...text })) };
}

const sameText = (a: VendorText, b: VendorText) => a.description === b.description && a.solution === b.solution;

function repeated(extraction: Extraction, what: string, later: VendorText, first: VendorText): void {
  const message = `${what} is listed twice with different text (also on line ${first.at.line})`;
  extraction.diagnostics.push(markdownError(extraction.file, later.at, 'sameTextForRepeatedCode', message, 'Keep one row, or correct the code'));
}

/**
 * The codes and the catch-all row of the page's error table, with every problem of every row: a code cell that is
 * not an int32, a row with more cells than the header, a row without description, a code or catch-all row listed
 * twice with different text (listed twice with the same text, it counts once). Several codes in one cell share the
 * row's text.
 */
export function extractRows(file: string, found: FoundTable): { table: VendorTable; diagnostics: Diagnostic[] } {
  const extraction: Extraction = { file, found, diagnostics: [] };
  const byCode = new Map<number, VendorRow>();
  let fallback: VendorText | undefined;
  for (const row of found.node.children.slice(1)) {
    const reading = readRow(extraction, row);
    if (reading.kind === 'fallback') {
      if (fallback !== undefined && !sameText(fallback, reading.text)) repeated(extraction, 'the catch-all row', reading.text, fallback);
      fallback ??= reading.text;
    }
    if (reading.kind !== 'codes') continue;
    for (const vendorRow of reading.rows) {
      const first = byCode.get(vendorRow.code);
      if (first === undefined) byCode.set(vendorRow.code, vendorRow);
      else if (!sameText(first, vendorRow)) repeated(extraction, `code ${vendorRow.code}`, vendorRow, first);
    }
  }
  return { table: { file, rows: [...byCode.values()], fallback, title: found.title, at: found.at }, diagnostics: extraction.diagnostics };
}
