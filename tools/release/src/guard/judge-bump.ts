import { type Bump, bumpRank } from '@errtable/codegen/dist/semantic-diff/bump';
import { requiredBump } from '@errtable/codegen/dist/semantic-diff/diff-tables';
import type { TableChange } from '@errtable/codegen/dist/semantic-diff/table-change';

export interface Verdict {
  ok: boolean;
  /** Lines for the maintainer: what changed, what it needs, what to do. */
  report: string[];
}

const declaredText = (declared: Bump | undefined): string => (declared === undefined ? 'no bump' : `a ${declared} bump`);

const listed = (changes: readonly TableChange[]): string[] => changes.map((change) => `  ${change.bump.padEnd(5)}  ${change.summary}`);

/** Whether the bump declared for table `id` since its release `version` covers every change of the table since then. */
export function judgeTable(id: string, version: string, changes: readonly TableChange[], declared: Bump | undefined): Verdict {
  const required = requiredBump(changes);
  if (required === undefined) return { ok: true, report: [`Table ${id} has no semantic change since its release ${version}.`] };
  if (bumpRank(declared) >= bumpRank(required)) {
    return { ok: true, report: [`Table ${id} changed since its release ${version} (needs a ${required} bump); ${declaredText(declared)} is declared: covered.`] };
  }
  return {
    ok: false,
    report: [
      `Table ${id} changed since its release ${version} in ways that need a ${required} bump, but the pending changesets and versions declare ${declaredText(declared)}:`,
      ...listed(changes.filter((change) => bumpRank(change.bump) > bumpRank(declared))),
      `Write a changeset with that bump for its packages: npm run release:diff -- --table ${id} --write-changeset`,
    ],
  };
}

/** Whether the bump declared for the Swift train (`name`, tagged `X.Y.Z`) since `tag` covers what the tables need of it. */
export function judgeSwiftTrain(name: string, tag: string, reasons: readonly TableChange[], declared: Bump | undefined): Verdict {
  const required = requiredBump(reasons);
  const what = `The repository's Swift package (${name}, tagged X.Y.Z)`;
  if (required === undefined) return { ok: true, report: [`${what} has no change since its release ${tag}.`] };
  if (bumpRank(declared) >= bumpRank(required)) {
    return { ok: true, report: [`${what} needs a ${required} bump since its release ${tag}; ${declaredText(declared)} is declared: covered.`] };
  }
  return {
    ok: false,
    report: [
      `${what} needs a ${required} bump since its release ${tag}, but the pending changesets and its version declare ${declaredText(declared)}:`,
      ...listed(reasons.filter((reason) => bumpRank(reason.bump) > bumpRank(declared))),
      `Every changeset of a table with Swift must bump ${JSON.stringify(name)} too, by the bump its Swift library needs (npm run release:diff -- --write-changeset writes it).`,
    ],
  };
}
