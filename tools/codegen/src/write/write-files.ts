import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { bufferOf, byPath, type OutputFile } from '../render/render-files';
import { type Entry, nodeFileSystem, type WriteFileSystem } from './file-system';
import { Interrupted, type OutputProblem, reasonOf, shownPath, WriteError } from './output-error';
import { temporaryPathFor } from './temporary-files';

export { nodeFileSystem, type WriteFileSystem } from './file-system';
export { WriteError } from './output-error';

/** `leftover`: a temporary file an interrupted run left behind, which the next generation removes. */
export type ChangeKind = 'create' | 'update' | 'unchanged' | 'delete' | 'leftover';

export interface FileChange {
  path: string;
  kind: ChangeKind;
}

/**
 * The file as UTF-8, each chunk encoded on its own into one buffer: a chunk of plain text encodes fastest, and no
 * string of the whole file is built. No chunk ends inside a surrogate pair: chunks end between the pieces a template
 * writes, and no piece holds half a pair (validation rejects lone surrogates, and the escaping refuses them).
 */
export function utf8Of(file: OutputFile): Buffer {
  if ('bytes' in file) return bufferOf(file.bytes);
  const { chunks } = file;
  const known = encoded.get(chunks);
  if (known !== undefined) return known;
  const bytes = encode(chunks);
  encoded.set(chunks, bytes);
  return bytes;
}

/** Bytes by the chunks they were encoded from: files that share their chunks (the vectors' copies) are encoded once. */
const encoded = new WeakMap<readonly string[], Buffer>();

function encode(chunks: readonly string[]): Buffer {
  if (chunks.length === 1) return Buffer.from(chunks[0]!, 'utf8');
  const bytes = Buffer.allocUnsafe(chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk, 'utf8'), 0));
  let offset = 0;
  for (const chunk of chunks) offset += bytes.write(chunk, offset, 'utf8');
  return bytes;
}

/** What writing `bytes` over `existing` (undefined: no file) changes. Pure. */
export function changeKind(bytes: Buffer, existing: Uint8Array | undefined): ChangeKind {
  return existing === undefined ? 'create' : bytes.equals(existing) ? 'unchanged' : 'update';
}

/**
 * The output root and how to reach it. Every folder on the way to a file is checked to be no link (`checkInside`):
 * a link there before the run is always refused; one made while the run writes is caught by the check before the
 * folder's first file is staged or renamed, not at every file.
 */
interface Destination {
  root: string;
  fs: WriteFileSystem;
  /** The folders (relative to the root) found to be real folders in this pass: each is looked at once per pass. */
  checkedFolders: Set<string>;
}

function destinationAt(root: string, fs: WriteFileSystem): Destination {
  return { root, fs, checkedFolders: new Set() };
}

function linkError(folder: string, link: Extract<Entry, { kind: 'symlink' }>, destination: Destination): WriteError {
  const real = destination.fs.realPath(folder) ?? link.target;
  return new WriteError([
    {
      file: shownPath(folder),
      message: `is a symbolic link to ${real}; the generator writes nothing through a link, which could lead outside the output folder ${shownPath(destination.root)}`,
      hint: 'Replace the link with a real folder, then run generate again',
    },
  ]);
}

/**
 * Throws when a folder on the way from the root to `relativeFolder` (that folder included) is a symbolic link. Each
 * folder is looked at once per pass (`checkedFolders`), its parent first; what is missing, or not a folder, is left
 * to the write that needs it, which fails on it.
 */
function checkInside(destination: Destination, relativeFolder: string): void {
  const { root, fs, checkedFolders } = destination;
  if (dirname(relativeFolder) === relativeFolder || checkedFolders.has(relativeFolder)) return;
  checkInside(destination, dirname(relativeFolder));
  const folder = join(root, relativeFolder);
  const entry = fs.entryAt(folder);
  if (entry.kind === 'symlink') throw linkError(folder, entry, destination);
  if (entry.kind === 'directory') checkedFolders.add(relativeFolder);
}

/** The entry at an output path, which must be nothing or a regular file: never a link, folder or device. */
function targetEntry(destination: Destination, target: string): Extract<Entry, { kind: 'missing' | 'file' }> {
  const entry = destination.fs.entryAt(target);
  if (entry.kind === 'missing' || entry.kind === 'file') return entry;
  const what = entry.kind === 'symlink' ? `a symbolic link (to ${entry.target})` : entry.kind === 'directory' ? 'a folder' : entry.kind === 'error' ? `not inspectable (${entry.message})` : 'a device, socket or pipe';
  throw new WriteError([{ file: shownPath(target), message: `is ${what} where a generated file belongs; generated files are regular files`, hint: 'Remove it, then run generate' }]);
}

