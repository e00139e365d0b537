import { describe, expect, it } from 'vitest';
import { markdownCell, markdownCode, readmeRowLimit, readmeView } from './readme';
import { buildLocales } from '../locale/model-locales';
import type { Model } from './build-model';
import type { ErrorTable } from '../table';

describe('markdownCell', () => {
  it('keeps a cell one cell of one row, and shows HTML as text', () => {
    expect(markdownCell('a | b\nc\r\nd <b>e</b> & `f` \\')).toBe('a \\| b<br>c<br>d &lt;b&gt;e&lt;/b&gt; &amp; \\`f\\` \\\\');
  });
});

describe('markdownCode', () => {
  it('fences an identifier with more backticks than it holds', () => {
    expect(markdownCode('InvalidToken')).toBe('`InvalidToken`');
    expect(markdownCode('.`default`')).toBe('`` .`default` ``');
  });
});

function modelOf(count: number, description = 'Text'): Model {
  const codes = Array.from({ length: count }, (_, index) => ({ code: index, name: `CODE_${index}`, description, solution: '', retryable: false, category: 'internal' }));
  return {
    id: 'table',
    tableFile: 'schema/tables/table.json',
    title: 'Table',
    source: 'Vendor',
    repository: 'https://github.com/owner/repo',
    version: '1.2.3',
    packages: {} as Model['packages'],
    targets: [],
    fallback: { description: 'Other', solution: '', retryable: false, category: 'internal' },
    codes,
    categories: ['internal'],
    locales: buildLocales({ codes } as unknown as ErrorTable),
  };
}

describe('readmeView', () => {
  it('lists every code of an ordinary table, and the first codes of a huge one with how many it leaves out', () => {
    expect(readmeView(modelOf(3), (code) => code.name).codeRows).toEqual([
      '| 0 | `CODE_0` | `CODE_0` | `internal` | no | Text |',
      '| 1 | `CODE_1` | `CODE_1` | `internal` | no | Text |',
      '| 2 | `CODE_2` | `CODE_2` | `internal` | no | Text |',
    ]);
    expect(readmeView(modelOf(3), (code) => code.name).rowsLeftOut).toBeNull();
    const huge = readmeView(modelOf(readmeRowLimit + 5), (code) => code.name);
    expect([huge.codeRows.length, huge.rowsLeftOut]).toEqual([readmeRowLimit, 5]);
  });

  it('fences its examples with more backticks than any text of the table holds', () => {
    expect(readmeView(modelOf(1, 'plain'), (code) => code.name).fence).toBe('```');
    expect(readmeView(modelOf(1, 'a ```` b'), (code) => code.name).fence).toBe('`````');
  });

  it('shows the example code in the first other language the table has, as the packages give it', () => {
    const translated = (codes: Record<string, { description?: string; solution?: string }>): Model => {
      const model = modelOf(2);
      return { ...model, locales: buildLocales({ codes: model.codes, translations: { 'zh-Hans': { origin: 'vendor', source: 'Vendor (zh)', codes } } } as unknown as ErrorTable) };
    };
    const name = (code: { name: string }) => code.name;
    expect(readmeView(modelOf(2), name).languages).toBeNull();
    expect(readmeView(translated({ '0': { description: '文本' } }), name).languages).toMatchObject({ list: 'en, zh-Hans', tagJson: '"zh-Hans"', descriptionJson: '"文本"' });
    // A description the translation leaves out stays in the default language, as the packages' lookups give it.
    expect(readmeView(translated({ '0': { solution: '办法' }, '1': { description: '其他' } }), name).languages?.descriptionJson).toBe('"Text"');
    expect(readmeView(translated({ '0': { description: 'a ```` b' } }), name).fence).toBe('`````');
  });

  it('links a table of the tables folder into the repository, and names any other by its file name alone', () => {
    const name = (code: { name: string }) => code.name;
    expect(readmeView(modelOf(1), name).tableReference).toBe('[`schema/tables/table.json`](https://github.com/owner/repo/blob/main/schema/tables/table.json)');
    expect(readmeView({ ...modelOf(1), tableFile: 'my`table.json' }, name).tableReference).toBe('`` my`table.json ``');
  });

  it('shows an unlisted code in its examples', () => {
    const { unknown, known } = readmeView(modelOf(3), (code) => code.name);
    expect([0, 1, 2]).not.toContain(unknown.code);
    expect(known.messageJson).toBe(JSON.stringify('CODE_0 (0): Text: sent by the service'));
  });
});
