import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../import/parse-markdown';
import { visibleText } from '../import/plain-text';
import { htmlText, markdownText, scriptJson } from './escaping';

/**
 * The text a Markdown paragraph shows, read with the importer's parser (CommonMark and GFM tables): each block's
 * text with HTML tags dropped, entities decoded, `<br>` as a line break.
 */
function shownText(markdown: string): string {
  return parseMarkdown(markdown)
    .children.map(visibleText)
    .join('\n')
    .trim();
}

/** The body cells of the first table of the Markdown, as the importer's parser reads them (it keeps cells past the header's count). */
function bodyCells(markdown: string): unknown[] {
  const [table] = parseMarkdown(markdown).children;
  if (table?.type !== 'table') throw new Error(`not a table: ${markdown}`);
  return table.children.slice(1).flatMap((row) => row.children);
}

const dangerous = [
  '*star* _under_ `code` **bold** ~~struck~~',
  '[link](https://example.org) ![image](x.png) <b>html</b> <!-- comment --> &amp; entity',
  '# not a heading',
  '- not a list',
  '+ nor this',
  '1. not ordered',
  '2) nor this',
  '> not a quote',
  '    not code',
  '---',
  '===',
  'a | b \\ c',
  'First line\nSecond line\n\nFourth after blank',
];

describe('markdownText', () => {
  it.each(dangerous)('shows %j as it is, on one line', (text) => {
    const markdown = markdownText(text);
    expect(markdown).not.toContain('\n');
    expect(shownText(markdown)).toBe(text.split('\n').map((line) => line.trim()).join('\n'));
  });

  it('keeps a table cell whole', () => {
    expect(bodyCells(`| a | b |\n| - | - |\n| ${markdownText('x | y')} | z |`)).toHaveLength(2);
  });

  it('leaves plain text alone', () => {
    expect(markdownText('Parameter error. Check parameters')).toBe('Parameter error. Check parameters');
  });
});

describe('scriptJson', () => {
  it('cannot end or change a script element, and parses back to the value', () => {
    const value = { text: '</script><script>alert(1)</script> <!-- & \u2028\u2029 -->' };
    const json = scriptJson(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('htmlText', () => {
  it('escapes what could open a tag, an entity or end an attribute', () => {
    expect(htmlText('<b> & "q"')).toBe('&lt;b&gt; &amp; &quot;q&quot;');
  });
});
