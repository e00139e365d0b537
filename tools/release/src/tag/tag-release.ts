import { git, gitLines } from '../git';
import { loadReleasePackages, sharedVersion } from '../load/load-release-packages';
import { assertGoModuleMatches, assertTrackedFilesCommitted } from './check-release-state';
import { releaseTagNames } from './release-tag-names';

export interface TagResult {
  version: string;
  created: string[];
  /** Tags that already pointed at HEAD (a rerun after a partial release). */
  existing: string[];
  /** What the maintainer runs to publish every tag of HEAD; nothing is pushed here. */
  pushCommand: string;
}

/** The commit a tag points at, or undefined when there is no such tag. */
function tagTarget(repo: string, tag: string): string | undefined {
  try {
    return git(repo, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
  } catch {
    return undefined;
  }
}

/** A released version is never tagged twice: every tag must be free or already at HEAD before any is created. */
function assertNoTagElsewhere(repo: string, tags: readonly string[], head: string): void {
  for (const tag of tags) {
    const target = tagTarget(repo, tag);
    if (target !== undefined && target !== head) {
      throw new Error(`tag ${tag} already exists at ${target.slice(0, 12)}, not at HEAD ${head.slice(0, 12)}; a released version cannot be tagged again.`);
    }
  }
}

/** Tags HEAD for Go and SwiftPM with the version the packages share, as annotated tags. */
export function tagRelease(repo: string, tablePath: string): TagResult {
  const version = sharedVersion(loadReleasePackages(repo));
  assertTrackedFilesCommitted(repo);
  assertGoModuleMatches(repo, tablePath, version);
  const head = git(repo, ['rev-parse', 'HEAD']);
  const tags = releaseTagNames(version);
  assertNoTagElsewhere(repo, tags, head);
  const existing = tags.filter((tag) => tagTarget(repo, tag) === head);
  const created = tags.filter((tag) => !existing.includes(tag));
  for (const tag of created) git(repo, ['tag', '--annotate', '--message', tag, tag, head]);
  return { version, created, existing, pushCommand: `git push origin ${gitLines(repo, ['tag', '--points-at', head]).join(' ')}` };
}
