import { afterAll, describe, expect, it } from 'vitest';
import { compareTable, resolveBase } from '../compare-table';
import { loadTables } from '../load/load-tables';
import { codeRow, editTable, makeReleaseRepo, removeTempRepos, tpns, xgpush } from '../test-support/temp-repo';
import { requiredBump } from '@errtable/codegen/dist/semantic-diff/diff-tables';

afterAll(removeTempRepos);

/** Both tables released as 1.0.0, then `edit` applied to one in the working tree, compared with its last release. */
function changesAfter(edit: Parameters<typeof editTable>[2], id: string = xgpush) {
  const repo = makeReleaseRepo('1.0.0', { tagged: true });
  editTable(repo, id, edit);
  const tables = loadTables(repo);
  const [edited, other] = [tables.find((table) => table.id === id)!, tables.find((table) => table.id !== id)!];
  const base = resolveBase(repo, id, undefined);
  const changes = compareTable(edited, base);
  return { baseLabel: base.label, changes, bump: requiredBump(changes), untouched: compareTable(other, resolveBase(repo, other.id, undefined)) };
}

describe('a table compared with its last release tag', () => {
  it('needs a minor bump when a code is added, and leaves the other table alone', () => {
    const result = changesAfter((table) => {
      table.codes.push({ ...codeRow(table, 92), code: 93, name: 'TOO_MANY_X' });
    });
    expect(result).toEqual({ baseLabel: '1.0.0', bump: 'minor', changes: [{ bump: 'minor', summary: 'Added 93 TOO_MANY_X' }], untouched: [] });
  });

  it('needs a major bump when a code is removed', () => {
    const result = changesAfter((table) => {
      table.codes = table.codes.filter((row) => row.code !== 48);
    });
    expect(result.changes).toEqual([{ bump: 'major', summary: 'Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN' }]);
    expect(result.bump).toBe('major');
  });

  it('needs a patch bump when a text is edited', () => {
    const result = changesAfter((table) => {
      codeRow(table, 14).solution = 'Register the token again.';
    });
    expect(result.changes).toEqual([{ bump: 'patch', summary: 'Changed the solution of 14 INVALID_TOKEN' }]);
    expect(result.bump).toBe('patch');
  });

  it('compares the second table with its own release', () => {
    const result = changesAfter((table) => {
      table.codes = table.codes.slice(1);
    }, tpns);
    expect(result.bump).toBe('major');
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]!.summary).toMatch(/^Removed /);
    expect(result.untouched).toEqual([]);
  });

  it('reports nothing when only the order of the rows changed', () => {
    expect(changesAfter((table) => table.codes.reverse()).changes).toEqual([]);
  });
});
