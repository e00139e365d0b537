import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';

/**
 * The vendor's page as a Markdown syntax tree: CommonMark with GitHub's tables (micromark), each node with the line
 * and column it starts at. A row keeps every cell it has, also those past the header's count (GFM renders them not),
 * so that a row with a stray `|` can be reported instead of losing its text.
 */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}
