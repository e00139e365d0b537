import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editTable, makeReleaseRepo, readRepoFile, removeTempRepos, workspaceRoot } from './test-support/temp-repo';

afterAll(removeTempRepos);

/** Runs the CLI from source, so the test does not depend on a fresh `dist`. */
function cli(repo: string, args: readonly string[]) {
  const result = spawnSync('node', ['-r', '@swc-node/register', join(workspaceRoot, 'tools/release/src/cli.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(workspaceRoot, 'node_modules') },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('the release CLI', () => {
  it('fails the check, writes the changeset the check asks for, then passes', () => {
    const repo = makeReleaseRepo('1.0.0', { tagged: true });
    editTable(repo, (table) => {
      table.codes = table.codes.filter((row) => row.code !== 48);
    });
    expect(cli(repo, ['check'])).toMatchObject({ status: 1, output: expect.stringContaining('major  Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN') });
    expect(cli(repo, ['diff', '--write-changeset'])).toMatchObject({
      status: 0,
      output: expect.stringContaining('Wrote .changeset/table-changes-since-1-0-0.md'),
    });
    expect(readRepoFile(repo, '.changeset/table-changes-since-1-0-0.md')).toBe(
      [
        '---',
        '"@errtable/xgpush-error-codes": major',
        '"@errtable/xgpush-error-codes-go": major',
        '"@errtable/xgpush-error-codes-kotlin": major',
        '"@errtable/xgpush-error-codes-swift": major',
        '---',
        '',
        'Error-code table changes since 1.0.0:',
        '',
        '- Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN',
        '',
      ].join('\n'),
    );
    expect(cli(repo, ['check'])).toMatchObject({ status: 0 });
  });

  it('rejects an unknown command as a usage error', () => {
    expect(cli(workspaceRoot, ['publish']).status).toBe(2);
  });
});
