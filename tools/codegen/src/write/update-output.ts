import { dirname } from 'node:path';
import { type OutputScope, scanOutput } from '../load/find-generated-files';
import type { OutputFile } from '../render/render-files';
import { nodeFileSystem, type WriteFileSystem } from './file-system';
import { reasonOf, shownPath, WriteError } from './output-error';
import { lockOutput } from './output-lock';
import { destinationProblems } from './preflight';
import { probeDestinations } from './probe-destinations';
import { releasingMemoryAsync } from './release-memory';
import { byPath } from '../render/render-files';
import { type FileChange, interruptionPoints, planRemovals, removeFiles, writeFilesInterruptibly, writePlanner } from './write-files';

/** `write` changes the output; `dry-run` and `check` only say what writing would change. */
export type OutputMode = 'write' | 'dry-run' | 'check';

/** What the table produces: every path up front, the files on demand, one at a time. */
export interface OutputRequest {
  /** Where stale generated files are looked for, and how they are recognised. */
  scopes: readonly OutputScope[];
  paths: readonly string[];
  render(): Iterable<OutputFile> | AsyncIterable<OutputFile>;
}

export interface UpdateOptions {
  fs?: WriteFileSystem;
  /** SIGINT or SIGTERM: stops the run before any file is replaced (see `writeFilesInterruptibly`). */
  signal?: AbortSignal;
  lockWaitMs?: number;
  onWait?: (message: string) => void;
}

/** Throws a WriteError listing every problem, so that a failure that can be foreseen replaces nothing. */
function preflight(root: string, paths: readonly string[], writing: boolean, fs: WriteFileSystem): void {
  const problems = destinationProblems(probeDestinations(root, paths, fs), paths, writing);
  if (problems.length > 0) throw new WriteError(problems);
}

/** The plan of a dry run or check: each file compared with the disk (a signal stops it between files), stale files, leftovers. */
async function planned(root: string, request: OutputRequest, stale: string[], leftovers: string[], options: UpdateOptions): Promise<FileChange[]> {
  const writes: FileChange[] = [];
  const compare = writePlanner(root, options.fs);
  const betweenFiles = interruptionPoints(options.signal);
  for await (const file of releasingMemoryAsync(request.render())) {
    writes.push(compare(file));
    await betweenFiles();
  }
  return [...writes.sort(byPath), ...planRemovals(stale), ...planRemovals(leftovers, 'leftover')];
}

async function applied(root: string, request: OutputRequest, stale: string[], leftovers: string[], options: UpdateOptions): Promise<FileChange[]> {
  const fs = options.fs ?? nodeFileSystem;
  const removed = removeFiles(root, leftovers, fs, 'leftover');
  const written = await writeFilesInterruptibly(root, releasingMemoryAsync(request.render()), fs, options.signal);
  return [...written, ...removeFiles(root, stale, fs), ...removed];
}

/** With the lock held: the request (it reads the release version there), preflight, scan, then plan or write. */
async function updateLocked(root: string, mode: OutputMode, prepare: () => OutputRequest, options: UpdateOptions): Promise<FileChange[]> {
  const fs = options.fs ?? nodeFileSystem;
  const request = prepare();
  preflight(root, request.paths, mode !== 'check', fs);
  const { stale, leftovers } = scanOutput(root, request.scopes, request.paths);
  return mode === 'write' ? applied(root, request, stale, leftovers, options) : planned(root, request, stale, leftovers, options);
}

/** `mkdir -p` of the root; returns the first folder it created. */
function createRoot(root: string, fs: WriteFileSystem): string | undefined {
  try {
    return fs.makeDirectory(root);
  } catch (cause) {
    throw new WriteError([{ file: shownPath(root), message: `cannot be created (${reasonOf(cause)})`, hint: 'Pass --out a folder that exists or can be created' }], undefined, { cause });
  }
}

function removeCreatedRoot(root: string, first: string | undefined, fs: WriteFileSystem): void {
  if (first === undefined) return;
  for (let folder = root; fs.removeEmptyDirectory(folder) && folder !== first; folder = dirname(folder));
}

/**
 * One run of the write stage on the output root `root` (absolute): checks the root, creates it when writing, takes
 * its lock (one run at a time; a dead run's lock is taken over), then, under the lock, prepares the request, checks
 * every destination before anything is written, finds stale generated files and leftover temporary files, and writes
 * (or, for `dry-run` and `check`, compares). Returns every change, sorted by path within each kind. A problem with
 * the output is a WriteError, and nothing is written; a signal is `Interrupted`.
 */
export async function updateOutput(root: string, mode: OutputMode, prepare: () => OutputRequest, options: UpdateOptions = {}): Promise<FileChange[]> {
  const fs = options.fs ?? nodeFileSystem;
  preflight(root, [], mode !== 'check', fs);
  const created = mode === 'write' ? createRoot(root, fs) : undefined;
  try {
    const lock = await lockOutput(root, { optional: mode !== 'write', ...lockOptions(options) });
    try {
      return await updateLocked(root, mode, prepare, options);
    } finally {
      lock.release();
    }
  } catch (error) {
    removeCreatedRoot(root, created, fs);
    throw error;
  }
}

function lockOptions({ signal, lockWaitMs, onWait }: UpdateOptions) {
  return { ...(signal && { signal }), ...(lockWaitMs !== undefined && { waitMs: lockWaitMs }), ...(onWait && { onWait }) };
}