function readExisting(destination: Destination, target: string): Uint8Array | undefined {
  try {
    return destination.fs.readBytes(target);
  } catch (cause) {
    throw new WriteError([{ file: shownPath(target), message: `cannot be read to compare it with the new content (${reasonOf(cause)})`, hint: 'Make it readable, or delete it' }], undefined, { cause });
  }
}

interface Compared {
  change: FileChange;
  bytes: Buffer;
  /** The replaced file's permissions, which the new file keeps. */
  mode: number | undefined;
}

/** Compares `file` with what is at `target`, its place under the root. */
function compare(destination: Destination, file: OutputFile, target: string): Compared {
  checkInside(destination, dirname(file.path));
  const entry = targetEntry(destination, target);
  const bytes = utf8Of(file);
  const existing = entry.kind === 'file' ? readExisting(destination, target) : undefined;
  return { change: { path: file.path, kind: changeKind(bytes, existing) }, bytes, mode: entry.kind === 'file' ? entry.mode : undefined };
}

/** While files are compared or staged, the event loop gets a turn once this long has passed since its last. */
const turnEveryMs = 10;

/** Milliseconds on a clock that never jumps (`Date.now()` follows the wall clock). */
function monotonicMs(): number {
  return Number(process.hrtime.bigint() / 1_000_000n);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new Interrupted(String(signal.reason));
}

/** Lets the event loop run (a signal's handler among others), then throws `Interrupted` if `signal` was aborted. */
async function interruptionPoint(signal: AbortSignal | undefined): Promise<void> {
  await nextTurn();
  throwIfAborted(signal);
}

/**
 * A point to call between files: an `interruptionPoint` once the last turn is `turnEveryMs` old, else only a look at
 * `signal`. A turn per file would cost more than writing the file on a small table; a signal still stops the run
 * within one file and a few milliseconds.
 */
export function interruptionPoints(signal: AbortSignal | undefined): () => Promise<void> {
  let lastTurn = monotonicMs();
  return async () => {
    if (monotonicMs() - lastTurn < turnEveryMs) return throwIfAborted(signal);
    await interruptionPoint(signal);
    lastTurn = monotonicMs();
  };
}

/** Compares one file at a time with what is under `root`, without writing: what writing it would change. */
export function writePlanner(root: string, fs: WriteFileSystem = nodeFileSystem): (file: OutputFile) => FileChange {
  const destination = destinationAt(root, fs);
  return (file) => compare(destination, file, join(root, file.path)).change;
}

interface Staged {
  path: string;
  target: string;
  temporary: string;
}

/** A run of staging: what was planned, staged and created so far, so a failure can undo it. */
interface Staging extends Destination {
  plan: FileChange[];
  staged: Staged[];
  /** Folders known to exist (made or found), sparing a `mkdir` per file when many share one. */
  folders: Set<string>;
  /** Folders each `mkdir` created (from `deepest` up to `first`), removed again (when empty) if the run fails. */
  createdFolders: { deepest: string; first: string }[];
}

function ensureFolder(staging: Staging, path: string): void {
  const folder = dirname(path);
  if (staging.folders.has(folder)) return;
  try {
    const first = staging.fs.makeDirectory(join(staging.root, folder));
    if (first !== undefined) staging.createdFolders.push({ deepest: join(staging.root, folder), first });
  } catch (cause) {
    const problem = { file: shownPath(join(staging.root, folder)), message: `cannot be created (${reasonOf(cause)})`, hint: 'Make the folder above it writable, or pass another --out' };
    throw new WriteError([problem], 'No output file was changed', { cause });
  }
  staging.folders.add(folder);
}

/** Writes one changed file's new content beside it, exclusively, with the permissions of the file it replaces. */
function stageOne(staging: Staging, file: OutputFile): void {
  ensureFolder(staging, file.path);
  const target = join(staging.root, file.path);
  const { change, bytes, mode } = compare(staging, file, target);
  staging.plan.push(change);
  if (change.kind === 'unchanged') return;
  const temporary = temporaryPathFor(target);
  try {
    staging.fs.createExclusive(temporary, bytes, mode);
  } catch (cause) {
    staging.staged.push({ path: file.path, target, temporary });
    const hint = 'Free some space or fix the permissions, then run generate again';
    throw new WriteError([{ file: shownPath(target), message: `cannot be written (${reasonOf(cause)})`, hint }], 'No output file was changed', { cause });
  }
  staging.staged.push({ path: file.path, target, temporary });
}

/** Undoes staging: removes every temporary file and the folders it created, never throwing; returns what stayed. */
function discard(staging: Staging, staged: readonly Staged[] = staging.staged): OutputProblem[] {
  const problems: OutputProblem[] = [];
  for (const { temporary } of staged) {
    try {
      staging.fs.remove(temporary);
    } catch (cause) {
      problems.push({ file: shownPath(temporary), message: `a temporary file could not be removed (${reasonOf(cause)})`, hint: 'Delete it; check reports it until then' });
    }
  }
  for (const { deepest, first } of [...staging.createdFolders].reverse()) removeEmptyFolders(staging, deepest, first);
  return problems;
}

