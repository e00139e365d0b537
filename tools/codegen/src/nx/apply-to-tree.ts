import type { Tree } from '@nx/devkit';
import { resolve } from 'node:path';
import { findStaleFiles } from '../load/find-generated-files';
import { defaultTable } from '../paths';
import { runPipeline } from '../pipeline';
import { textOf } from '../render/render-files';
import { formatDiagnostic } from '../validate/diagnostic';
import { formatReport } from '../validate/report';

/**
 * Runs the pipeline for the workspace and writes into the Nx tree the files whose contents differ; returns their paths.
 * An invalid table throws before the tree is touched, so Nx writes nothing.
 */
export function applyToTree(tree: Tree, table = defaultTable, strict = false): string[] {
  const result = runPipeline({ table: resolve(tree.root, table), outDir: tree.root, strict });
  if (!result.ok) throw new Error(`The table is invalid; no file was written.\n${formatReport(result.diagnostics)}`);
  for (const warning of result.warnings) console.warn(formatDiagnostic(warning));
  const changed = result.files.map((file) => ({ path: file.path, text: textOf(file) })).filter(({ path, text }) => tree.read(path, 'utf-8') !== text);
  for (const { path, text } of changed) tree.write(path, text);
  const stale = findStaleFiles(tree.root, result.files.map((file) => file.path));
  for (const path of stale) tree.delete(path);
  return [...changed.map((file) => file.path), ...stale];
}
