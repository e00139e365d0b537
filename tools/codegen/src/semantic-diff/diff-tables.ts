import type { ErrorTable } from '../table';
import { bumpRank, type Bump, strongestBump } from './bump';
import { diffCodes } from './diff-codes';
import { diffCategories, diffDescriptiveFields, diffFallback, diffLanguages, diffPackages } from './diff-table-fields';
import type { TableChange } from './table-change';
import { diffTranslations } from './diff-translations';

/**
 * Every semantic difference between the table `id` of the last release and the current one, strongest bump first.
 * Example: `[{ bump: 'major', summary: 'Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN' }, { bump: 'minor', summary: 'Added 93 TOO_MANY_X' }]`
 */
export function diffTables(id: string, before: ErrorTable, after: ErrorTable): TableChange[] {
  const changes = [
    ...diffLanguages(before, after),
    ...diffPackages(id, before, after),
    ...diffCategories(before, after),
    ...diffCodes(before.codes, after.codes),
    ...diffFallback(before.fallback, after.fallback),
    ...diffTranslations(before, after),
    ...diffDescriptiveFields(before, after),
  ];
  return changes.sort((a, b) => bumpRank(b.bump) - bumpRank(a.bump));
}

/** A table that did not exist at the base: every code is added. */
export function diffNewTable(after: ErrorTable): TableChange[] {
  return diffCodes([], after.codes);
}

export function requiredBump(changes: readonly TableChange[]): Bump | undefined {
  return strongestBump(changes.map((change) => change.bump));
}
