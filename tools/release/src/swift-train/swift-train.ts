import type { ErrorTable } from '@errtable/codegen/dist/table';
import { resolvePackages, targetsOf } from '@errtable/codegen/dist/targets/table-targets';
import { targets as registered } from '@errtable/codegen/dist/targets/registry';
import type { Target } from '@errtable/codegen/dist/targets/target';
import { type Bump, bumpRank, strongestBump } from '@errtable/codegen/dist/semantic-diff/bump';
import type { TableChange } from '@errtable/codegen/dist/semantic-diff/table-change';
import { loadPackage, type ReleasePackage } from '../load/load-release-packages';

/**
 * SwiftPM versions a whole repository by plain `X.Y.Z` tags, but every table has its own version line. The Swift
 * libraries of all tables therefore ride one train: the private package `@errtable/swift` in this folder, which
 * every table's changeset bumps too, is the version of the root Package.swift and is tagged `X.Y.Z`
 * (docs/releasing.md, "Swift: one release train").
 */
export const swiftTrainDir = 'tools/swift-train';

export function loadSwiftTrain(repo: string): ReleasePackage {
  return loadPackage(repo, swiftTrainDir);
}

/** Whether a table's languages include Swift: then its library is a product of the root Package.swift. */
export function ridesSwiftTrain(targets: readonly Target[]): boolean {
  return targets.some((target) => target.release.versionedByRepository === true);
}

/** The library (product) name a table has in Package.swift. */
export function swiftLibraryOf(id: string, table: ErrorTable): string {
  return resolvePackages({ id, repository: table.repository }, table.packages).swift.moduleName;
}

/** Whether a change of a table reaches its Swift library: every change except one confined to another language. */
export function reachesSwift(change: TableChange): boolean {
  return change.target === undefined || registered.some((target) => target.id === change.target && target.release.versionedByRepository === true);
}

/** What one table, as it is now, asks of the train. */
export interface SwiftTrainInput {
  id: string;
  table: ErrorTable;
  /** False for a table never released: its library is new to the repository's Swift package. */
  released: boolean;
  changes: readonly TableChange[];
  /** Whether the table's packages get a new version (a changeset or a version not yet tagged): its Swift sources change. */
  versioned: boolean;
}

/** One reason the train needs a bump, for the report and the changelog. */
export type SwiftTrainReason = TableChange;

/**
 * Why the repository's Swift package needs a new version, strongest first: a new library is a minor (a new
 * product), a removed one a major, and a table's changes their own bump when they reach Swift. A table that is
 * versioned for changes confined to other languages still changes its Swift sources (the version constant): a patch.
 * `removed` are the libraries of the last Swift release that are gone (a table deleted or no longer built for Swift).
 */
export function swiftTrainReasons(inputs: readonly SwiftTrainInput[], removed: readonly string[]): SwiftTrainReason[] {
  const riding = inputs.filter((input) => ridesSwiftTrain(targetsOf(input.table)));
  const reasons = [
    ...removed.map((library): TableChange => ({ bump: 'major', summary: `Removed the Swift library ${library}` })),
    ...riding.flatMap((input): TableChange[] => {
      const library = swiftLibraryOf(input.id, input.table);
      if (!input.released) return [{ bump: 'minor', summary: `Added the Swift library ${library} (table ${input.id})` }];
      const bump = strongestBump([...input.changes.filter(reachesSwift).map((change) => change.bump), input.versioned ? 'patch' : undefined]);
      return bump === undefined ? [] : [{ bump, summary: `${library}: the changes of table ${input.id} need a ${bump} bump` }];
    }),
  ];
  return reasons.sort((a, b) => bumpRank(b.bump) - bumpRank(a.bump));
}

/** The libraries of `before` (table id -> library: the last Swift release's) that no table has now. */
export function removedSwiftLibraries(before: ReadonlyMap<string, string>, now: ReadonlyMap<string, string>): string[] {
  const current = new Set(now.values());
  return [...before.values()].filter((library) => !current.has(library));
}

/** Table id -> Swift library, for the tables that have one. */
export function swiftLibraries(tables: readonly { id: string; table: ErrorTable }[]): Map<string, string> {
  return new Map(tables.filter(({ table }) => ridesSwiftTrain(targetsOf(table))).map(({ id, table }) => [id, swiftLibraryOf(id, table)]));
}

export function swiftTrainBump(reasons: readonly SwiftTrainReason[]): Bump | undefined {
  return strongestBump(reasons.map((reason) => reason.bump));
}
