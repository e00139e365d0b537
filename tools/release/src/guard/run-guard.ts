import { strongestBump, bumpBetween } from '../bump';
import { compareTable } from '../compare-table';
import { git } from '../git';
import { loadPendingBump } from '../load/load-declared-bump';
import { loadReleasePackages, sharedVersion } from '../load/load-release-packages';
import { lastReleaseTag } from '../release-tag';
import { judgeBump, type Verdict } from './judge-bump';

function noReleaseYet(repo: string): Verdict {
  const report = ['No release tag (X.Y.Z) is reachable from HEAD yet: there is no released table to compare with, so the guard passes.'];
  if (git(repo, ['rev-parse', '--is-shallow-repository']) === 'true') {
    report.push('Warning: this clone is shallow and may lack the tags; fetch them (git fetch --tags --unshallow) or the guard checks nothing.');
  }
  return { ok: true, report };
}

/**
 * Fails when the table changed since the last release in a way that needs a bigger bump than is declared:
 * by the pending changesets, or by a version already raised with `changeset version` but not yet tagged.
 */
export async function runGuard(repo: string, tablePath: string): Promise<Verdict> {
  const tag = lastReleaseTag(repo);
  if (tag === undefined) return noReleaseYet(repo);
  const packages = loadReleasePackages(repo);
  const versioned = bumpBetween(tag, sharedVersion(packages));
  const pending = await loadPendingBump(repo, packages.map((pkg) => pkg.name));
  const { changes } = compareTable(repo, tablePath, { ref: tag });
  return judgeBump(tag, changes, strongestBump([versioned, pending]));
}
