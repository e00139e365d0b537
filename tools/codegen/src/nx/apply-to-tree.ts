import type { Tree } from '@nx/devkit';
import { join } from 'node:path';
import { defaultTable } from '../paths';
import { runPipeline } from '../pipeline';
import { formatDiagnostic } from '../validate/diagnostic';

/** Runs the pipeline for the workspace and writes into the Nx tree the files whose contents differ. Returns their paths. */
export function applyToTree(tree: Tree, table = defaultTable, strict = false): string[] {
  const result = runPipeline({ table: join(tree.root, table), outDir: tree.root, strict });
  if (!result.ok) {
    const lines = result.diagnostics.map(formatDiagnostic).join('\n');
    throw new Error(`The table is invalid; nothing was generated.\n${lines}`);
  }
  for (const warning of result.warnings) console.warn(formatDiagnostic(warning));
  const changed = result.files.filter((file) => tree.read(file.path, 'utf-8') !== file.contents);
  for (const file of changed) tree.write(file.path, file.contents);
  return changed.map((file) => file.path);
}
