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

/** `schema/t.json:41:7 /codes/12/name: "X" is used twice (also at /codes/7). Names must be unique; rename one.` */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, pointer, message, hint, severity } = diagnostic;
  const label = severity === 'warning' ? 'warning: ' : '';
  // A pointer holds the table's keys as written: a key with a control or bidi character is shown escaped, like values.
  const shownPointer = (pointer || '/').replace(unprintable, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `${file}:${line}:${column} ${shownPointer}: ${label}${message}. ${hint}${/[.?!]$/.test(hint) ? '' : '.'}`;
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

/** Characters a terminal would hide or act on: controls, invisible format characters (bidi), separators, lone surrogates. */
const unprintable = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/**
 * A value from the table, quoted for a message: JSON string syntax, every unprintable character as `\uXXXX`,
 * long text shortened, so a diagnostic can never reorder or hide the terminal line it is printed on.
 */
export function quote(value: string, maxLength = 60): string {
  const codePoints = [...value];
  const short = codePoints.length > maxLength ? `${codePoints.slice(0, maxLength).join('')}…` : value;
  return JSON.stringify(short).replace(unprintable, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** `U+202E` */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
