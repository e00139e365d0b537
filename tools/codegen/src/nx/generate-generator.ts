import type { Tree } from '@nx/devkit';
import { applyToTree } from './apply-to-tree';

export interface GenerateOptions {
  /** A table id (`xgpush-error-codes`) or path; every table in schema/tables when absent. */
  table?: string;
  strict?: boolean;
}

/** `nx g @errtable/codegen:generate [--table <id>]`: renders the packages; Nx shows the changes and honours --dry-run. */
export default async function generateGenerator(tree: Tree, options: GenerateOptions): Promise<void> {
  const changed = await applyToTree(tree, options.table === undefined ? [] : [options.table], options.strict);
  if (changed.length === 0) console.log('Every generated file is up to date with the tables.');
}
