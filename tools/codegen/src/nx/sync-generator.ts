import type { Tree } from '@nx/devkit';
import type { SyncGeneratorResult } from 'nx/src/utils/sync-generators';
import { applyToTree } from './apply-to-tree';

/**
 * Registered in nx.json under sync.globalGenerators: `nx sync:check` fails when a generated file is stale or
 * hand-edited, or a deleted table's packages remain. Nx counts a generator out of sync only when it changes files,
 * and the generator deletes no folder of packages (it cannot tell their files from a maintainer's), so remaining
 * packages alone make it throw: Nx reports the message and fails.
 */
export default async function syncGenerator(tree: Tree): Promise<SyncGeneratorResult> {
  const { changed, orphans } = await applyToTree(tree);
  if (changed.length === 0 && orphans.length === 0) return;
  if (changed.length === 0) throw new Error(`Packages of a deleted table remain:\n${orphans.join('\n')}`);
  const remaining = orphans.length === 0 ? '' : " A deleted table's packages remain too: delete their folders (listed last).";
  return {
    outOfSyncMessage: `${changed.length} generated file(s) differ from what the tables produce, or are no longer produced by them. Run \`npm run generate\`; do not edit generated files by hand.${remaining}`,
    outOfSyncDetails: [...changed, ...orphans],
  };
}
