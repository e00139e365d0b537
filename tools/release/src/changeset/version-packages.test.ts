import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDiff } from '../diff/run-diff';
import { loadTablePackages } from '../load/load-release-packages';
import { loadTables } from '../load/load-tables';
import { loadSwiftTrain } from '../swift-train/swift-train';
import { tagRelease } from '../tag/tag-release';
import {
  commitAll,
  editTable,
  generateInto,
  linkNodeModules,
  makeReleaseRepo,
  readRepoFile,
  removeTempRepos,
  run,
  workspaceRoot,
  xgpush,
} from '../test-support/temp-repo';
import { writeChangeset } from './write-changeset';

afterAll(removeTempRepos);

const changesetCli = join(workspaceRoot, 'node_modules', '@changesets', 'cli', 'bin.js');

/** What `npm run version-packages` does, pointed at the temporary repository; returns the files the generator changed. */
function versionPackages(repo: string): string[] {
  run(repo, 'node', [changesetCli, 'version']);
  return generateInto(repo);
}

/** Both tables released as 1.0.0 and generated; then xgpush changed, with the changesets the diff command writes. */
function repoWithTableChangeset(edit: Parameters<typeof editTable>[2]): string {
  const repo = makeReleaseRepo('1.0.0', { tagged: false });
  linkNodeModules(repo);
  generateInto(repo);
  commitAll(repo, 'generated');
  for (const tag of ['tables/tpns-android-client-return-codes/v1.0.0', 'tables/xgpush-error-codes/v1.0.0', '1.0.0']) run(repo, 'git', ['tag', tag]);
  editTable(repo, xgpush, edit);
  for (const { fileName, contents } of runDiff(repo, [], undefined).changesets) writeChangeset(repo, fileName, contents);
  return repo;
}

const versionsOf = (repo: string): Record<string, string[]> =>
  Object.fromEntries([...loadTables(repo).map((table) => [table.id, loadTablePackages(repo, table).map((pkg) => pkg.version)]), ['swift', [loadSwiftTrain(repo).version]]]);

function embeddedVersions(repo: string, id: string): string[] {
  const sources = [
    [`packages/${id}/typescript/src/index.ts`, /export const version = "(.*)";/],
    [`packages/${id}/go/xgpusherr/codes.go`, /const Version = "(.*)"/],
    [`packages/${id}/kotlin/src/main/kotlin/io/github/errtable/xgpush/XGPushErrorCode.kt`, /VERSION: String = "(.*)"/],
    [`packages/${id}/swift/Sources/XGPushErrorCodes/XGPushErrorCode.swift`, /static let version = "(.*)"/],
    [`packages/${id}/kotlin/pom.xml`, /<artifactId>xgpush-error-codes<\/artifactId>\s*<version>(.*)<\/version>/],
  ] as const;
  return sources.map(([path, pattern]) => pattern.exec(readRepoFile(repo, path))?.[1] ?? `no version in ${path}`);
}

describe('changeset version followed by the generator', () => {
  it('bumps the changed table’s packages and the Swift package, not the other table; the code of every language carries the version', () => {
    const repo = repoWithTableChangeset((table) => {
      table.codes.push({ ...table.codes[0]!, code: 93, name: 'TOO_MANY_X' });
    });
    expect(readRepoFile(repo, '.changeset/table-changes-xgpush-error-codes-since-1-0-0.md')).toContain('"@errtable/swift": minor\n');
    const generated = versionPackages(repo);
    expect(versionsOf(repo)).toEqual({
      'tpns-android-client-return-codes': ['1.0.0', '1.0.0', '1.0.0', '1.0.0'],
      'xgpush-error-codes': ['1.1.0', '1.1.0', '1.1.0', '1.1.0'],
      swift: ['1.1.0'],
    });
    expect(embeddedVersions(repo, xgpush)).toEqual(['1.1.0', '1.1.0', '1.1.0', '1.1.0', '1.1.0']);
    expect(generated.filter((path) => path.endsWith('package.json'))).toEqual([]); // Changesets' bump is byte-identical to the generator's
    expect(generated.filter((path) => path.includes('tpns-android'))).toEqual([]);
    expect(readRepoFile(repo, 'packages/xgpush-error-codes/go/CHANGELOG.md')).toContain(
      '- Error-code table xgpush-error-codes, changes since 1.0.0:\n\n  - Added 93 TOO_MANY_X',
    );
    expect(readRepoFile(repo, 'tools/swift-train/CHANGELOG.md')).toContain('## 1.1.0');
    commitAll(repo, 'version packages');
    expect(tagRelease(repo).created).toEqual(['tables/xgpush-error-codes/v1.1.0', 'packages/xgpush-error-codes/go/v1.1.0', '1.1.0']);
  });

  it('takes a removed code to 2.0.0 with the /v2 Go module path, which the tagging accepts', () => {
    const repo = repoWithTableChangeset((table) => {
      table.codes = table.codes.filter((row) => row.code !== 48);
    });
    versionPackages(repo);
    expect(readRepoFile(repo, 'packages/xgpush-error-codes/go/go.mod')).toContain('module github.com/errtable/errtable/packages/xgpush-error-codes/go/v2\n');
    expect(versionsOf(repo)['swift']).toEqual(['2.0.0']);
    commitAll(repo, 'version packages');
    expect(tagRelease(repo).created).toEqual(['tables/xgpush-error-codes/v2.0.0', 'packages/xgpush-error-codes/go/v2.0.0', '2.0.0']);
  });
});
