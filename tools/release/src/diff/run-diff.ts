import { strongestBump } from '@errtable/codegen/dist/semantic-diff/bump';
import { type ChangesetRelease, changesetFileName, renderChangeset } from '../changeset/render-changeset';
import { type Base, compareTable, type ExplicitBase, resolveBase } from '../compare-table';
import { loadTablePackages, sharedVersion } from '../load/load-release-packages';
import { loadTables, type ReleaseTable, selectTables } from '../load/load-tables';
import { loadTablesAtRef } from '../load/load-tables-at-ref';
import { lastSwiftRelease } from '../release-tags';
import {
  loadSwiftTrain,
  reachesSwift,
  removedSwiftLibraries,
  ridesSwiftTrain,
  swiftLibraries,
  swiftLibraryOf,
  swiftTrainBump,
  swiftTrainReasons,
} from '../swift-train/swift-train';
import { requiredBump } from '@errtable/codegen/dist/semantic-diff/diff-tables';
import type { TableChange } from '@errtable/codegen/dist/semantic-diff/table-change';

/** A changeset the diff would write: `.changeset/<fileName>`. */
export interface ChangesetFile {
  fileName: string;
  contents: string;
}

export interface DiffReport {
  lines: string[];
  changesets: ChangesetFile[];
}

const listed = (changes: readonly TableChange[]): string[] => changes.map((change) => `  ${change.bump.padEnd(5)}  ${change.summary}`);

interface TableDiff {
  table: ReleaseTable;
  base: Base;
  changes: TableChange[];
}

function describeTable({ table, base, changes }: TableDiff, version: string): string[] {
  if (base.table === undefined) {
    const why = base.kind === 'none' ? 'has no release yet' : `is not in ${base.label}`;
    return [`${table.path} ${why}: it is a new table, every code is added; its first release will be ${version} (no bump needed).`, ...listed(changes)];
  }
  const since = base.path === undefined || base.path === table.path ? base.label : `${base.label} (then at ${base.path})`;
  const bump = requiredBump(changes);
  if (bump === undefined) return [`${table.path} has no semantic change since ${since}; no bump needed.`];
  return [`${table.path} since ${since}:`, ...listed(changes), `Needs a ${bump} bump.`];
}

/** The changeset for one table's changes: its packages by the bump they need, and the Swift train by what its library needs. */
function tableChangeset(diff: TableDiff, names: readonly string[], version: string, trainName: string): ChangesetFile | undefined {
  const { table, base, changes } = diff;
  const rides = ridesSwiftTrain(table.targets);
  if (base.table === undefined) {
    if (!rides) return undefined;
    const library = swiftLibraryOf(table.id, table.table);
    const heading = `Added the error-code table ${table.id} (${table.table.title}), first released as ${version}, with the Swift library ${library}.`;
    return { fileName: `table-added-${table.id}.md`, contents: renderChangeset([{ name: trainName, bump: 'minor' }], heading, []) };
  }
  const bump = requiredBump(changes);
  if (bump === undefined) return undefined;
  const releases: ChangesetRelease[] = names.map((name) => ({ name, bump }));
  const swiftBump = strongestBump([...changes.filter(reachesSwift).map((change) => change.bump), 'patch'])!;
  if (rides) releases.push({ name: trainName, bump: swiftBump });
  return { fileName: changesetFileName(table.id, base.label), contents: renderChangeset(releases, `Error-code table ${table.id}, changes since ${base.label}:`, changes) };
}

/** What the tables' changes since the last Swift release (`X.Y.Z`) ask of the repository's Swift package. */
function describeSwiftTrain(repo: string, tables: readonly ReleaseTable[], diffs: readonly TableDiff[], everyTable: boolean): DiffReport {
  const train = loadSwiftTrain(repo);
  const tag = lastSwiftRelease(repo);
  const what = `The repository's Swift package (${train.name}, tagged X.Y.Z)`;
  if (tag === undefined) return { lines: [`${what} has no release yet; its first release will be ${train.version}.`], changesets: [] };
  const before = swiftLibraries(loadTablesAtRef(repo, tag));
  const removed = everyTable ? removedSwiftLibraries(before, swiftLibraries(tables)) : [];
  const inputs = diffs.map(({ table, changes }) => ({ id: table.id, table: table.table, released: before.has(table.id), changes, versioned: changes.length > 0 }));
  const reasons = swiftTrainReasons(inputs, removed);
  const bump = swiftTrainBump(reasons);
  if (bump === undefined) return { lines: [`${what} has no change since ${tag}.`], changesets: [] };
  const changesets =
    removed.length === 0
      ? []
      : [{ fileName: `swift-libraries-removed-since-${tag.replaceAll('.', '-')}.md`, contents: renderChangeset([{ name: train.name, bump: 'major' }], `Swift libraries removed since ${tag}:`, reasons.filter((reason) => reason.bump === 'major' && reason.summary.startsWith('Removed'))) }];
  return { lines: [`${what} since ${tag}:`, ...listed(reasons), `Needs a ${bump} bump (every table's changeset carries its share).`], changesets };
}

/**
 * The semantic diff of each table named (every table by default) since its last release, or since an explicit base,
 * and the changesets that declare it; with the default base, also what the Swift train needs.
 */
export function runDiff(repo: string, requested: readonly string[], explicit: ExplicitBase | undefined): DiffReport {
  const tables = loadTables(repo);
  const selected = selectTables(repo, tables, requested);
  const train = loadSwiftTrain(repo);
  const lines: string[] = [];
  const changesets: ChangesetFile[] = [];
  const diffs = selected.map((table): TableDiff => {
    const base = resolveBase(repo, table.id, explicit);
    return { table, base, changes: compareTable(table, base) };
  });
  for (const diff of diffs) {
    const packages = loadTablePackages(repo, diff.table);
    const version = sharedVersion(diff.table.id, packages);
    if (lines.length > 0) lines.push('');
    lines.push(...describeTable(diff, version));
    const changeset = tableChangeset(diff, packages.map((pkg) => pkg.name), version, train.name);
    if (changeset !== undefined) changesets.push(changeset);
  }
  if (explicit === undefined && (requested.length === 0 || selected.some((table) => ridesSwiftTrain(table.targets)))) {
    const swift = describeSwiftTrain(repo, tables, diffs, requested.length === 0);
    lines.push('', ...swift.lines);
    changesets.push(...swift.changesets);
  }
  return { lines, changesets };
}
