import readChangesets from '@changesets/read';
import { type Bump, strongestBump } from '@errtable/codegen/dist/semantic-diff/bump';

/** The strongest bump the pending changesets declare for any of the packages named. */
export type PendingBumps = (packageNames: readonly string[]) => Bump | undefined;

/** Reads the pending `.changeset/*.md` files once. */
export async function loadPendingBumps(repo: string): Promise<PendingBumps> {
  const releases = (await readChangesets(repo)).flatMap((changeset) => changeset.releases);
  return (packageNames) =>
    strongestBump(releases.filter((release) => packageNames.includes(release.name)).map((release) => (release.type === 'none' ? undefined : release.type)));
}
