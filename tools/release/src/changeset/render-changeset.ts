import type { Bump } from '@errtable/codegen/dist/semantic-diff/bump';
import type { TableChange } from '@errtable/codegen/dist/semantic-diff/table-change';

/** A package and the bump a changeset gives it. */
export interface ChangesetRelease {
  name: string;
  bump: Bump;
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** `xgpush-error-codes`, `1.2.0` -> `table-changes-xgpush-error-codes-since-1-2-0.md`; one file per table and base, so rerunning the diff rewrites it. */
export function changesetFileName(tableId: string, baseLabel: string): string {
  return `table-changes-${tableId}-since-${slug(baseLabel)}.md`;
}

/**
 * A changeset: the packages it bumps, a heading and the changes as the changelog entry, e.g.
 *
 *     ---
 *     "@errtable/xgpush-error-codes": major
 *     "@errtable/xgpush-error-codes-go": major
 *     "@errtable/swift": major
 *     ---
 *
 *     Error-code table xgpush-error-codes, changes since 1.2.0:
 *
 *     - Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN
 *     - Added 93 TOO_MANY_X
 */
export function renderChangeset(releases: readonly ChangesetRelease[], heading: string, changes: readonly TableChange[]): string {
  const lines = releases.map(({ name, bump }) => `${JSON.stringify(name)}: ${bump}`);
  const items = changes.map((change) => `- ${change.summary}`);
  return ['---', ...lines, '---', '', heading, ...(items.length === 0 ? [] : ['', ...items]), ''].join('\n');
}
