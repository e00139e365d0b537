import type { ErrorTable, TranslatedText } from '../table';
import { describe, expect, it } from 'vitest';
import { bundledTable, tpns } from '../test-support/bundled-tables';
import { diffTables, requiredBump } from './diff-tables';

const bundled = (): ErrorTable => bundledTable(tpns);

/** The bundled table with its zh-Hans translation edited. */
function editedZhHans(edit: (translation: NonNullable<ErrorTable['translations']>[string]) => void): ErrorTable {
  const table = bundled();
  edit(table.translations!['zh-Hans']!);
  return table;
}

describe('diffTables on translations', () => {
  it('classifies a translation added, changed or removed as a patch, naming the code, field and language', () => {
    const changed = editedZhHans((translation) => {
      const codes = translation.codes as Record<string, TranslatedText>;
      codes['10002'] = { description: '注册中' };
      codes['2'] = { description: codes['2']!.description!, solution: '检查参数' };
      delete codes['20'];
      translation.fallback = {};
    });
    const changes = diffTables(tpns, bundled(), changed);
    expect(changes).toEqual([
      { bump: 'patch', summary: 'Translated the solution of 2 PARAMETER_ERROR into zh-Hans' },
      { bump: 'patch', summary: 'Removed the translation of the description of 20 AUTHENTICATION_ERROR into zh-Hans' },
      { bump: 'patch', summary: 'Changed the translation of the description of 10002 REGISTRATION_IN_PROGRESS into zh-Hans' },
      { bump: 'patch', summary: 'Removed the translation of the description of the fallback into zh-Hans' },
    ]);
    expect(requiredBump(changes)).toBe('patch');
  });

  it('names a whole language added or removed, and whose words it holds', () => {
    const { translations: _removed, ...without } = bundled();
    expect(diffTables(tpns, without as ErrorTable, bundled())).toEqual([{ bump: 'patch', summary: "Added the zh-Hans translation (the vendor's own text)" }]);
    expect(diffTables(tpns, bundled(), without as ErrorTable)).toEqual([{ bump: 'patch', summary: 'Removed the zh-Hans translation' }]);
  });

  it('reports a new origin or source, and a new default language', () => {
    const after = editedZhHans((translation) => {
      translation.origin = 'project';
    });
    after.defaultLocale = 'en-US';
    expect(diffTables(tpns, bundled(), after)).toEqual([
      { bump: 'patch', summary: 'Changed the default language from en to en-US' },
      { bump: 'patch', summary: 'Changed the origin of the zh-Hans translation' },
    ]);
  });

  it('finds nothing in an unchanged translation', () => {
    expect(diffTables(tpns, bundled(), bundled())).toEqual([]);
  });
});
