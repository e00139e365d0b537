import type { ErrorTable } from '@errtable/codegen/dist/table';
import { bumpRank, type Bump, strongestBump } from '../bump';
import { diffCodes } from './diff-codes';
import { diffDescriptiveFields, diffFallback, diffPackages } from './diff-table-fields';
import type { TableChange } from './table-change';

/**
 * Every semantic difference between the table of the last release and the current one, strongest bump first.
 * Example: `[{ bump: 'major', summary: 'Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN' }, { bump: 'minor', summary: 'Added 93 TOO_MANY_X' }]`
 */
export function diffTables(before: ErrorTable, after: ErrorTable): TableChange[] {
  const changes = [
    ...diffPackages(before.packages, after.packages),
    ...diffCodes(before.codes, after.codes),
    ...diffFallback(before.fallback, after.fallback),
    ...diffDescriptiveFields(before, after),
  ];
  return changes.sort((a, b) => bumpRank(b.bump) - bumpRank(a.bump));
}

export function requiredBump(changes: readonly TableChange[]): Bump | undefined {
  return strongestBump(changes.map((change) => change.bump));
}
