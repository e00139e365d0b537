import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmdirSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { OutputFile } from '../render/render-files';

export type ChangeKind = 'create' | 'update' | 'unchanged' | 'delete';

export interface FileChange {
  path: string;
  kind: ChangeKind;
}

/** The file-system calls writing makes; a test replaces one to make it fail midway. */
export interface WriteFileSystem {
  readText(path: string): string | undefined;
  makeDirectory(path: string): void;
  /** Writes and flushes to disk, so a rename never publishes a file the disk does not hold yet. */
  writeDurably(path: string, contents: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  /** Removes a directory only when it is empty; returns whether it did. */
  removeEmptyDirectory(path: string): boolean;
}

export const nodeFileSystem: WriteFileSystem = {
  readText: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
  makeDirectory: (path) => mkdirSync(path, { recursive: true }),
  writeDurably: (path, contents) => {
    const descriptor = openSync(path, 'w');
    try {
      writeSync(descriptor, contents);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
  },
  rename: renameSync,
  remove: (path) => rmSync(path, { force: true }),
  removeEmptyDirectory: (path) => {
    try {
      rmdirSync(path);
      return true;
    } catch {
      return false;
    }
  },
};

/** Writing stopped; the message says which files, if any, were already replaced. */
export class WriteError extends Error {}

/** What writing `files` under `root` would change, without writing. */
export function planWrites(root: string, files: readonly OutputFile[], fs: WriteFileSystem = nodeFileSystem): FileChange[] {
  return files.map(({ path, contents }) => {
    const existing = fs.readText(join(root, path));
    return { path, kind: existing === undefined ? 'create' : existing === contents ? 'unchanged' : 'update' };
  });
}

interface Staged {
  path: string;
  target: string;
  temporary: string;
}

/** A hidden sibling, so the rename stays within one file system (and so is atomic). */
function temporaryPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
}

function stage(root: string, file: OutputFile, fs: WriteFileSystem): Staged {
  const target = join(root, file.path);
  const temporary = temporaryPathFor(target);
  fs.makeDirectory(dirname(target));
  try {
    fs.writeDurably(temporary, file.contents);
  } catch (cause) {
    fs.remove(temporary);
    throw cause;
  }
  return { path: file.path, target, temporary };
}

function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function stageAll(root: string, files: readonly OutputFile[], fs: WriteFileSystem): Staged[] {
  const staged: Staged[] = [];
  for (const file of files) {
    try {
      staged.push(stage(root, file, fs));
    } catch (cause) {
      for (const { temporary } of staged) fs.remove(temporary);
      throw new WriteError(`cannot write ${file.path}: ${reason(cause)}. No output file was changed`, { cause });
    }
  }
  return staged;
}

function commitAll(staged: readonly Staged[], fs: WriteFileSystem): void {
  staged.forEach(({ path, target, temporary }, index) => {
    try {
      fs.rename(temporary, target);
    } catch (cause) {
      for (const rest of staged.slice(index)) fs.remove(rest.temporary);
      throw new WriteError(`cannot replace ${path}: ${reason(cause)}. ${index} of ${staged.length} changed files were replaced, each completely; the others are unchanged`, { cause });
    }
  });
}

/** Stale generated files, as changes: what `removeFiles` would do. */
export function planRemovals(paths: readonly string[]): FileChange[] {
  return paths.map((path) => ({ path, kind: 'delete' }));
}

/** Deletes stale generated files, after the new ones are in place, and the folders they leave empty. */
export function removeFiles(root: string, paths: readonly string[], fs: WriteFileSystem = nodeFileSystem): FileChange[] {
  for (const path of paths) {
    fs.remove(join(root, path));
    for (let folder = dirname(path); folder !== '.' && fs.removeEmptyDirectory(join(root, folder)); folder = dirname(folder));
  }
  return planRemovals(paths);
}

/**
 * Writes the files whose content differs, in two steps: every new content goes to a temporary file first, then
 * each is renamed over its target. Any file is at all times either old or new, never truncated; a failure while
 * writing changes nothing, and a failure while renaming leaves the remaining files old. Throws a WriteError.
 */
export function writeFiles(root: string, files: readonly OutputFile[], fs: WriteFileSystem = nodeFileSystem): FileChange[] {
  const plan = planWrites(root, files, fs);
  const changed = files.filter((_, index) => plan[index]!.kind !== 'unchanged');
  commitAll(stageAll(root, changed, fs), fs);
  return plan;
}
