import { afterAll, describe, expect, it } from 'vitest';
import {
  commitAll,
  editTable,
  makeLegacyRepo,
  makeReleaseRepo,
  migrateToManyTables,
  removeTempRepos,
  run,
  setPackageVersions,
  setSwiftTrainVersion,
  tags,
  tpns,
  writeRepoFile,
  xgpush,
} from '../test-support/temp-repo';
import { tagRelease } from './tag-release';

afterAll(removeTempRepos);

const mavenSteps = (id: string, version: string): string[] => [
  `Kotlin: deploy io.github.errtable:${id}:${version} to Maven Central from the tagged commit:`,
  `  mvn -B -P release -f packages/${id}/kotlin/pom.xml clean deploy`,
  '  (signed with your GPG key; uploaded as the <server> "central" of ~/.m2/settings.xml; see docs/releasing.md)',
];

/** Both tables released as 1.0.0, then xgpush (and the Swift train) versioned to `version` and committed. */
function repoReleasingXgpush(version: string, swiftVersion = version): string {
  const repo = makeReleaseRepo('1.0.0', { tagged: true });
  setPackageVersions(repo, xgpush, version);
  setSwiftTrainVersion(repo, swiftVersion);
  commitAll(repo, `release ${version}`);
  return repo;
}

describe('tagRelease', () => {
  it('creates each table’s tags, its targets’ tags and the Swift tag at HEAD, prints the publish steps and pushes nothing', () => {
    const repo = makeReleaseRepo('1.2.0', { tagged: false });
    run(repo, 'git', ['tag', '@errtable/xgpush-error-codes@1.2.0']); // what `changeset publish` leaves behind
    const result = tagRelease(repo);
    expect(result).toEqual({
      released: [
        { tableId: tpns, version: '1.2.0' },
        { tableId: xgpush, version: '1.2.0' },
      ],
      unchanged: [],
      created: [
        'tables/tpns-android-client-return-codes/v1.2.0',
        'packages/tpns-android-client-return-codes/go/v1.2.0',
        'tables/xgpush-error-codes/v1.2.0',
        'packages/xgpush-error-codes/go/v1.2.0',
        '1.2.0',
      ],
      existing: [],
      pushCommand:
        'git push origin 1.2.0 @errtable/xgpush-error-codes@1.2.0 packages/tpns-android-client-return-codes/go/v1.2.0 packages/xgpush-error-codes/go/v1.2.0 tables/tpns-android-client-return-codes/v1.2.0 tables/xgpush-error-codes/v1.2.0',
      publishSteps: [...mavenSteps(tpns, '1.2.0'), ...mavenSteps(xgpush, '1.2.0')],
    });
    expect(run(repo, 'git', ['remote'])).toBe('');
    expect(run(repo, 'git', ['cat-file', '-t', 'packages/xgpush-error-codes/go/v1.2.0'])).toBe('tag\n'); // annotated
  });

  it('tags only the table that changed, with the next Swift version, and leaves the other table’s release alone', () => {
    const repo = repoReleasingXgpush('1.1.0');
    const result = tagRelease(repo);
    expect(result.created).toEqual(['tables/xgpush-error-codes/v1.1.0', 'packages/xgpush-error-codes/go/v1.1.0', '1.1.0']);
    expect(result.unchanged).toEqual([{ tableId: tpns, version: '1.0.0', tag: 'tables/tpns-android-client-return-codes/v1.0.0' }]);
    expect(result.publishSteps).toEqual(mavenSteps(xgpush, '1.1.0'));
  });

  it('tags one table with --table', () => {
    const repo = repoReleasingXgpush('1.1.0');
    expect(tagRelease(repo, [xgpush]).created).toEqual(['tables/xgpush-error-codes/v1.1.0', 'packages/xgpush-error-codes/go/v1.1.0', '1.1.0']);
  });

  it('is idempotent at HEAD', () => {
    const repo = makeReleaseRepo('1.2.0', { tagged: false });
    tagRelease(repo);
    const again = tagRelease(repo);
    expect(again.created).toEqual([]);
    expect(again.existing).toHaveLength(5);
  });

  it('refuses to move a tag of an earlier commit', () => {
    const repo = makeReleaseRepo('1.2.0', { tagged: true });
    writeRepoFile(repo, 'notes.txt', 'later\n');
    commitAll(repo, 'later');
    const before = tags(repo);
    expect(() => tagRelease(repo, [xgpush])).toThrow(/^tag tables\/xgpush-error-codes\/v1\.2\.0 already exists at \w+, not at HEAD \w+; a released version cannot be tagged again\.$/);
    expect(() => tagRelease(repo)).toThrow(/^nothing to tag: every version is already released at an earlier commit: tpns-android-client-return-codes 1\.2\.0 \(tables\/tpns-android-client-return-codes\/v1\.2\.0\), xgpush-error-codes 1\.2\.0/);
    expect(tags(repo)).toEqual(before);
  });

  it('refuses a table release whose changesets did not bump the Swift package, creating no tag', () => {
    const repo = repoReleasingXgpush('1.1.0', '1.0.0');
    const before = tags(repo);
    expect(() => tagRelease(repo)).toThrow(/^tag 1\.0\.0 already exists at \w+, not at HEAD \w+; .* The Swift libraries of xgpush-error-codes change, so @errtable\/swift \(tools\/swift-train\) needs a new version/);
    expect(tags(repo)).toEqual(before);
  });

  it('refuses a Swift tag that would ship another table’s unreleased version', () => {
    const repo = makeReleaseRepo('1.0.0', { tagged: true });
    setPackageVersions(repo, xgpush, '1.1.0');
    setPackageVersions(repo, tpns, '1.0.1');
    setSwiftTrainVersion(repo, '1.1.0');
    commitAll(repo, 'release both');
    expect(() => tagRelease(repo, [xgpush])).toThrow(
      'the Swift tag 1.1.0 would also ship the Swift libraries of tpns-android-client-return-codes 1.0.1, whose versions are not released; tag every table (without --table), or release them first.',
    );
    expect(tagRelease(repo).created).toHaveLength(5);
  });

  it('tags a Swift-only release (the train bumped alone)', () => {
    const repo = makeReleaseRepo('1.0.0', { tagged: true });
    setSwiftTrainVersion(repo, '1.0.1');
    commitAll(repo, 'Package.swift changed');
    expect(tagRelease(repo).created).toEqual(['1.0.1']);
  });

  it('refuses uncommitted versions', () => {
    const repo = makeReleaseRepo('1.2.0', { tagged: false });
    setPackageVersions(repo, xgpush, '1.3.0');
    expect(() => tagRelease(repo)).toThrow(/uncommitted changes would not be part of the tagged release/);
    expect(tags(repo)).toEqual([]);
  });

  it('refuses a table whose packages disagree on the version', () => {
    const repo = makeReleaseRepo('1.2.0', { tagged: false });
    writeRepoFile(repo, 'packages/xgpush-error-codes/kotlin/package.json', '{ "name": "@errtable/xgpush-error-codes-kotlin", "version": "1.3.0" }\n');
    commitAll(repo, 'hand edit');
    expect(() => tagRelease(repo)).toThrow(/^the packages of table xgpush-error-codes must share one version, found .*packages\/xgpush-error-codes\/kotlin: 1\.3\.0/);
  });

  it('refuses a v2 whose go.mod lacks the /v2 module path, per table', () => {
    const repo = repoReleasingXgpush('2.0.0');
    expect(() => tagRelease(repo)).toThrow(
      'packages/xgpush-error-codes/go/go.mod declares module github.com/errtable/errtable/packages/xgpush-error-codes/go, but version 2.0.0 needs github.com/errtable/errtable/packages/xgpush-error-codes/go/v2. Run `npm run generate` and commit.',
    );
  });

  it('makes no Go tag and checks no go.mod for a table without Go', () => {
    const repo = makeReleaseRepo('2.0.0', { tagged: false, tables: [tpns] });
    editTable(repo, tpns, (table) => {
      table.languages = ['typescript', 'kotlin', 'swift'];
    });
    run(repo, 'git', ['rm', '--quiet', '-r', 'packages/tpns-android-client-return-codes/go']);
    commitAll(repo, 'no Go');
    expect(tagRelease(repo).created).toEqual(['tables/tpns-android-client-return-codes/v2.0.0', '2.0.0']);
  });

  it('treats a table released by the single-table layout as released, and tags the new one with the next Swift version', () => {
    const repo = makeLegacyRepo('1.2.0');
    migrateToManyTables(repo, '1.2.0');
    setSwiftTrainVersion(repo, '1.3.0');
    commitAll(repo, 'version packages');
    const result = tagRelease(repo);
    expect(result.unchanged).toEqual([{ tableId: xgpush, version: '1.2.0', tag: '1.2.0' }]);
    expect(result.created).toEqual(['tables/tpns-android-client-return-codes/v0.1.0', 'packages/tpns-android-client-return-codes/go/v0.1.0', '1.3.0']);
  });
});
