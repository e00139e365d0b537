import { escapeCodePoints, hex, markedCommentLines, utf16Escapes } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\0': '\\0' };

/** A Swift string literal: a backslash is escaped, so `\(` cannot interpolate; invisible characters become `\u{X}`. */
export function swiftString(text: string): string {
  return `"${escapeCodePoints(text, named, (codePoint) => `\\u{${hex(codePoint, 1)}}`)}"`;
}

/** A `///` comment's lines as they follow the marker: nothing in them can end the comment but a newline. */
export function swiftDocLines(text: string): readonly string[] {
  return markedCommentLines(text);
}

const jsonNamed: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t', '#': '\\u0023' };

/**
 * A JSON string for the table the Swift file embeds in a raw string literal (`#"""`): `#` is written `\u0023`, so
 * the text can neither close the literal (`"""#`) nor interpolate (`\#(`); invisible characters become `\uXXXX`
 * (a surrogate pair above U+FFFF).
 */
export function jsonString(text: string): string {
  return `"${escapeCodePoints(text, jsonNamed, utf16Escapes)}"`;
}
