import { bumpBetween, strongestBump } from '@errtable/codegen/dist/semantic-diff/bump';
import { compareTable } from '../compare-table';
import { fixedGroupProblems, fixedGroupsJson, type TableGroup } from '../config/fixed-groups';
import { git } from '../git';
import { loadPendingBumps, type PendingBumps } from '../load/load-declared-bump';
import { changesetConfigFile, loadFixedGroups } from '../load/load-fixed-groups';
import { loadTablePackages, sharedVersion } from '../load/load-release-packages';
import { loadTables, type ReleaseTable, selectTables } from '../load/load-tables';
import { loadTablesAtRef } from '../load/load-tables-at-ref';
import { lastSwiftRelease, lastTableRelease, tableReleaseTag } from '../release-tags';
import { loadSwiftTrain, removedSwiftLibraries, ridesSwiftTrain, swiftLibraries, type SwiftTrainInput, swiftTrainReasons } from '../swift-train/swift-train';
import { judgeSwiftTrain, judgeTable, type Verdict } from './judge-bump';

/** A table judged, with what the Swift train needs to know of it. */
interface TableVerdict {
  verdict: Verdict;
  train: Omit<SwiftTrainInput, 'released'>;
  released: boolean;
}

function judgeOneTable(repo: string, current: ReleaseTable, pending: PendingBumps): TableVerdict {
  const packages = loadTablePackages(repo, current);
  const version = sharedVersion(current.id, packages);
  const release = lastTableRelease(repo, current.id);
  if (release === undefined) {
    const report = [`Table ${current.id} has no release yet (no tag ${tableReleaseTag(current.id, 'X.Y.Z')}): nothing to compare with; its first release will be ${version}.`];
    return { verdict: { ok: true, report }, train: { id: current.id, table: current.table, changes: [], versioned: true }, released: false };
  }
  const changes = compareTable(current, { kind: 'release', label: release.version, table: release.table });
  const declared = strongestBump([bumpBetween(release.version, version), pending(packages.map((pkg) => pkg.name))]);
  const verdict = judgeTable(current.id, release.version, changes, declared);
  return { verdict, train: { id: current.id, table: current.table, changes, versioned: declared !== undefined || changes.length > 0 }, released: true };
}

/** The Swift train: what the tables need of the repository's Swift package against what its changesets and version declare. */
function judgeTrain(repo: string, tables: readonly ReleaseTable[], judged: readonly TableVerdict[], everyTable: boolean, pending: PendingBumps): Verdict {
  const train = loadSwiftTrain(repo);
  const tag = lastSwiftRelease(repo);
  if (tag === undefined) return { ok: true, report: [`The repository's Swift package (${train.name}) has no release yet (no X.Y.Z tag): its first release will be ${train.version}.`] };
  const before = swiftLibraries(loadTablesAtRef(repo, tag));
  const removed = everyTable ? removedSwiftLibraries(before, swiftLibraries(tables)) : [];
  const inputs = judged.map(({ train: input }) => ({ ...input, released: before.has(input.id) }));
  const declared = strongestBump([bumpBetween(tag, train.version), pending([train.name])]);
  return judgeSwiftTrain(train.name, tag, swiftTrainReasons(inputs, removed), declared);
}

/** `.changeset/config.json` has one fixed group per table, each exactly the table's packages (for the tables checked). */
function judgeFixedGroups(repo: string, tables: readonly ReleaseTable[], checked: ReadonlySet<string> | undefined): Verdict {
  const expected: TableGroup[] = tables.map((table) => ({ tableId: table.id, names: loadTablePackages(repo, table).map((pkg) => pkg.name) }));
  const problems = fixedGroupProblems(loadFixedGroups(repo), expected).filter((problem) => checked === undefined || (problem.tableId !== undefined && checked.has(problem.tableId)));
  if (problems.length === 0) return { ok: true, report: [] };
  const fixed = fixedGroupsJson(expected).replaceAll('\n', '\n  ');
  return {
    ok: false,
    report: [
      `The fixed groups in ${changesetConfigFile} do not match the tables (one group per table, of its packages, so that each table has its own version line):`,
      ...problems.map((problem) => `  ${problem.message}`),
      `Set "fixed" there to:\n  ${fixed}`,
    ],
  };
}

function shallowWarning(repo: string): string[] {
  if (git(repo, ['rev-parse', '--is-shallow-repository']) !== 'true') return [];
  return ['Warning: this clone is shallow and may lack the release tags; fetch them (git fetch --tags --unshallow) or the guard checks nothing.'];
}

/**
 * The release guard, for the tables named (every table by default): fails when `.changeset/config.json` does not
 * group each table's packages, when a table changed since its last release in a way that needs a bigger bump than is
 * declared (by the pending changesets, or by a version already raised with `changeset version` but not yet tagged),
 * or when the repository's Swift package needs a bigger bump than its own changesets declare.
 */
export async function runGuard(repo: string, requested: readonly string[] = []): Promise<Verdict> {
  const tables = loadTables(repo);
  const selected = selectTables(repo, tables, requested);
  const everyTable = requested.length === 0;
  const pending = await loadPendingBumps(repo);
  const judged = selected.map((table) => judgeOneTable(repo, table, pending));
  const riding = judged.filter(({ train }) => ridesSwiftTrain(selected.find((table) => table.id === train.id)!.targets));
  const verdicts = [
    judgeFixedGroups(repo, tables, everyTable ? undefined : new Set(selected.map((table) => table.id))),
    ...judged.map(({ verdict }) => verdict),
    ...(everyTable || riding.length > 0 ? [judgeTrain(repo, tables, riding, everyTable, pending)] : []),
  ];
  const neverReleased = judged.every(({ released }) => !released) && lastSwiftRelease(repo) === undefined;
  return { ok: verdicts.every((verdict) => verdict.ok), report: [...verdicts.flatMap((verdict) => verdict.report), ...(neverReleased ? shallowWarning(repo) : [])] };
}