/** Removes `folder` and its parents while they are empty, up to `last` (by default the root, which stays). */
function removeEmptyFolders(destination: Destination, folder: string, last?: string): void {
  const { root, fs } = destination;
  for (let current = folder; current !== root && current.startsWith(`${root}/`) && fs.removeEmptyDirectory(current) && current !== last; current = dirname(current));
}

/** Rethrows a staging failure after undoing it; a WriteError also lists temporary files that could not be removed. */
function failStaging(staging: Staging, error: unknown): never {
  const stayed = discard(staging);
  if (error instanceof WriteError && stayed.length > 0) throw new WriteError([...error.problems, ...stayed], error.outcome, { cause: error });
  throw error;
}

/**
 * Renames every staged file over its target; each folder is checked again (`checkInside`) before its first rename.
 * The target itself needs no second look: a rename replaces a link there, never writes through it, and fails on a
 * folder.
 */
function commitAll(staging: Staging): void {
  const { staged } = staging;
  const renaming: Destination = { ...staging, checkedFolders: new Set() };
  staged.forEach(({ path, target, temporary }, index) => {
    try {
      checkInside(renaming, dirname(path));
      staging.fs.rename(temporary, target);
    } catch (cause) {
      discard({ ...staging, createdFolders: [] }, staged.slice(index));
      const problems = cause instanceof WriteError ? cause.problems : [{ file: shownPath(target), message: `cannot be replaced (${reasonOf(cause)})`, hint: 'Fix the cause, then run generate again' }];
      throw new WriteError(problems, `${index} of ${staged.length} changed files were replaced, each completely; the others are unchanged`, { cause });
    }
  });
}

function startStaging(root: string, fs: WriteFileSystem): Staging {
  return { ...destinationAt(root, fs), plan: [], staged: [], folders: new Set(), createdFolders: [] };
}

/**
 * Writes the files whose content differs, in two steps: every new content goes to a temporary file first, then
 * each is renamed over its target. Any file is at all times either old or new, never truncated; a failure while
 * writing (or rendering: `files` may be rendered lazily) changes nothing, and a failure while renaming leaves the
 * remaining files old. Nothing is written through a link or outside `root`. Throws a WriteError when the disk
 * refuses; returns the changes sorted by path.
 */
export function writeFiles(root: string, files: Iterable<OutputFile>, fs: WriteFileSystem = nodeFileSystem): FileChange[] {
  const staging = startStaging(root, fs);
  try {
    for (const file of files) stageOne(staging, file);
  } catch (error) {
    failStaging(staging, error);
  }
  commitAll(staging);
  return staging.plan.sort(byPath);
}

/**
 * `writeFiles`, letting the event loop run between files (`interruptionPoints`) and once more before the renames, so
 * that SIGINT or SIGTERM (`signal`) stops the run before anything is replaced, its temporary files removed (throws
 * `Interrupted`). Renaming is not interrupted: a generation stopped halfway through it would match neither the old
 * table nor the new.
 */
export async function writeFilesInterruptibly(root: string, files: Iterable<OutputFile> | AsyncIterable<OutputFile>, fs: WriteFileSystem, signal?: AbortSignal): Promise<FileChange[]> {
  const staging = startStaging(root, fs);
  const betweenFiles = interruptionPoints(signal);
  try {
    for await (const file of files) {
      stageOne(staging, file);
      await betweenFiles();
    }
    await interruptionPoint(signal);
  } catch (error) {
    failStaging(staging, error);
  }
  commitAll(staging);
  return staging.plan.sort(byPath);
}

/** Stale generated files, as changes: what `removeFiles` would do. */
export function planRemovals(paths: readonly string[], kind: 'delete' | 'leftover' = 'delete'): FileChange[] {
  return paths.map((path) => ({ path, kind }));
}

/**
 * Deletes stale generated files (after the new ones are in place) or leftover temporary files, and the folders they
 * leave empty; never through a link. Throws a WriteError naming the first that cannot be deleted.
 */
export function removeFiles(root: string, paths: readonly string[], fs: WriteFileSystem = nodeFileSystem, kind: 'delete' | 'leftover' = 'delete'): FileChange[] {
  const destination = destinationAt(root, fs);
  paths.forEach((path, index) => {
    try {
      checkInside(destination, dirname(path));
      fs.remove(join(root, path));
    } catch (cause) {
      const problems = cause instanceof WriteError ? cause.problems : [{ file: shownPath(join(root, path)), message: `cannot be deleted (${reasonOf(cause)})`, hint: 'Delete it by hand, or fix the permissions and run generate again' }];
      throw new WriteError(problems, `Every generated file was written; ${index} of ${paths.length} files to delete were deleted`, { cause });
    }
    removeEmptyFolders(destination, dirname(join(root, path)));
  });
  return planRemovals(paths, kind);
}
