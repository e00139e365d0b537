import { commentLines, escapeCodePoints, hex } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

/** A Swift string literal: a backslash is escaped, so `\(` cannot interpolate; invisible characters become `\u{X}`. */
export function swiftString(text: string): string {
  return `"${escapeCodePoints(text, named, (codePoint) => `\\u{${hex(codePoint, 1)}}`)}"`;
}

/** Lines of a `///` comment: nothing in them can end the comment but a newline, which starts the next line. */
export function swiftDocLines(text: string): string[] {
  return commentLines(text);
}
