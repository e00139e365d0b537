import { showText } from './show-text';

/** A problem found in the table, before it is located in the file. */
export interface Finding {
  severity: 'error' | 'warning';
  /** What found it: a rule name such as `uniqueCodes`, or `json`, `noDuplicateKeys`, `schema`. */
  rule: string;
  /** JSON pointer to the offending value, e.g. `/codes/12/name`. */
  pointer: string;
  /** Point at the property's key rather than its value (unknown and duplicated properties). */
  atKey?: boolean;
  /** What is wrong, without a final period. */
  message: string;
  /** What to do about it, without a final period. */
  hint: string;
}

/** A finding located in the file as the maintainer wrote it; `line` and `column` start at 1. */
export interface Diagnostic extends Omit<Finding, 'atKey'> {
  file: string;
  line: number;
  column: number;
}

/**
 * A pointer holds the table's keys as written: each segment is shown like a value (escaped, and shortened, so that a
 * key of 100,000 characters is not echoed in full); the whole pointer is still in `--format json`.
 */
function showPointer(pointer: string): string {
  return pointer === '' ? '/' : pointer.split('/').map((segment) => showText(segment, 60)).join('/');
}

/** `schema/t.json:41:7 /codes/12/name: "X" is used twice (also at /codes/7). Names must be unique; rename one.` */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, pointer, message, hint, severity } = diagnostic;
  const label = severity === 'warning' ? 'warning: ' : '';
  return `${showText(file)}:${line}:${column} ${showPointer(pointer)}: ${label}${message}. ${hint}${/[.?!]$/.test(hint) ? '' : '.'}`;
}

/** By file, then position in the file: the order an editor would list them. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return compareText(a.file, b.file) || a.line - b.line || a.column - b.column || compareText(a.message, b.message);
}

/** Code-unit order, the same on every machine (`localeCompare` depends on the locale). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${escapeSegment(String(segment))}`).join('');
}

/** A key as a JSON pointer segment (`~` as `~0`, `/` as `~1`); most keys need neither, and are returned as they are. */
export function escapeSegment(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replaceAll('~', '~0').replaceAll('/', '~1') : key;
}

export function segmentsOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
