import type { Tree } from '@nx/devkit';
import { resolve } from 'node:path';
import { scanOutput } from '../load/find-generated-files';
import { defaultTable } from '../paths';
import { runPipeline } from '../pipeline';
import { textOf } from '../render/render-files';
import { formatDiagnostic } from '../validate/diagnostic';
import { formatReport } from '../validate/report';
import { nodeFileSystem } from '../write/file-system';
import { WriteError } from '../write/output-error';
import { destinationProblems } from '../write/preflight';
import { probeDestinations } from '../write/probe-destinations';

/**
 * Runs the pipeline for the workspace and writes into the Nx tree the files whose contents differ; returns their paths.
 * An invalid table, or an output path that is a link or lies under one, throws before the tree is touched, so Nx
 * writes nothing; only files generated from this very table (by their header line) are deleted as stale.
 */
export function applyToTree(tree: Tree, table = defaultTable, strict = false): string[] {
  const result = runPipeline({ table: resolve(tree.root, table), outDir: tree.root, strict });
  if (!result.ok) throw new Error(`The table is invalid; no file was written.\n${formatReport(result.diagnostics)}`);
  for (const warning of result.warnings) console.warn(formatDiagnostic(warning));
  const paths = result.files.map((file) => file.path);
  const problems = destinationProblems(probeDestinations(tree.root, paths, nodeFileSystem), paths, false);
  if (problems.length > 0) throw new WriteError(problems);
  const changed = result.files.map((file) => ({ path: file.path, text: textOf(file) })).filter(({ path, text }) => tree.read(path, 'utf-8') !== text);
  for (const { path, text } of changed) tree.write(path, text);
  const outputs = new Set(paths);
  const stale = scanOutput(tree.root, result.tableFile, paths).generated.filter((path) => !outputs.has(path));
  for (const path of stale) tree.delete(path);
  return [...changed.map((file) => file.path), ...stale];
}
