import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { editTable, makeLegacyRepo, makeReleaseRepo, migrateToManyTables, readRepoFile, removeTempRepos, workspaceRoot, xgpush } from './test-support/temp-repo';

afterAll(removeTempRepos);

/** Runs the CLI from source, so the test does not depend on a fresh `dist`. */
function cli(repo: string, args: readonly string[]) {
  const result = spawnSync('node', ['-r', '@swc-node/register', join(workspaceRoot, 'tools/release/src/cli.ts'), ...args], {
    cwd: repo,
    encoding: 'utf8',
    env: { ...process.env, NODE_PATH: join(workspaceRoot, 'node_modules') },
  });
  return { status: result.status, output: result.stdout + result.stderr, stdout: result.stdout };
}

describe('the release CLI', () => {
  it('fails the check, writes the changeset the check asks for, then passes', () => {
    const repo = makeReleaseRepo('1.0.0', { tagged: true });
    editTable(repo, xgpush, (table) => {
      table.codes = table.codes.filter((row) => row.code !== 48);
    });
    expect(cli(repo, ['check'])).toMatchObject({ status: 1, output: expect.stringContaining('major  Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN') });
    expect(cli(repo, ['diff', '--write-changeset'])).toMatchObject({
      status: 0,
      stdout: [
        'schema/tables/tpns-android-client-return-codes.json has no semantic change since 1.0.0; no bump needed.',
        '',
        'schema/tables/xgpush-error-codes.json since 1.0.0:',
        '  major  Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN',
        'Needs a major bump.',
        '',
        "The repository's Swift package (@errtable/swift, tagged X.Y.Z) since 1.0.0:",
        '  major  XGPushErrorCodes: the changes of table xgpush-error-codes need a major bump',
        "Needs a major bump (every table's changeset carries its share).",
        'Wrote .changeset/table-changes-xgpush-error-codes-since-1-0-0.md',
        '',
      ].join('\n'),
    });
    expect(readRepoFile(repo, '.changeset/table-changes-xgpush-error-codes-since-1-0-0.md')).toBe(
      [
        '---',
        '"@errtable/xgpush-error-codes": major',
        '"@errtable/xgpush-error-codes-go": major',
        '"@errtable/xgpush-error-codes-kotlin": major',
        '"@errtable/xgpush-error-codes-swift": major',
        '"@errtable/swift": major',
        '---',
        '',
        'Error-code table xgpush-error-codes, changes since 1.0.0:',
        '',
        '- Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN',
        '',
      ].join('\n'),
    );
    expect(cli(repo, ['check'])).toMatchObject({ status: 0 });
  });

  it('diffs the table moved from schema/ and the new table since the single-table release, and writes both changesets', () => {
    const repo = makeLegacyRepo('1.2.0');
    migrateToManyTables(repo, '1.2.0');
    const { status, stdout } = cli(repo, ['diff', '--write-changeset']);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(
      'schema/tables/tpns-android-client-return-codes.json has no release yet: it is a new table, every code is added; its first release will be 0.1.0 (no bump needed).',
    );
    expect(lines[1]).toMatch(/^ {2}minor {2}Added /);
    expect(lines.slice(lines.indexOf('schema/tables/xgpush-error-codes.json since 1.2.0 (then at schema/xgpush-error-codes.json):'))).toEqual([
      'schema/tables/xgpush-error-codes.json since 1.2.0 (then at schema/xgpush-error-codes.json):',
      '  major  Changed packages.go.module from "github.com/errtable/errtable/packages/go" to "github.com/errtable/errtable/packages/xgpush-error-codes/go"',
      'Needs a major bump.',
      '',
      "The repository's Swift package (@errtable/swift, tagged X.Y.Z) since 1.2.0:",
      '  minor  Added the Swift library TPNSAndroidReturnCodes (table tpns-android-client-return-codes)',
      '  patch  XGPushErrorCodes: the changes of table xgpush-error-codes need a patch bump',
      "Needs a minor bump (every table's changeset carries its share).",
      'Wrote .changeset/table-added-tpns-android-client-return-codes.md',
      'Wrote .changeset/table-changes-xgpush-error-codes-since-1-2-0.md',
      '',
    ]);
    expect(readRepoFile(repo, '.changeset/table-added-tpns-android-client-return-codes.md')).toBe(
      [
        '---',
        '"@errtable/swift": minor',
        '---',
        '',
        'Added the error-code table tpns-android-client-return-codes (TPNS Android client return codes), first released as 0.1.0, with the Swift library TPNSAndroidReturnCodes.',
        '',
      ].join('\n'),
    );
    expect(readRepoFile(repo, '.changeset/table-changes-xgpush-error-codes-since-1-2-0.md')).toContain('"@errtable/xgpush-error-codes-go": major\n"@errtable/xgpush-error-codes-kotlin": major\n"@errtable/xgpush-error-codes-swift": major\n"@errtable/swift": patch\n');
  });

  it('tags and prints the push command and each target’s publish steps', () => {
    const repo = makeReleaseRepo('1.2.0', { tagged: false });
    const { status, stdout } = cli(repo, ['tag', '--table', 'schema/tables/xgpush-error-codes.json']);
    expect({ status, stdout }).toEqual({ status: 1, stdout: '' }); // the Swift tag would ship the other table's unreleased version
    const tagged = cli(repo, ['tag']);
    expect(tagged.status).toBe(0);
    expect(tagged.stdout).toContain('Created tag packages/xgpush-error-codes/go/v1.2.0\n');
    expect(tagged.stdout).toContain(
      'Nothing was pushed. Publish the tags of tpns-android-client-return-codes 1.2.0, xgpush-error-codes 1.2.0 with:\n  git push origin 1.2.0 packages/',
    );
    expect(tagged.stdout).toContain('Kotlin: deploy io.github.errtable:xgpush-error-codes:1.2.0 to Maven Central from the tagged commit:\n');
  });

  it('rejects an unknown table and an unknown command as usage errors', () => {
    expect(cli(workspaceRoot, ['check', '--table', 'no-such-table'])).toMatchObject({ status: 2, output: expect.stringContaining('there is no table no-such-table in schema/tables; the tables are:') });
    expect(cli(workspaceRoot, ['diff', '--from-file', 'x.json']).status).toBe(2);
    expect(cli(workspaceRoot, ['publish']).status).toBe(2);
  });
});
