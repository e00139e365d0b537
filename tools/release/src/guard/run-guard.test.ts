import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeChangeset } from '../changeset/write-changeset';
import { runDiff } from '../diff/run-diff';
import {
  commitAll,
  editTable,
  makeLegacyRepo,
  makeReleaseRepo,
  migrateToManyTables,
  readRepoFile,
  removeTempRepos,
  setPackageVersions,
  setSwiftTrainVersion,
  tpns,
  writeRepoFile,
  xgpush,
} from '../test-support/temp-repo';
import { runGuard } from './run-guard';

afterAll(removeTempRepos);

const packagesOf = (id: string): string[] => ['', '-go', '-kotlin', '-swift'].map((suffix) => `@errtable/${id}${suffix}`);

function changeset(repo: string, name: string, releases: Record<string, string>): void {
  const lines = Object.entries(releases).map(([pkg, bump]) => `"${pkg}": ${bump}`);
  writeRepoFile(repo, `.changeset/${name}.md`, ['---', ...lines, '---', '', 'Table changes.', ''].join('\n'));
}

const bumpAll = (ids: readonly string[], bump: string, swift: string | null = bump): Record<string, string> => ({
  ...Object.fromEntries(ids.flatMap(packagesOf).map((name) => [name, bump])),
  ...(swift === null ? {} : { '@errtable/swift': swift }),
});

function releasedRepoWithoutCode48(): string {
  const repo = makeReleaseRepo('1.0.0', { tagged: true });
  editTable(repo, xgpush, (table) => {
    table.codes = table.codes.filter((row) => row.code !== 48);
  });
  return repo;
}

describe('the bump guard', () => {
  it('passes and says so for every table and the Swift package when nothing is released yet', async () => {
    const repo = makeReleaseRepo('0.1.0', { tagged: false });
    editTable(repo, xgpush, (table) => {
      table.codes = table.codes.filter((row) => row.code !== 48);
    });
    expect(await runGuard(repo)).toEqual({
      ok: true,
      report: [
        'Table tpns-android-client-return-codes has no release yet (no tag tables/tpns-android-client-return-codes/vX.Y.Z): nothing to compare with; its first release will be 0.1.0.',
        'Table xgpush-error-codes has no release yet (no tag tables/xgpush-error-codes/vX.Y.Z): nothing to compare with; its first release will be 0.1.0.',
        "The repository's Swift package (@errtable/swift) has no release yet (no X.Y.Z tag): its first release will be 0.1.0.",
      ],
    });
  });

  it('fails for a removed code with only a patch changeset, naming the change, the table and the Swift package', async () => {
    const repo = releasedRepoWithoutCode48();
    changeset(repo, 'fix-texts', bumpAll([xgpush], 'patch'));
    expect(await runGuard(repo)).toEqual({
      ok: false,
      report: [
        'Table tpns-android-client-return-codes has no semantic change since its release 1.0.0.',
        'Table xgpush-error-codes changed since its release 1.0.0 in ways that need a major bump, but the pending changesets and versions declare a patch bump:',
        '  major  Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN',
        'Write a changeset with that bump for its packages: npm run release:diff -- --table xgpush-error-codes --write-changeset',
        "The repository's Swift package (@errtable/swift, tagged X.Y.Z) needs a major bump since its release 1.0.0, but the pending changesets and its version declare a patch bump:",
        '  major  XGPushErrorCodes: the changes of table xgpush-error-codes need a major bump',
        'Every changeset of a table with Swift must bump "@errtable/swift" too, by the bump its Swift library needs (npm run release:diff -- --write-changeset writes it).',
      ],
    });
  });

  it('passes once a major changeset exists for the table and the Swift package', async () => {
    const repo = releasedRepoWithoutCode48();
    changeset(repo, 'fix-texts', bumpAll([xgpush], 'patch'));
    changeset(repo, 'remove-48', bumpAll([xgpush], 'major'));
    const verdict = await runGuard(repo);
    expect(verdict.ok).toBe(true);
    expect(verdict.report).toContain('Table xgpush-error-codes changed since its release 1.0.0 (needs a major bump); a major bump is declared: covered.');
  });

  it('fails when the table is covered but its changeset forgot the Swift package', async () => {
    const repo = releasedRepoWithoutCode48();
    changeset(repo, 'remove-48', bumpAll([xgpush], 'major', null));
    const verdict = await runGuard(repo);
    expect(verdict.ok).toBe(false);
    expect(verdict.report).toContain(
      "The repository's Swift package (@errtable/swift, tagged X.Y.Z) needs a major bump since its release 1.0.0, but the pending changesets and its version declare no bump:",
    );
  });

  it('does not let a changeset of the other table cover this one', async () => {
    const repo = releasedRepoWithoutCode48();
    changeset(repo, 'tpns', bumpAll([tpns], 'major'));
    const verdict = await runGuard(repo);
    expect(verdict.ok).toBe(false);
    expect(verdict.report).toContain(
      'Table xgpush-error-codes changed since its release 1.0.0 in ways that need a major bump, but the pending changesets and versions declare no bump:',
    );
  });

  it('passes when the changesets were already consumed into versions that are not tagged yet', async () => {
    const repo = releasedRepoWithoutCode48();
    setPackageVersions(repo, xgpush, '2.0.0');
    setSwiftTrainVersion(repo, '2.0.0');
    expect((await runGuard(repo)).ok).toBe(true);
  });

  it('checks only the named table with --table', async () => {
    const repo = makeReleaseRepo('1.0.0', { tagged: true });
    editTable(repo, tpns, (table) => {
      table.codes = table.codes.slice(1);
    });
    expect((await runGuard(repo, [xgpush])).ok).toBe(true);
    const verdict = await runGuard(repo, [tpns]);
    expect(verdict.ok).toBe(false);
    expect(verdict.report.join('\n')).not.toContain(xgpush);
  });

  it('needs a major Swift bump when a table with Swift is removed', async () => {
    const repo = makeReleaseRepo('1.0.0', { tagged: true });
    rmSync(join(repo, 'schema/tables/tpns-android-client-return-codes.json'));
    const config = JSON.parse(readRepoFile(repo, '.changeset/config.json')) as { fixed: string[][] };
    writeRepoFile(repo, '.changeset/config.json', JSON.stringify({ ...config, fixed: config.fixed.filter((group) => !group[0]!.includes(tpns)) }));
    const verdict = await runGuard(repo);
    expect(verdict.ok).toBe(false);
    expect(verdict.report).toContain('  major  Removed the Swift library TPNSAndroidReturnCodes');
  });
});

