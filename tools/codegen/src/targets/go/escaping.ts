import { commentLines, escapeCodePoints, hex } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** An interpreted Go string literal; invisible characters become `\uXXXX` / `\UXXXXXXXX`. */
export function goString(text: string): string {
  return `"${escapeCodePoints(text, named, (codePoint) => (codePoint > 0xffff ? `\\U${hex(codePoint, 8)}` : `\\u${hex(codePoint, 4)}`))}"`;
}

/** Lines of a `//` comment: nothing in them can end the comment but a newline, which starts the next line. */
export function goCommentLines(text: string): string[] {
  return commentLines(text);
}
