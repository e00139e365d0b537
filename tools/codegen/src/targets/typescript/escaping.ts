import { commentLines, escapeCodePoints, hex } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A double-quoted TypeScript string literal: `a"b` -> `"a\"b"`. */
export function typescriptString(text: string): string {
  return `"${escapeCodePoints(text, named, (codePoint) => `\\u{${hex(codePoint, 1)}}`)}"`;
}

/** Lines of a JSDoc block (without the ` * ` prefix); `*\/` cannot close the comment early. */
export function typescriptDocLines(text: string): string[] {
  return commentLines(text.replaceAll('*/', '*\\/'));
}
