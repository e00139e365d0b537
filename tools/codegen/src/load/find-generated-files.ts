import { closeSync, constants, lstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isGeneratedFrom } from '../model/header';
import { isLeftoverTemporary } from '../write/temporary-files';

/** Build and dependency folders, which hold copies or outputs, never sources the generator wrote. */
const skipped = new Set(['node_modules', 'dist', 'target', '.build', '.swiftpm', '.gradle']);

/** Enough for the header line, after a prologue line, for any table path a header names. */
const headBytes = 4096;

/** The start of a regular file as text, never through a link; undefined when it cannot be read (then it is kept). */
function headOf(path: string): string | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const buffer = Buffer.alloc(headBytes);
    return buffer.subarray(0, readSync(descriptor, buffer, 0, headBytes, 0)).toString('utf8');
  } catch {
    return undefined;
  } finally {
    closeSync(descriptor);
  }
}

interface Found {
  /** Relative to the output root, `/`-separated. */
  path: string;
  regular: boolean;
}

/** Files and links in `folder` (relative to `root`) and, when `deep`, below it through real folders only (never a link). */
function walk(root: string, folder: string, deep = true): Found[] {
  let entries;
  try {
    entries = readdirSync(join(root, folder), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry): Found[] => {
    const path = folder === '.' ? entry.name : `${folder}/${entry.name}`;
    if (entry.isDirectory()) return deep && !skipped.has(entry.name) ? walk(root, path) : [];
    return entry.isFile() || entry.isSymbolicLink() ? [{ path, regular: entry.isFile() }] : [];
  });
}

function isRealFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * What lies where the generator writes: `packages/**` (when `packages` is a real folder, not a link), and the folders
 * of the output paths outside it (the root, for `Package.swift`), not recursively.
 */
function filesWhereGeneratorWrites(root: string, outputPaths: readonly string[]): Found[] {
  const inPackages = isRealFolder(join(root, 'packages')) ? walk(root, 'packages') : [];
  const others = [...new Set(outputPaths.map(dirname))].filter((folder) => folder !== 'packages' && !folder.startsWith('packages/'));
  const direct = others.flatMap((folder) => walk(root, folder, false));
  const seen = new Set<string>();
  return [...inPackages, ...direct].filter(({ path }) => (seen.has(path) ? false : (seen.add(path), true))).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export interface OutputScan {
  /** Files whose header line is exactly the one generated from the table: the only files generation may delete. */
  generated: string[];
  /** Temporary files that runs of the generator left behind (killed, or a disk that filled up). */
  leftovers: string[];
}

/**
 * Looks at the output root for files generated from `tableFile` and for leftover temporary files, relative to the root
 * and sorted. A file counts as generated only when its header line (`model/header.ts`) names `tableFile` exactly: a
 * hand-written file that mentions the generator, or one generated from another table, is never touched.
 */
export function scanOutput(root: string, tableFile: string, outputPaths: readonly string[]): OutputScan {
  const outputs = new Set(outputPaths);
  const generated: string[] = [];
  const leftovers: string[] = [];
  for (const { path, regular } of filesWhereGeneratorWrites(root, outputPaths)) {
    if (isLeftoverTemporary(path, outputs)) leftovers.push(path);
    else if (regular && isGeneratedFrom(headOf(join(root, path)) ?? '', tableFile)) generated.push(path);
  }
  return { generated, leftovers };
}

/** Generated files on disk (from `tableFile`) that the current output does not include. */
export function findStaleFiles(root: string, outputPaths: readonly string[], tableFile: string): string[] {
  const current = new Set(outputPaths);
  return scanOutput(root, tableFile, outputPaths).generated.filter((path) => !current.has(path));
}
