import { afterAll, describe, expect, it } from 'vitest';
import { editTable, makeReleaseRepo, removeTempRepos, setPackageVersions, tablePath, writeRepoFile } from '../test-support/temp-repo';
import { runGuard } from './run-guard';

afterAll(removeTempRepos);

const packageNames = ['@errtable/xgpush-error-codes', '@errtable/xgpush-error-codes-go', '@errtable/xgpush-error-codes-kotlin', '@errtable/xgpush-error-codes-swift'];

function writeChangeset(repo: string, name: string, bump: string): void {
  const releases = packageNames.map((pkg) => `"${pkg}": ${bump}`);
  writeRepoFile(repo, `.changeset/${name}.md`, ['---', ...releases, '---', '', 'Table changes.', ''].join('\n'));
}

function releasedRepoWithoutCode48(): string {
  const repo = makeReleaseRepo('1.0.0', { tagged: true });
  editTable(repo, (table) => {
    table.codes = table.codes.filter((row) => row.code !== 48);
  });
  return repo;
}

describe('the bump guard', () => {
  it('passes and says so when there is no release tag yet', async () => {
    const repo = makeReleaseRepo('0.1.0', { tagged: false });
    editTable(repo, (table) => {
      table.codes = table.codes.filter((row) => row.code !== 48);
    });
    const verdict = await runGuard(repo, tablePath);
    expect(verdict.ok).toBe(true);
    expect(verdict.report[0]).toMatch(/^No release tag \(X\.Y\.Z\) is reachable from HEAD yet/);
  });

  it('fails for a removed code with only a patch changeset, naming the change and the bump it needs', async () => {
    const repo = releasedRepoWithoutCode48();
    writeChangeset(repo, 'fix-texts', 'patch');
    const verdict = await runGuard(repo, tablePath);
    expect(verdict).toEqual({
      ok: false,
      report: [
        'The table changed since release 1.0.0 in ways that need a major bump, but the pending changesets and versions declare a patch bump:',
        '  major  Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN',
        'Write a changeset with that bump for the four packages: npm run release:diff -- --write-changeset',
      ],
    });
  });

  it('passes once a major changeset exists', async () => {
    const repo = releasedRepoWithoutCode48();
    writeChangeset(repo, 'fix-texts', 'patch');
    writeChangeset(repo, 'remove-48', 'major');
    const verdict = await runGuard(repo, tablePath);
    expect(verdict.ok).toBe(true);
    expect(verdict.report).toEqual(['The table changed since release 1.0.0 (needs a major bump); a major bump is declared: covered.']);
  });

  it('passes when the changesets were already consumed into a major version that is not tagged yet', async () => {
    const repo = releasedRepoWithoutCode48();
    setPackageVersions(repo, '2.0.0');
    expect((await runGuard(repo, tablePath)).ok).toBe(true);
  });

  it('fails with no changeset at all', async () => {
    const verdict = await runGuard(releasedRepoWithoutCode48(), tablePath);
    expect(verdict.ok).toBe(false);
    expect(verdict.report[0]).toContain('declare no bump');
  });
});
