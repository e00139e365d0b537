/**
 * Text of a table as the reference pages show it: Markdown that renders the vendor's words literally, and JSON that
 * can sit inside an HTML `<script>` element. Every text goes through here before a template sees it.
 */

/** Characters that start inline Markdown (emphasis, code, links, HTML, GFM tables and strikethrough). */
const inlineSpecial = /[\\`*_[\]<>&|~]/g;

/** What makes a Markdown line a block (heading, quote, list, thematic break, setext underline) when it starts it. */
const blockStart = /^(\s*)([#>+\-=]|\d+[.)])/;

/**
 * One text as literal Markdown on a single line, inside a paragraph or a table cell: every character that could
 * start emphasis, code, a link, raw HTML or a cell border is escaped (`&` as `&amp;`, so an entity stays text), a
 * line break becomes `<br>`, and a leading `#`, `-`, `1.` or `>` cannot open a block.
 *
 * @example markdownText('a | b\n1. *c*') // 'a \\| b<br>1. \\*c\\*'
 */
export function markdownText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim().replace(inlineSpecial, (char) => (char === '&' ? '&amp;' : `\\${char}`)))
    .join('<br>')
    .replace(blockStart, (_, space: string, marker: string) => `${space}${marker.replace(/[#>+\-=.)]/, (char) => `\\${char}`)}`);
}

/** The characters JSON leaves alone that must not appear raw in an HTML `<script>` element or in JavaScript source. */
const scriptUnsafe = /[<>&\u2028\u2029]/g;

/**
 * A value as JSON that is safe inside `<script type="application/json">`: `<`, `>` and `&` are written `\u003c`... so
 * neither `</script>` nor `<!--` can end or change the element, and the line separators U+2028/9 as escapes.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(scriptUnsafe, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text for HTML element content or a double-quoted attribute value. */
export function htmlText(text: string): string {
  return text.replace(/[&<>"]/g, (char) => htmlEntities[char]!);
}
