import type { Diagnostic } from '../validate/diagnostic';

/** Where something is in the vendor's Markdown; both from 1. */
export interface Place {
  line: number;
  column: number;
}

/** A row's text as the vendor wrote it, reduced to plain text; `solution` is empty when the vendor gives none. */
export interface VendorText {
  description: string;
  solution: string;
  /** The row's code cell. */
  at: Place;
}

export interface VendorRow extends VendorText {
  code: number;
}

/** The error table of a vendor's page: its codes in the page's order, and its catch-all row ("Others"). */
export interface VendorTable {
  /** The Markdown file, as messages show it. */
  file: string;
  rows: VendorRow[];
  fallback: VendorText | undefined;
  /** The heading (or, lacking one, the paragraph) just above the table: `Client Return Codes`. */
  title: string | undefined;
  /** The table's first line. */
  at: Place;
}

/** Which of several error tables to read: its number among them, from 1 (`--vendor-table`). */
export interface ReadOptions {
  pick?: number;
}

export type VendorReading = { ok: true; table: VendorTable } | { ok: false; diagnostics: Diagnostic[] };

/** A problem of the Markdown, located there: it has no JSON pointer. */
export function markdownError(file: string, at: Place, rule: PageRule, message: string, hint: string): Diagnostic {
  return { severity: 'error', rule, pointer: '', file, line: at.line, column: at.column, message, hint };
}

/** The rules a page's problems carry (`rule` in `--format json`); docs/vendor-sync.md lists them. */
export const pageRules = ['errorTableFound', 'oneErrorTable', 'knownColumns', 'int32Code', 'cellsWithinHeader', 'descriptionPresent', 'sameTextForRepeatedCode', 'rowsInOneTable'] as const;

type PageRule = (typeof pageRules)[number];
