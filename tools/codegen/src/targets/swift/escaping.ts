import { afterCommentMarker, commentLines, escapeCodePoints, hex } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

/** A Swift string literal: a backslash is escaped, so `\(` cannot interpolate; invisible characters become `\u{X}`. */
export function swiftString(text: string): string {
  return `"${escapeCodePoints(text, named, (codePoint) => `\\u{${hex(codePoint, 1)}}`)}"`;
}

/** A `///` comment's lines as they follow the marker: nothing in them can end the comment but a newline. */
export function swiftDocLines(text: string): string[] {
  return afterCommentMarker(commentLines(text));
}
