import readChangesets from '@changesets/read';
import { type Bump, strongestBump } from '../bump';

/** The strongest bump the pending `.changeset/*.md` files declare for any of `packageNames`. */
export async function loadPendingBump(repo: string, packageNames: readonly string[]): Promise<Bump | undefined> {
  const changesets = await readChangesets(repo);
  const releases = changesets.flatMap((changeset) => changeset.releases).filter((release) => packageNames.includes(release.name));
  return strongestBump(releases.map((release) => (release.type === 'none' ? undefined : release.type)));
}
