import type { CodeRow } from '../table';
import { major, minor, patch, type TableChange } from './table-change';

const label = (row: CodeRow): string => `${row.code} ${row.name}`;

/**
 * Pairs each old row with its new self: the row with the same name (possibly renumbered), else the row with the
 * same number under a name the old table did not have (a rename). Unpaired rows were removed or added.
 */
function pairRows(before: readonly CodeRow[], after: readonly CodeRow[]): Map<CodeRow, CodeRow> {
  const afterByName = new Map(after.map((row) => [row.name, row]));
  const afterByCode = new Map(after.map((row) => [row.code, row]));
  const beforeNames = new Set(before.map((row) => row.name));
  const pairs = new Map<CodeRow, CodeRow>();
  for (const row of before) {
    const sameCode = afterByCode.get(row.code);
    const partner = afterByName.get(row.name) ?? (sameCode !== undefined && !beforeNames.has(sameCode.name) ? sameCode : undefined);
    if (partner !== undefined) pairs.set(row, partner);
  }
  return pairs;
}

function identityChanges(before: CodeRow, after: CodeRow): TableChange[] {
  if (before.code !== after.code) return [major(`Renumbered ${after.name} from ${before.code} to ${after.code}`)];
  if (before.name !== after.name) return [major(`Renamed ${before.code} ${before.name} to ${after.name}`)];
  return [];
}

function dataChanges(before: CodeRow, after: CodeRow): TableChange[] {
  const changes: TableChange[] = [];
  for (const field of ['description', 'solution'] as const) {
    if (before[field] !== after[field]) changes.push(patch(`Changed the ${field} of ${label(after)}`));
  }
  if (before.retryable !== after.retryable) changes.push(patch(`${label(after)} is ${after.retryable ? 'now' : 'no longer'} retryable`));
  if (before.category !== after.category) changes.push(patch(`Moved ${label(after)} from category ${before.category} to ${after.category}`));
  return changes;
}

function deprecationChanges(before: CodeRow, after: CodeRow): TableChange[] {
  const [was, is] = [before.deprecated, after.deprecated];
  if (was === undefined && is !== undefined) {
    const use = is.replacement === undefined ? '' : ` (use ${is.replacement})`;
    return [minor(`Deprecated ${label(after)}${use}`)];
  }
  if (was !== undefined && is === undefined) return [minor(`Withdrew the deprecation of ${label(after)}`)];
  if (JSON.stringify(was) !== JSON.stringify(is)) return [patch(`Changed the deprecation note of ${label(after)}`)];
  return [];
}

/** Classifies every difference between two lists of codes, in the old table's order, additions last. */
export function diffCodes(before: readonly CodeRow[], after: readonly CodeRow[]): TableChange[] {
  const pairs = pairRows(before, after);
  const partners = new Set(pairs.values());
  const kept = before.flatMap((row) => {
    const next = pairs.get(row);
    if (next === undefined) return [major(`Removed ${label(row)}`)];
    return [...identityChanges(row, next), ...dataChanges(row, next), ...deprecationChanges(row, next)];
  });
  const added = after.filter((row) => !partners.has(row)).map((row) => minor(`Added ${label(row)}`));
  return [...kept, ...added];
}
