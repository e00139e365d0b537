import { afterCommentMarker, commentLines, escapeCodePoints, hex } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A double-quoted TypeScript string literal: `a"b` -> `"a\"b"`. */
export function typescriptString(text: string): string {
  return `"${escapeCodePoints(text, named, (codePoint) => `\\u{${hex(codePoint, 1)}}`)}"`;
}

/** A JSDoc block's lines as they follow ` *`; `*\/` cannot close the comment early. */
export function typescriptDocLines(text: string): string[] {
  return afterCommentMarker(commentLines(text.replaceAll('*/', '*\\/')));
}

/** The `@deprecated` tag's lines as they follow ` *`: the tag opens the first line. */
export function typescriptDeprecatedLines(text: string): string[] {
  return commentLines(text.replaceAll('*/', '*\\/')).map((line, index) => (index === 0 ? ` @deprecated ${line}` : ` ${line}`));
}
