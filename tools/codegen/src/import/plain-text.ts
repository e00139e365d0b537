import type { Nodes } from 'mdast';

/** `<br>`, `<br/>`, `<BR />`: the line break vendors write inside table cells. */
const lineBreakTag = /^<br\s*\/?>$/i;

/** What a reader sees of a node: links, code spans and emphasis as their text, HTML tags dropped, `<br>` a line break. */
export function visibleText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return lineBreakTag.test(node.value.trim()) ? '\n' : '';
    case 'break':
      return '\n';
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    default:
      return 'children' in node ? node.children.map(visibleText).join('') : '';
  }
}

/**
 * The text of a node (a table cell, a heading) as the page shows it, tidied: each run of spaces, tabs or non-breaking spaces is one
 * space, each line is trimmed and empty lines are dropped. An absent cell (a row shorter than the header) is empty.
 *
 * `| recv [failed](https://x) <br> *later* |` -> `"recv failed\nlater"`
 */
export function plainText(node: Nodes | undefined): string {
  if (node === undefined) return '';
  return visibleText(node)
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The pieces of a cell that lists several codes, separated by line breaks (`<br>`) or commas (`,`, `，`, `、`). */
export function cellPieces(cell: Nodes | undefined): string[] {
  return plainText(cell)
    .split(/[\n,，、]/)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
}
