import { afterCommentMarker, commentLines, escapeCodePoints, hex } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A double-quoted TypeScript string literal: `a"b` -> `"a\"b"`. */
export function typescriptString(text: string): string {
  return `"${escapeCodePoints(text, named, (codePoint) => `\\u{${hex(codePoint, 1)}}`)}"`;
}

/** Lines of JSDoc text; `*\/` cannot close the comment early. */
function jsdocLines(text: string): string[] {
  return commentLines(text.replaceAll('*/', '*\\/'));
}

/** A JSDoc block's lines as they follow ` *`. */
export function typescriptDocLines(text: string): string[] {
  return afterCommentMarker(jsdocLines(text));
}

/** The `@deprecated` tag's lines as they follow ` *`: the tag opens the first line. */
export function typescriptDeprecatedLines(text: string): string[] {
  return jsdocLines(text).map((line, index) => (index === 0 ? ` @deprecated ${line}` : ` ${line}`));
}
