import type { TableIdentity } from './default-names';
import type { targets } from './registry';
import type { Target } from './target';

type Registered = (typeof targets)[number];

/** The id of a registered language: `'typescript' | 'go' | ...`, derived from the registry. */
export type TargetId = Registered['id'];

/** Every language's coordinates, resolved (defaults filled in), keyed by target id. */
export type PackageCoordinates = { [T in Registered as T['id']]: T extends Target<infer C> ? C : never };

/** A target's coordinates for a table: its defaults, overridden by whatever the table sets under `packages.<id>`. */
export function resolveCoordinates<C extends object>(target: Target<C>, table: TableIdentity, written: unknown): C {
  const set = typeof written === 'object' && written !== null ? (written as Partial<C>) : {};
  return { ...target.coordinates.defaults(table), ...set };
}
