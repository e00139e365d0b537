import type { Tree } from '@nx/devkit';
import { applyToTree } from './apply-to-tree';

export interface GenerateOptions {
  /** A table id (`xgpush-error-codes`) or path; every table in schema/tables when absent. */
  table?: string;
  strict?: boolean;
}

/** `nx g @errtable/codegen:generate [--table <id>]`: renders the packages; Nx shows the changes and honours --dry-run. */
export default async function generateGenerator(tree: Tree, options: GenerateOptions): Promise<void> {
  const { changed, orphans } = await applyToTree(tree, options.table === undefined ? [] : [options.table], options.strict);
  for (const orphan of orphans) console.warn(`warning: ${orphan}`);
  if (changed.length === 0) console.log('Every generated file is up to date with the tables.');
}
