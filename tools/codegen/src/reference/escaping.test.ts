import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { htmlText, markdownText, scriptJson } from './escaping';

/** The text a Markdown paragraph shows: its HTML without tags, entities decoded, `<br>` as a line break. */
function shownText(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true }) as string;
  return html
    .replaceAll('<br>', '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!)
    .trim();
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
    const html = marked.parse(`| a | b |\n| - | - |\n| ${markdownText('x | y')} | z |`, { async: false, gfm: true }) as string;
    expect(html.match(/<td>/g)).toHaveLength(2);
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
