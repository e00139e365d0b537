import { afterAll, describe, expect, it } from 'vitest';
import { compareTable } from '../compare-table';
import { codeRow, editTable, makeReleaseRepo, removeTempRepos, tablePath } from '../test-support/temp-repo';
import { requiredBump } from './diff-tables';

afterAll(removeTempRepos);

/** A repository released as 1.0.0 whose working table then received `edit`, compared with the tag. */
function changesAfter(edit: Parameters<typeof editTable>[1]) {
  const repo = makeReleaseRepo('1.0.0', { tagged: true });
  editTable(repo, edit);
  const { baseLabel, changes } = compareTable(repo, tablePath, { ref: '1.0.0' });
  return { baseLabel, changes, bump: requiredBump(changes) };
}

describe('the table compared with its last release tag', () => {
  it('needs a minor bump when a code is added', () => {
    const result = changesAfter((table) => {
      table.codes.push({ ...codeRow(table, 92), code: 93, name: 'TOO_MANY_X' });
    });
    expect(result).toEqual({ baseLabel: '1.0.0', bump: 'minor', changes: [{ bump: 'minor', summary: 'Added 93 TOO_MANY_X' }] });
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

  it('reports nothing when only the order of the rows changed', () => {
    expect(changesAfter((table) => table.codes.reverse()).changes).toEqual([]);
  });
});
