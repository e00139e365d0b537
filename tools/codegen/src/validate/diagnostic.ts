/** A problem found in the table, before it is located in the file. */
export interface Finding {
  severity: 'error' | 'warning';
  /** The rule that found it, e.g. `uniqueCodes` or `schema`. */
  rule: string;
  /** JSON pointer to the offending value, e.g. `/codes/12/name`. */
  pointer: string;
  /** Point at the property's key rather than its value (unknown properties). */
  atKey?: boolean;
  /** What is wrong, without a final period. */
  message: string;
  /** What to do about it, without a final period. */
  hint: string;
}

/** A finding located in the file as the maintainer wrote it. */
export interface Diagnostic extends Omit<Finding, 'atKey'> {
  file: string;
  line: number;
  column: number;
}

/** `schema/t.json:41:7 /codes/12/name: "X" is used twice. Rename one.` */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const { file, line, column, pointer, message, hint, severity } = diagnostic;
  const label = severity === 'warning' ? 'warning: ' : '';
  return `${file}:${line}:${column} ${pointer || '/'}: ${label}${message}. ${hint}.`;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message);
}

export function pointerOf(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

export function segmentsOf(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}
