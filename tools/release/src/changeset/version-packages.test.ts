import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareTable } from '../compare-table';
import { requiredBump } from '../diff/diff-tables';
import { loadReleasePackages } from '../load/load-release-packages';
import { tagRelease } from '../tag/tag-release';
import {
  commitAll,
  editTable,
  linkNodeModules,
  makeReleaseRepo,
  readRepoFile,
  removeTempRepos,
  run,
  tablePath,
  workspaceRoot,
} from '../test-support/temp-repo';
import { changesetFileName, renderChangeset } from './render-changeset';
import { writeChangeset } from './write-changeset';

afterAll(removeTempRepos);

const changesetCli = join(workspaceRoot, 'node_modules', '@changesets', 'cli', 'bin.js');
const codegenCli = join(workspaceRoot, 'tools', 'codegen', 'dist', 'cli.js');

/** What `npm run version-packages` does, pointed at the temporary repository. */
function versionPackages(repo: string): string {
  run(repo, 'node', [changesetCli, 'version']);
  return run(repo, 'node', [codegenCli, 'generate', '--table', join(repo, tablePath), '--out', repo]);
}

/** A released 1.0.0 whose table then changed, with the changeset the diff command writes. */
function repoWithTableChangeset(edit: Parameters<typeof editTable>[1]): string {
  const repo = makeReleaseRepo('1.0.0', { tagged: true });
  linkNodeModules(repo);
  editTable(repo, edit);
  const { baseLabel, changes } = compareTable(repo, tablePath, { ref: '1.0.0' });
  const names = loadReleasePackages(repo).map((pkg) => pkg.name);
  writeChangeset(repo, changesetFileName(baseLabel), renderChangeset(names, requiredBump(changes)!, baseLabel, changes));
  return repo;
}

function embeddedVersions(repo: string): string[] {
  const sources = [
    ['packages/typescript/src/index.ts', /export const version = "(.*)";/],
    ['packages/go/codes.go', /const Version = "(.*)"/],
    ['packages/kotlin/src/main/kotlin/io/github/errtable/xgpush/XGPushErrorCode.kt', /VERSION: String = "(.*)"/],
    ['packages/swift/Sources/XGPushErrorCodes/XGPushErrorCode.swift', /static let version = "(.*)"/],
    ['packages/kotlin/pom.xml', /<artifactId>xgpush-error-codes<\/artifactId>\s*<version>(.*)<\/version>/],
  ] as const;
  return sources.map(([path, pattern]) => pattern.exec(readRepoFile(repo, path))?.[1] ?? `no version in ${path}`);
}

describe('changeset version followed by the generator', () => {
  it('bumps all four packages together and the regenerated code of every language carries the new version', () => {
    const repo = repoWithTableChangeset((table) => {
      table.codes.push({ ...table.codes[0]!, code: 93, name: 'TOO_MANY_X' });
    });
    const generated = versionPackages(repo);
    expect(loadReleasePackages(repo).map((pkg) => pkg.version)).toEqual(['1.1.0', '1.1.0', '1.1.0', '1.1.0']);
    expect(embeddedVersions(repo)).toEqual(['1.1.0', '1.1.0', '1.1.0', '1.1.0', '1.1.0']);
    expect(generated).not.toMatch(/UPDATE packages\/\w+\/package\.json/); // Changesets' bump is byte-identical to the generator's
    expect(readRepoFile(repo, 'packages/go/CHANGELOG.md')).toContain('- Error-code table changes since 1.0.0:\n\n  - Added 93 TOO_MANY_X');
  });

  it('takes a removed code to 2.0.0 with the /v2 Go module path, which the tagging accepts', () => {
    const repo = repoWithTableChangeset((table) => {
      table.codes = table.codes.filter((row) => row.code !== 48);
    });
    versionPackages(repo);
    expect(readRepoFile(repo, 'packages/go/go.mod')).toContain('module github.com/errtable/errtable/packages/go/v2\n');
    commitAll(repo, 'version packages');
    expect(tagRelease(repo, tablePath).created).toEqual(['packages/go/v2.0.0', '2.0.0']);
  });
});
