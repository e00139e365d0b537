import { mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { byPath, type OutputFile } from '../render/render-files';

export type ChangeKind = 'create' | 'update' | 'unchanged' | 'delete';

export interface FileChange {
  path: string;
  kind: ChangeKind;
}

/** The file-system calls writing makes; a test replaces one to make it fail midway. */
export interface WriteFileSystem {
  readBytes(path: string): Uint8Array | undefined;
  makeDirectory(path: string): void;
  /**
   * Writes a file that nothing reads yet (the temporary one). Not flushed with fsync: the rename after it is what
   * makes the replacement atomic for every reader and against the process dying; a power cut can at worst lose
   * output that `generate` rebuilds and `check` detects, and 25 fsyncs cost more than the whole run on a small table.
   */
  writeFile(path: string, contents: Uint8Array): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  /** Removes a directory only when it is empty; returns whether it did. */
  removeEmptyDirectory(path: string): boolean;
}

export const nodeFileSystem: WriteFileSystem = {
  readBytes: (path) => {
    try {
      return readFileSync(path);
    } catch {
      return undefined;
    }
  },
  makeDirectory: (path) => mkdirSync(path, { recursive: true }),
  writeFile: (path, contents) => writeFileSync(path, contents),
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

/**
 * The file as UTF-8, each chunk encoded on its own into one buffer: a chunk of plain text encodes fastest, and no
 * string of the whole file is built. No chunk ends inside a surrogate pair: chunks end between the pieces a template
 * writes, and no piece holds half a pair (validation rejects lone surrogates, and the escaping refuses them).
 */
export function utf8Of(file: OutputFile): Buffer {
  const { chunks } = file;
  if (chunks.length === 1) return Buffer.from(chunks[0]!, 'utf8');
  const bytes = Buffer.allocUnsafe(chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk, 'utf8'), 0));
  let offset = 0;
  for (const chunk of chunks) offset += bytes.write(chunk, offset, 'utf8');
  return bytes;
}

interface Planned {
  change: FileChange;
  bytes: Buffer;
}

/** The change writing `file` makes, compared byte for byte with what is on disk, and the bytes to write. */
function planWrite(root: string, file: OutputFile, fs: WriteFileSystem): Planned {
  const bytes = utf8Of(file);
  const existing = fs.readBytes(join(root, file.path));
  const kind = existing === undefined ? 'create' : bytes.equals(existing) ? 'unchanged' : 'update';
  return { change: { path: file.path, kind }, bytes };
}

/** What writing `files` under `root` would change, without writing; sorted by path. Holds one file at a time. */
export function planWrites(root: string, files: Iterable<OutputFile>, fs: WriteFileSystem = nodeFileSystem): FileChange[] {
  const plan: FileChange[] = [];
  for (const file of files) plan.push(planWrite(root, file, fs).change);
  return plan.sort(byPath);
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

/** Stages one file; `madeDirectories` spares a `mkdir` per file when many share a folder. */
function stage(root: string, path: string, bytes: Uint8Array, fs: WriteFileSystem, madeDirectories: Set<string>): Staged {
  const target = join(root, path);
  const temporary = temporaryPathFor(target);
  try {
    if (!madeDirectories.has(dirname(target))) fs.makeDirectory(dirname(target));
    madeDirectories.add(dirname(target));
    fs.writeFile(temporary, bytes);
  } catch (cause) {
    fs.remove(temporary);
    throw new WriteError(`cannot write ${path}: ${reason(cause)}. No output file was changed`, { cause });
  }
  return { path, target, temporary };
}

function reason(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** Stages each changed file as it arrives, so only one file's contents is held at a time; returns the plan too. */
function stageChanged(root: string, files: Iterable<OutputFile>, fs: WriteFileSystem): { plan: FileChange[]; staged: Staged[] } {
  const plan: FileChange[] = [];
  const staged: Staged[] = [];
  const madeDirectories = new Set<string>();
  try {
    for (const file of files) {
      const { change, bytes } = planWrite(root, file, fs);
      plan.push(change);
      if (change.kind !== 'unchanged') staged.push(stage(root, file.path, bytes, fs, madeDirectories));
    }
  } catch (cause) {
    for (const { temporary } of staged) fs.remove(temporary);
    throw cause;
  }
  return { plan: plan.sort(byPath), staged };
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
 * writing (or rendering: `files` may be rendered lazily) changes nothing, and a failure while renaming leaves the
 * remaining files old. Throws a WriteError when the disk refuses; returns the changes sorted by path.
 */
export function writeFiles(root: string, files: Iterable<OutputFile>, fs: WriteFileSystem = nodeFileSystem): FileChange[] {
  const { plan, staged } = stageChanged(root, files, fs);
  commitAll(staged, fs);
  return plan;
}
