import type { ErrorTable } from '../table';
import { describe, expect, it } from 'vitest';
import { bundledTable, xgpush } from '../test-support/bundled-tables';
import { diffNewTable, diffTables } from './diff-tables';

const bundled = (): ErrorTable => bundledTable(xgpush);
const coordinates = (table: ErrorTable, language: string) => (table.packages as Record<string, Record<string, string>>)[language]!;

describe('diffTables outside the codes', () => {
  it('needs a major bump when a package coordinate changes, reaching only that language, listed before weaker changes', () => {
    const after = bundled();
    coordinates(after, 'kotlin')['groupId'] = 'com.example';
    after.fallback.retryable = true;
    expect(diffTables(xgpush, bundled(), after)).toEqual([
      { bump: 'major', summary: 'Changed packages.kotlin.groupId from "io.github.errtable" to "com.example"', target: 'kotlin' },
      { bump: 'patch', summary: "Changed the fallback's retryable from false to true" },
    ]);
  });

  it('treats the title, source and repository as patch when the table sets every coordinate', () => {
    const after = bundled();
    after.repository = 'https://github.com/example/errtable';
    expect(diffTables(xgpush, bundled(), after)).toEqual([{ bump: 'patch', summary: "Changed the table's repository" }]);
  });

  it('compares resolved coordinates: a new repository moves every default a table relies on', () => {
    const before = bundled();
    delete coordinates(before, 'go')['module'];
    const after = structuredClone(before);
    after.repository = 'https://github.com/example/errtable';
    expect(diffTables(xgpush, before, after)).toEqual([
      {
        bump: 'major',
        summary: 'Changed packages.go.module from "github.com/errtable/errtable/packages/xgpush-error-codes/go" to "github.com/example/errtable/packages/xgpush-error-codes/go"',
        target: 'go',
      },
      { bump: 'patch', summary: "Changed the table's repository" },
    ]);
    expect(diffTables(xgpush, before, bundled())).toEqual([]); // writing out the default changes nothing
  });

  it('ignores a coordinate the generator no longer reads (Swift packageName of the single-table layout)', () => {
    const before = bundled();
    coordinates(before, 'swift')['packageName'] = 'XGPushErrorCodes';
    expect(diffTables(xgpush, before, bundled())).toEqual([]);
  });

  it('needs a major bump for a dropped language and a minor one for an added language', () => {
    const withoutKotlin = { ...bundled(), languages: ['typescript', 'go', 'swift'] };
    expect(diffTables(xgpush, bundled(), withoutKotlin)).toEqual([{ bump: 'major', summary: 'Dropped the Kotlin package', target: 'kotlin' }]);
    expect(diffTables(xgpush, withoutKotlin, bundled())).toEqual([{ bump: 'minor', summary: 'Added a Kotlin package', target: 'kotlin' }]);
  });

  it('treats a removed category as major and an added one as minor; a table of the single-table layout has no list', () => {
    const after = bundled();
    after.categories = [...after.categories.filter((category) => category !== 'quota'), 'billing'];
    expect(diffTables(xgpush, bundled(), after)).toEqual([
      { bump: 'major', summary: 'Removed the category quota' },
      { bump: 'minor', summary: 'Added the category billing' },
    ]);
    const legacy = bundled() as Partial<ErrorTable>;
    delete legacy.categories;
    expect(diffTables(xgpush, legacy as ErrorTable, bundled())).toEqual([]);
  });

  it('lists every code of a new table as added', () => {
    const table = bundled();
    expect(diffNewTable(table)).toHaveLength(table.codes.length);
    expect(diffNewTable(table)[0]).toEqual({ bump: 'minor', summary: `Added ${table.codes[0]!.code} ${table.codes[0]!.name}` });
  });
});
