import type { ErrorTable } from '@errtable/codegen/dist/table';
import { describe, expect, it } from 'vitest';
import { loadTableFile } from '../load/load-table';
import { tablePath, workspaceRoot } from '../test-support/temp-repo';
import { diffTables } from './diff-tables';

const bundled = (): ErrorTable => loadTableFile(`${workspaceRoot}/${tablePath}`);

describe('diffTables outside the codes', () => {
  it('needs a major bump when a package coordinate changes, listed before weaker changes', () => {
    const after = bundled();
    after.packages.kotlin.groupId = 'com.example';
    after.fallback.retryable = true;
    expect(diffTables(bundled(), after)).toEqual([
      { bump: 'major', summary: 'Changed packages.kotlin.groupId from "io.github.errtable" to "com.example"' },
      { bump: 'patch', summary: "Changed the fallback's retryable from false to true" },
    ]);
  });

  it('treats the title, source and repository as patch', () => {
    const after = bundled();
    after.repository = 'https://github.com/example/errtable';
    expect(diffTables(bundled(), after)).toEqual([{ bump: 'patch', summary: "Changed the table's repository" }]);
  });
});
