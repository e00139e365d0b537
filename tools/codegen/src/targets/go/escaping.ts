import { escapeCodePoints, hex } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** An interpreted Go string literal; invisible characters become `\uXXXX` / `\UXXXXXXXX`. */
export function goString(text: string): string {
  return `"${escapeCodePoints(text, named, (codePoint) => (codePoint > 0xffff ? `\\U${hex(codePoint, 8)}` : `\\u${hex(codePoint, 4)}`))}"`;
}

/** What `goDocParagraph` rewrites beyond trimming: line breaks (which are `Cc`), invisible characters, `` and ''. */
const needsRewriting = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|``|''/u;

/**
 * One doc-comment paragraph for `text`: its lines joined by spaces. gofmt rewrites doc comments whose lines look
 * like headings, lists or code blocks; a single line that starts with an identifier or a label is none of these,
 * so the generated file stays gofmt-clean whatever the table says. The exact text lives in the string literals.
 *
 * Two more rewrites keep it so: gofmt turns ``` `` ``` and `''` into typographic quotes (go/doc/comment), so they are
 * written as “ and ” already; and invisible characters are shown as `\uXXXX`, since a byte-order mark anywhere but
 * at the start of a file does not compile (`illegal byte order mark`) and the others would hide in the docs.
 */
export function goDocParagraph(text: string): string {
  // Most texts are one line with nothing to rewrite; the general path splits and scans them three more times.
  if (!needsRewriting.test(text)) return text.trim();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (char) => `\\u${hex(char.codePointAt(0)!, 4)}`)
    .replaceAll('``', '\u201C')
    .replaceAll("''", '\u201D');
}
