import { type Bump, bumpRank } from '../bump';
import { requiredBump } from '../diff/diff-tables';
import type { TableChange } from '../diff/table-change';

export interface Verdict {
  ok: boolean;
  /** Lines for the maintainer: what changed, what it needs, what to do. */
  report: string[];
}

/** Whether the bump already declared since release `tag` covers every change of the table since then. */
export function judgeBump(tag: string, changes: readonly TableChange[], declared: Bump | undefined): Verdict {
  const required = requiredBump(changes);
  if (required === undefined) return { ok: true, report: [`The table has no semantic change since release ${tag}.`] };
  const declaredText = declared === undefined ? 'no bump' : `a ${declared} bump`;
  if (bumpRank(declared) >= bumpRank(required)) {
    return { ok: true, report: [`The table changed since release ${tag} (needs a ${required} bump); ${declaredText} is declared: covered.`] };
  }
  const uncovered = changes.filter((change) => bumpRank(change.bump) > bumpRank(declared));
  return {
    ok: false,
    report: [
      `The table changed since release ${tag} in ways that need a ${required} bump, but the pending changesets and versions declare ${declaredText}:`,
      ...uncovered.map((change) => `  ${change.bump.padEnd(5)}  ${change.summary}`),
      `Write a changeset with that bump for the four packages: npm run release:diff -- --write-changeset`,
    ],
  };
}