describe('the guard on the fixed groups of .changeset/config.json', () => {
  it('fails for a table added without its group, printing the groups to set', async () => {
    const repo = makeReleaseRepo('0.1.0', { tagged: false, tables: [xgpush] });
    const config = readRepoFile(repo, '.changeset/config.json');
    const withBoth = makeReleaseRepo('0.1.0', { tagged: false });
    writeRepoFile(withBoth, '.changeset/config.json', config);
    const verdict = await runGuard(withBoth);
    expect(verdict.ok).toBe(false);
    expect(verdict.report.slice(0, 3)).toEqual([
      'The fixed groups in .changeset/config.json do not match the tables (one group per table, of its packages, so that each table has its own version line):',
      '  Table tpns-android-client-return-codes has no fixed group; add ["@errtable/tpns-android-client-return-codes", "@errtable/tpns-android-client-return-codes-go", "@errtable/tpns-android-client-return-codes-kotlin", "@errtable/tpns-android-client-return-codes-swift"].',
      expect.stringMatching(/^Set "fixed" there to:\n {2}\[\n/),
    ]);
    expect((await runGuard(withBoth, [xgpush])).ok).toBe(true);
  });

  it('fails for a stale group', async () => {
    const repo = makeReleaseRepo('0.1.0', { tagged: false, tables: [xgpush] });
    writeRepoFile(repo, '.changeset/config.json', readRepoFile(makeReleaseRepo('0.1.0', { tagged: false }), '.changeset/config.json'));
    const verdict = await runGuard(repo);
    expect(verdict.ok).toBe(false);
    expect(verdict.report[1]).toMatch(/^ {2}The fixed group \["@errtable\/tpns-android-client-return-codes", .*\] names no package of any table/);
  });
});

describe('the guard across the move from one table to many', () => {
  it('compares the moved table with its old path, sees the new table, and passes with the changesets the diff writes', async () => {
    const repo = makeLegacyRepo('1.2.0');
    migrateToManyTables(repo, '1.2.0');
    const before = await runGuard(repo);
    expect(before.ok).toBe(false);
    expect(before.report).toEqual([
      'Table tpns-android-client-return-codes has no release yet (no tag tables/tpns-android-client-return-codes/vX.Y.Z): nothing to compare with; its first release will be 0.1.0.',
      'Table xgpush-error-codes changed since its release 1.2.0 in ways that need a major bump, but the pending changesets and versions declare no bump:',
      '  major  Changed packages.go.module from "github.com/errtable/errtable/packages/go" to "github.com/errtable/errtable/packages/xgpush-error-codes/go"',
      'Write a changeset with that bump for its packages: npm run release:diff -- --table xgpush-error-codes --write-changeset',
      "The repository's Swift package (@errtable/swift, tagged X.Y.Z) needs a minor bump since its release 1.2.0, but the pending changesets and its version declare no bump:",
      '  minor  Added the Swift library TPNSAndroidReturnCodes (table tpns-android-client-return-codes)',
      '  patch  XGPushErrorCodes: the changes of table xgpush-error-codes need a patch bump',
      'Every changeset of a table with Swift must bump "@errtable/swift" too, by the bump its Swift library needs (npm run release:diff -- --write-changeset writes it).',
    ]);
    for (const { fileName, contents } of runDiff(repo, [], undefined).changesets) writeChangeset(repo, fileName, contents);
    commitAll(repo, 'changesets');
    expect(await runGuard(repo)).toMatchObject({ ok: true });
  });
});
