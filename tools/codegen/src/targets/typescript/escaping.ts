import { commentLines, escapeCodePoints, hex, markedCommentLines } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A double-quoted TypeScript string literal: `a"b` -> `"a\"b"`. */
export function typescriptString(text: string): string {
  return `"${escapeCodePoints(text, named, (codePoint) => `\\u{${hex(codePoint, 1)}}`)}"`;
}

const templateNamed: Record<string, string> = { '\\': '\\\\', '`': '\\`', '\r': '\\r', '\t': '\\t' };

/** Text inside a template literal, its lines kept as lines: `` a`${b} `` -> `` a\`\${b} ``. */
export function typescriptTemplateText(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeCodePoints(line, templateNamed, (codePoint) => `\\u{${hex(codePoint, 1)}}`).replaceAll('${', '\\${'))
    .join('\n');
}

/** Text inside JSDoc; `*\/` cannot close the comment early. */
function jsdocText(text: string): string {
  return text.replaceAll('*/', '*\\/');
}

/** A JSDoc block's lines as they follow ` *`. */
export function typescriptDocLines(text: string): readonly string[] {
  return markedCommentLines(jsdocText(text));
}

/** The `@deprecated` tag's lines as they follow ` *`: the tag opens the first line. */
export function typescriptDeprecatedLines(text: string): string[] {
  return commentLines(jsdocText(text)).map((line, index) => (index === 0 ? ` @deprecated ${line}` : ` ${line}`));
}
