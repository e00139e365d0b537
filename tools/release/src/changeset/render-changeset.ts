import type { Bump } from '../bump';
import type { TableChange } from '../diff/table-change';

/** `1.2.0` -> `table-changes-since-1-2-0.md`; one file per base, so rerunning the diff rewrites it. */
export function changesetFileName(baseLabel: string): string {
  const slug = baseLabel.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `table-changes-since-${slug}.md`;
}

/**
 * A changeset that bumps every package of the group, e.g.
 *
 *     ---
 *     "@errtable/xgpush-error-codes": major
 *     "@errtable/xgpush-error-codes-go": major
 *     ---
 *
 *     Error-code table changes since 1.2.0:
 *
 *     - Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN
 *     - Added 93 TOO_MANY_X
 */
export function renderChangeset(packageNames: readonly string[], bump: Bump, baseLabel: string, changes: readonly TableChange[]): string {
  const releases = packageNames.map((name) => `${JSON.stringify(name)}: ${bump}`);
  const items = changes.map((change) => `- ${change.summary}`);
  return ['---', ...releases, '---', '', `Error-code table changes since ${baseLabel}:`, '', ...items, ''].join('\n');
}
