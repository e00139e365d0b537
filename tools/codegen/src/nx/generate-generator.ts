import type { Tree } from '@nx/devkit';
import { applyToTree } from './apply-to-tree';

export interface GenerateOptions {
  table?: string;
  strict?: boolean;
}

/** `nx g @errtable/codegen:generate`: renders every package; Nx shows the changes and honours --dry-run. */
export default async function generateGenerator(tree: Tree, options: GenerateOptions): Promise<void> {
  const changed = applyToTree(tree, options.table, options.strict);
  if (changed.length === 0) console.log('Every generated file is up to date with the table.');
}
