import { compareVersions } from '@errtable/codegen/dist/load/load-version';
import { tableReleaseTag } from '@errtable/codegen/dist/reference/links';
import type { ErrorTable } from '@errtable/codegen/dist/table';
import { gitLines, hasFileAtRef } from './git';
import { findTableAtRef, legacyTablePathOf } from './load/load-table';

/** `tables/<id>/vX.Y.Z`: defined beside the reference pages' links, which point at a table's release tag. */
export { tableReleaseTag };

const plainVersion = /^\d+\.\d+\.\d+$/;

/** Release tags reachable from HEAD that match `pattern`, highest version first, as `[tag, version]`. */
function reachable(repo: string, pattern: string, versionOf: (tag: string) => string): [string, string][] {
  const tags = gitLines(repo, ['tag', '--merged', 'HEAD', '--list', pattern]);
  const releases = tags.map((tag) => [tag, versionOf(tag)] as [string, string]).filter(([, version]) => plainVersion.test(version));
  return releases.sort((a, b) => compareVersions(b[1], a[1]));
}

/**
 * The newest plain `X.Y.Z` tag reachable from HEAD (so a maintenance branch compares with its own line): the last
 * release of the repository's SwiftPM package, and before the repository held many tables, of its one table.
 */
export function lastSwiftRelease(repo: string): string | undefined {
  return reachable(repo, '*', (tag) => tag)[0]?.[0];
}

/** The last release of a table: its tag and version, and the table as it was then (possibly at another path). */
export interface TableRelease {
  tag: string;
  version: string;
  /** Where the table was in that release: `schema/tables/<id>.json`, or `schema/<id>.json` before many tables. */
  path: string;
  table: ErrorTable;
}

/**
 * The newest release of table `id` reachable from HEAD: its `tables/<id>/vX.Y.Z` tag, else a plain `X.Y.Z` tag
 * of the single-table layout that had the table at `schema/<id>.json`. Undefined for a table never released.
 */
export function lastTableRelease(repo: string, id: string): TableRelease | undefined {
  const prefix = `tables/${id}/v`;
  const own = reachable(repo, `${prefix}*`, (tag) => tag.slice(prefix.length))[0];
  const legacy = own === undefined ? reachable(repo, '*', (tag) => tag).find(([tag]) => hasFileAtRef(repo, tag, legacyTablePathOf(id))) : undefined;
  const [tag, version] = own ?? legacy ?? [];
  if (tag === undefined || version === undefined) return undefined;
  const found = findTableAtRef(repo, tag, id);
  if (found === undefined) throw new Error(`release tag ${tag} has no table ${id} (neither schema/tables/${id}.json nor ${legacyTablePathOf(id)}).`);
  return { tag, version, ...found };
}
