import { buildModel, type Model } from '@errtable/codegen/dist/model/build-model';
import { git, gitLines, tagTarget } from '../git';
import { loadTablePackages, sharedVersion } from '../load/load-release-packages';
import { loadTables, type ReleaseTable, selectTables } from '../load/load-tables';
import { lastTableRelease, tableReleaseTag } from '../release-tags';
import { loadSwiftTrain, ridesSwiftTrain } from '../swift-train/swift-train';
import { assertPackagesReleasable, assertTrackedFilesCommitted } from './check-release-state';

/** A table's release as the tagging sees it. */
interface TablePlan {
  table: ReleaseTable;
  model: Model;
  /** Its release mark first (`tables/<id>/vX.Y.Z`), then every target's own tags (Go: `packages/<id>/go/vX.Y.Z`). */
  tags: string[];
  /** The tag of an earlier commit that already released this version; undefined when HEAD releases it. */
  releasedBy?: { tag: string; commit: string };
}

export interface TagResult {
  /** The tables HEAD releases, with their version (tagged now or by an earlier run at HEAD). */
  released: { tableId: string; version: string }[];
  /** The tables whose version an earlier commit released: nothing to tag for them. */
  unchanged: { tableId: string; version: string; tag: string }[];
  created: string[];
  /** Tags that already pointed at HEAD (a rerun after a partial release). */
  existing: string[];
  /** What the maintainer runs to publish every tag of HEAD; nothing is pushed here. */
  pushCommand: string;
  /** What each released package's target asks the maintainer to do by hand (Maven's deploy). */
  publishSteps: string[];
}

function planTable(repo: string, table: ReleaseTable, head: string): TablePlan {
  const version = sharedVersion(table.id, loadTablePackages(repo, table));
  const model = buildModel(table.table, { id: table.id, tableFile: table.path, version });
  const tags = [tableReleaseTag(table.id, version), ...model.targets.flatMap((target) => target.release.tags(model))];
  const mark = tagTarget(repo, tags[0]!);
  if (mark !== undefined) return mark === head ? { table, model, tags } : { table, model, tags, releasedBy: { tag: tags[0]!, commit: mark } };
  // A version released before the repository held many tables has a plain X.Y.Z tag instead of its own.
  const legacy = lastTableRelease(repo, table.id);
  const legacyCommit = legacy?.version === version ? tagTarget(repo, legacy.tag) : undefined;
  return legacyCommit === undefined || legacyCommit === head ? { table, model, tags } : { table, model, tags, releasedBy: { tag: legacy!.tag, commit: legacyCommit } };
}

function alreadyReleased(released: { tag: string; commit: string }, head: string): string {
  return `tag ${released.tag} already exists at ${released.commit.slice(0, 12)}, not at HEAD ${head.slice(0, 12)}; a released version cannot be tagged again.`;
}

/** A released version is never tagged twice: every tag must be free or already at HEAD before any is created. */
function assertNoTagElsewhere(repo: string, tags: readonly string[], head: string): void {
  for (const tag of tags) {
    const commit = tagTarget(repo, tag);
    if (commit !== undefined && commit !== head) throw new Error(alreadyReleased({ tag, commit }, head));
  }
}

/**
 * The Swift train's `X.Y.Z` tag, when HEAD needs one: it releases every table's Swift library as HEAD has it, so
 * every table with Swift must be released at HEAD or unchanged since its release.
 */
function swiftTrainTags(repo: string, plans: readonly TablePlan[], releasing: readonly TablePlan[], head: string): string[] {
  const train = loadSwiftTrain(repo);
  const commit = tagTarget(repo, train.version);
  const ridersReleased = releasing.filter((plan) => ridesSwiftTrain(plan.model.targets));
  if (commit === head) return [train.version];
  if (commit !== undefined) {
    if (ridersReleased.length === 0) return [];
    const tables = ridersReleased.map((plan) => plan.table.id).join(', ');
    throw new Error(`${alreadyReleased({ tag: train.version, commit }, head)} The Swift libraries of ${tables} change, so ${train.name} (${train.dir}) needs a new version: add it to their changesets with their bump (npm run release:check says which) and version again.`);
  }
  const left = plans.filter((plan) => plan.releasedBy === undefined && ridesSwiftTrain(plan.model.targets) && !releasing.includes(plan));
  if (left.length > 0) {
    const listing = left.map((plan) => `${plan.table.id} ${plan.model.version}`).join(', ');
    throw new Error(`the Swift tag ${train.version} would also ship the Swift libraries of ${listing}, whose versions are not released; tag every table (without --table), or release them first.`);
  }
  return [train.version];
}

/**
 * Tags HEAD for the tables named (every table by default) whose version no earlier commit released: each table's
 * release mark and its targets' tags, then the Swift train's `X.Y.Z`, as annotated tags. Checks everything first.
 */
export function tagRelease(repo: string, requested: readonly string[] = []): TagResult {
  assertTrackedFilesCommitted(repo);
  const head = git(repo, ['rev-parse', 'HEAD']);
  const tables = loadTables(repo);
  const selected = new Set(selectTables(repo, tables, requested).map((table) => table.id));
  const plans = tables.map((table) => planTable(repo, table, head));
  const chosen = plans.filter((plan) => selected.has(plan.table.id));
  const earlier = chosen.filter((plan) => plan.releasedBy !== undefined);
  if (requested.length > 0 && earlier.length > 0) throw new Error(alreadyReleased(earlier[0]!.releasedBy!, head));
  const releasing = chosen.filter((plan) => plan.releasedBy === undefined);
  for (const plan of releasing) {
    assertPackagesReleasable(repo, plan.model);
    assertNoTagElsewhere(repo, plan.tags, head);
  }
  const tags = [...releasing.flatMap((plan) => plan.tags), ...swiftTrainTags(repo, plans, releasing, head)];
  if (tags.length === 0) {
    const listing = earlier.map((plan) => `${plan.table.id} ${plan.model.version} (${plan.releasedBy!.tag})`).join(', ');
    throw new Error(`nothing to tag: every version is already released at an earlier commit: ${listing}. Version the packages first (npm run version-packages).`);
  }
  const existing = tags.filter((tag) => tagTarget(repo, tag) === head);
  const created = tags.filter((tag) => !existing.includes(tag));
  for (const tag of created) git(repo, ['tag', '--annotate', '--message', tag, tag, head]);
  return {
    released: releasing.map((plan) => ({ tableId: plan.table.id, version: plan.model.version })),
    unchanged: earlier.map((plan) => ({ tableId: plan.table.id, version: plan.model.version, tag: plan.releasedBy!.tag })),
    created,
    existing,
    pushCommand: `git push origin ${gitLines(repo, ['tag', '--points-at', head]).join(' ')}`,
    publishSteps: releasing.flatMap((plan) => plan.model.targets.flatMap((target) => target.release.publishSteps(plan.model))),
  };
}
