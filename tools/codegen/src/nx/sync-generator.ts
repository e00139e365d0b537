import type { Tree } from '@nx/devkit';
import type { SyncGeneratorResult } from 'nx/src/utils/sync-generators';
import { applyToTree } from './apply-to-tree';

/** Registered in nx.json under sync.globalGenerators: `nx sync:check` fails when a generated file is stale or hand-edited. */
export default async function syncGenerator(tree: Tree): Promise<SyncGeneratorResult> {
  const changed = await applyToTree(tree);
  if (changed.length === 0) return;
  return {
    outOfSyncMessage: `${changed.length} generated file(s) differ from what the tables produce, or are no longer produced by them. Run \`npm run generate\`; do not edit generated files by hand.`,
    outOfSyncDetails: changed,
  };
}
