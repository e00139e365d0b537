import { escapeCodePoints, hex } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** An interpreted Go string literal; invisible characters become `\uXXXX` / `\UXXXXXXXX`. */
export function goString(text: string): string {
  return `"${escapeCodePoints(text, named, (codePoint) => (codePoint > 0xffff ? `\\U${hex(codePoint, 8)}` : `\\u${hex(codePoint, 4)}`))}"`;
}

/**
 * One doc-comment paragraph for `text`: its lines joined by spaces. gofmt rewrites doc comments whose lines look
 * like headings, lists or code blocks; a single line that starts with an identifier or a label is none of these,
 * so the generated file stays gofmt-clean whatever the table says. The exact text lives in the string literals.
 */
export function goDocParagraph(text: string): string {
  return text.split('\n').map((line) => line.trim()).filter((line) => line !== '').join(' ');
}
