import { accessSync, closeSync, constants, fchmodSync, lstatSync, mkdirSync, openSync, readFileSync, readlinkSync, realpathSync, renameSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { reasonOf } from './output-error';

/** What is at a path, without following a symbolic link there. */
export type Entry =
  | { kind: 'missing' }
  | { kind: 'file'; mode: number }
  | { kind: 'directory'; writable: boolean }
  | { kind: 'symlink'; target: string }
  | { kind: 'other' }
  /** The path could not be inspected: `code` is the errno name (EACCES, ENAMETOOLONG, ENOTDIR...). */
  | { kind: 'error'; code: string; message: string };

/**
 * Every file-system call the write stage makes. A test replaces one to make it fail (we run as root here, where
 * `chmod 000` stops nothing, so a permission error is simulated by a fake that throws EACCES).
 */
export interface WriteFileSystem {
  entryAt(path: string): Entry;
  /** The path with every symbolic link resolved, or undefined when it does not exist. */
  realPath(path: string): string | undefined;
  /** The bytes of a regular file, never through a link; undefined when nothing is there. */
  readBytes(path: string): Uint8Array | undefined;
  /** `mkdir -p`; returns the first folder it created, if any. */
  makeDirectory(path: string): string | undefined;
  /**
   * Creates a file that must not exist yet (O_EXCL, O_NOFOLLOW: a planted file or link makes it fail) and writes it,
   * with `mode` when given. Not flushed with fsync: the rename after it is what makes a replacement atomic for every
   * reader and against the process dying; a power cut can at worst lose output that `generate` rebuilds and `check`
   * detects, and 25 fsyncs cost more than the whole run on a small table.
   */
  createExclusive(path: string, contents: Uint8Array, mode?: number): void;
  rename(from: string, to: string): void;
  /** Unlinks a file or link (never what a link points to); nothing there is fine. */
  remove(path: string): void;
  /** Removes a folder only when it is empty; returns whether it did. */
  removeEmptyDirectory(path: string): boolean;
}

const noFollow = constants.O_NOFOLLOW ?? 0;

export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

function isWritableDirectory(path: string): boolean {
  try {
    accessSync(path, constants.W_OK | constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A folder's entry: whether it is writable is asked of the system when first read (preflight reads it, the writer does not). */
function directoryEntry(path: string): Entry {
  let writable: boolean | undefined;
  return {
    kind: 'directory',
    get writable() {
      return (writable ??= isWritableDirectory(path));
    },
  };
}

function entryAt(path: string): Entry {
  try {
    // Nothing there is the common case (a new file): without throwing, which costs more than the call itself.
    const stats = lstatSync(path, { throwIfNoEntry: false });
    if (stats === undefined) return { kind: 'missing' };
    if (stats.isFile()) return { kind: 'file', mode: stats.mode & 0o7777 };
    if (stats.isDirectory()) return directoryEntry(path);
    if (stats.isSymbolicLink()) return { kind: 'symlink', target: readlinkSync(path) };
    return { kind: 'other' };
  } catch (error) {
    const code = errorCode(error) ?? 'EIO';
    return code === 'ENOENT' ? { kind: 'missing' } : { kind: 'error', code, message: reasonOf(error) };
  }
}

function readBytes(path: string): Uint8Array | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | noFollow);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

function createExclusive(path: string, contents: Uint8Array, mode?: number): void {
  const descriptor = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | noFollow, 0o666);
  try {
    // The mode given to open is reduced by the umask; the replaced file's mode is kept exactly.
    if (mode !== undefined) fchmodSync(descriptor, mode);
    writeFileSync(descriptor, contents);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * `mkdir -p`, one folder at a time from the deepest that exists: Node's own (`recursive: true`) loops for ever
 * where a parent exists but refuses children with ENOENT (`/proc/x`), so a mistyped --out would hang the run.
 * Returns the first folder it created, as Node's does.
 */
function makeDirectory(path: string): string | undefined {
  const missing: string[] = [];
  let folder = resolve(path);
  for (; lstatSync(folder, { throwIfNoEntry: false }) === undefined && dirname(folder) !== folder; folder = dirname(folder)) missing.unshift(folder);
  // A file in the way fails with EEXIST, as with Node's own; a link to a folder is the writer's to refuse.
  if (missing.length === 0 && !statSync(folder).isDirectory()) mkdirSync(folder);
  let first: string | undefined;
  for (const each of missing) {
    try {
      mkdirSync(each);
      first ??= each;
    } catch (error) {
      // Another run made it first: that run's folder, which this run must not count as its own, nor remove.
      if (errorCode(error) !== 'EEXIST' || !statSync(each).isDirectory()) throw error;
    }
  }
  return first;
}

export const nodeFileSystem: WriteFileSystem = {
  entryAt,
  realPath: (path) => {
    try {
      return realpathSync.native(path);
    } catch {
      return undefined;
    }
  },
  readBytes,
  makeDirectory,
  createExclusive,
  rename: renameSync,
  remove: (path) => {
    try {
      unlinkSync(path);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error;
    }
  },
  removeEmptyDirectory: (path) => {
    try {
      rmdirSync(path);
      return true;
    } catch {
      return false;
    }
  },
};
