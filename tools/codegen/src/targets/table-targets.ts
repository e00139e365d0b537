import type { ErrorTable } from '../table';
import { type PackageCoordinates, resolveCoordinates } from './coordinates';
import type { TableIdentity } from './default-names';
import { targets } from './registry';
import type { Target } from './target';

/** The languages a table names in `languages`, in registry order; every registered one when it names none. */
export function targetsOf(table: Pick<Partial<ErrorTable>, 'languages'>): readonly Target[] {
  const named = table.languages;
  return named === undefined ? targets : targets.filter((target) => named.includes(target.id));
}

/** Every registered language's coordinates for a table: what it writes under `packages`, the rest from its identity. */
export function resolvePackages(table: TableIdentity, written: ErrorTable['packages']): PackageCoordinates {
  const resolved = (target: Target) => resolveCoordinates(target, table, written?.[target.id]);
  return Object.fromEntries(targets.map((target) => [target.id, resolved(target)])) as unknown as PackageCoordinates;
}
