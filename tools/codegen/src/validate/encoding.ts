import type { Diagnostic } from './diagnostic';

/**
 * How a file saved as UTF-16 or UTF-32 reads once decoded as UTF-8. A JSON text starts with two ASCII characters
 * (white space or "{"), so the NULs among its first four bytes tell the encoding (RFC 4627, section 3); a byte-order
 * mark (FF FE, FE FF) is not UTF-8 and reads as two U+FFFD.
 */
const wideEncodings: readonly [pattern: RegExp, encoding: string, iconvName: string][] = [
  [/^(?:\uFFFD\uFFFD\0\0)?[\x01-\x7F]\0\0\0/, 'UTF-32 (little-endian)', 'UTF-32LE'],
  [/^(?:\0\0\uFFFD\uFFFD)?\0\0\0[\x01-\x7F]/, 'UTF-32 (big-endian)', 'UTF-32BE'],
  [/^(?:\uFFFD\uFFFD)?[\x01-\x7F]\0[\x01-\x7F]\0/, 'UTF-16 (little-endian)', 'UTF-16LE'],
  [/^(?:\uFFFD\uFFFD)?\0[\x01-\x7F]\0[\x01-\x7F]/, 'UTF-16 (big-endian)', 'UTF-16BE'],
];

/** The encoding a table was saved in when it is UTF-16 or UTF-32 rather than UTF-8, with or without a byte-order mark. */
export function wideEncodingOf(text: string): { encoding: string; iconvName: string } | undefined {
  const found = wideEncodings.find(([pattern]) => pattern.test(text));
  return found === undefined ? undefined : { encoding: found[1], iconvName: found[2] };
}

/**
 * One error for a table saved as UTF-16 or UTF-32 (Windows editors call UTF-16 "Unicode"), instead of one per NUL
 * between its characters: the generator and JSON (RFC 8259) read UTF-8 only.
 */
export function encodingDiagnostic(file: string, text: string): Diagnostic | undefined {
  const found = wideEncodingOf(text);
  if (found === undefined) return undefined;
  const { encoding, iconvName } = found;
  return {
    severity: 'error',
    rule: 'json',
    pointer: '',
    message: `the file is saved as ${encoding}, not UTF-8`,
    hint: `Save it as UTF-8 (in most editors: "Save with Encoding", UTF-8), or convert it: iconv -f ${iconvName} -t UTF-8 table.json > table.utf8.json`,
    file,
    line: 1,
    column: 1,
  };
}
