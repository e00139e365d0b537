import { compareVersions } from '@errtable/codegen/dist/load/load-version';
import { gitLines } from './git';

/**
 * A release is marked by the plain `X.Y.Z` tag SwiftPM needs; every release has exactly one, so it is the tag
 * the table of the last release is read from.
 */
function isReleaseTag(tag: string): boolean {
  return /^\d+\.\d+\.\d+$/.test(tag);
}

/** The newest release tag reachable from HEAD (so a maintenance branch compares with its own line). */
export function lastReleaseTag(repo: string): string | undefined {
  return gitLines(repo, ['tag', '--merged', 'HEAD']).filter(isReleaseTag).sort(compareVersions).at(-1);
}
