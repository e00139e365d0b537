import type { Tree } from '@nx/devkit';
import { scanOutput } from './load/find-generated-files';
import type { Plan } from './pipeline';
import { claimOrder, type RenderHelper } from './render/render-helper';
import { textOf } from './render/render-files';
import { nodeFileSystem } from './write/file-system';
import { WriteError } from './write/output-error';
import { destinationProblems } from './write/preflight';
import { probeDestinations } from './write/probe-destinations';
import { type OutputMode, updateOutput, type UpdateOptions } from './write/update-output';
import type { FileChange } from './write/write-files';

/** Where a plan is applied: the disk under an output root (CLI), or an Nx tree (the generators), which Nx writes. */
export type Destination = { kind: 'disk'; root: string; mode: OutputMode; options?: UpdateOptions; helper?: RenderHelper } | { kind: 'tree'; tree: Tree };

/**
 * apply: the one place a plan reaches the disk. On disk, the write stage (`updateOutput`) locks the output root,
 * checks every destination first, writes atomically and removes stale files; `dry-run` and `check` compare only.
 * In an Nx tree, the same destinations are checked (no links) and the same stale files found, and Nx writes.
 * Returns the changes, sorted by path within each kind.
 */
export async function applyPlan(plan: Plan, destination: Destination): Promise<FileChange[]> {
  if (destination.kind === 'disk') {
    const { helper } = destination;
    const signal = destination.options?.signal;
    return updateOutput(destination.root, destination.mode, () => (helper ? { ...plan, render: () => helper.render(claimOrder(plan.parts), signal) } : plan), destination.options);
  }
  return applyToTree(plan, destination.tree);
}

function applyToTree(plan: Plan, tree: Tree): FileChange[] {
  const problems = destinationProblems(probeDestinations(tree.root, plan.paths, nodeFileSystem), plan.paths, false);
  if (problems.length > 0) throw new WriteError(problems);
  const changes: FileChange[] = [];
  for (const file of plan.render()) {
    const text = textOf(file);
    const existing = tree.read(file.path, 'utf-8');
    if (existing !== text) tree.write(file.path, text);
    changes.push({ path: file.path, kind: existing === null ? 'create' : existing === text ? 'unchanged' : 'update' });
  }
  const { stale } = scanOutput(tree.root, plan.scopes, plan.paths);
  for (const path of stale) tree.delete(path);
  return [...changes, ...stale.map((path): FileChange => ({ path, kind: 'delete' }))];
}
