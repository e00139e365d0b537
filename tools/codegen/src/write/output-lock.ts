import { closeSync, constants, fstatSync, openSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { errorCode } from './file-system';
import { Interrupted, reasonOf, shownPath, WriteError } from './output-error';
import { randomHex } from './temporary-files';

/** At the output root, created exclusively by the run that writes there, removed when it ends. Git ignores it. */
export const lockFileName = '.errtable-codegen.lock';

export interface LockOptions {
  /** How long to wait for another run to finish before giving up (exit 2). */
  waitMs?: number;
  pollMs?: number;
  /** Stops the wait (SIGINT, SIGTERM): the wait throws `Interrupted`. */
  signal?: AbortSignal;
  /** `check` and dry runs read only: where no lock can be created (a read-only checkout), they go on without one. */
  optional?: boolean;
  /** Told once when the lock is held by another run and the wait begins. */
  onWait?: (message: string) => void;
}

export interface OutputLock {
  release(): void;
}

interface Holder {
  pid: number;
  host: string;
  started: string;
  token: string;
}

type Seen = { raw: string; holder: Holder | undefined; ageMs: number } | 'gone';

/** A lock that cannot be read back is being written (for microseconds); older than this, its writer died first. */
const unreadableLockAgeMs = 5_000;
const noFollow = constants.O_NOFOLLOW ?? 0;

function readLock(path: string): Seen {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | noFollow);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'gone';
    return { raw: '', holder: undefined, ageMs: Number.POSITIVE_INFINITY };
  }
  try {
    const raw = readFileSync(descriptor, 'utf8');
    const ageMs = Date.now() - fstatSync(descriptor).mtimeMs;
    try {
      const holder = JSON.parse(raw) as Holder;
      return { raw, holder: Number.isInteger(holder.pid) ? holder : undefined, ageMs };
    } catch {
      return { raw, holder: undefined, ageMs };
    }
  } finally {
    closeSync(descriptor);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM';
  }
}

/** A lock whose process is gone (on this machine: another host's process ids cannot be checked, so those stand). */
function isStale(seen: Exclude<Seen, 'gone'>): boolean {
  if (seen.holder === undefined) return seen.ageMs > unreadableLockAgeMs;
  return seen.holder.host === hostname() && !isAlive(seen.holder.pid);
}

function unlinkIfThere(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error;
  }
}

function createExclusive(path: string, text: string): boolean {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    throw error;
  }
  try {
    writeFileSync(descriptor, text);
  } finally {
    closeSync(descriptor);
  }
  return true;
}

/**
 * Deletes a stale lock, unless another run replaced it meanwhile: two runs that both found it stale would otherwise
 * both delete it, the second deleting the first's new lock. So breaking takes a guard file, created exclusively.
 */
function breakStale(path: string, stale: string): void {
  const guard = `${path}.break`;
  if (!createExclusive(guard, `${process.pid}\n`)) {
    const held = readLock(guard);
    if (held !== 'gone' && held.ageMs > unreadableLockAgeMs) unlinkIfThere(guard);
    return;
  }
  try {
    const now = readLock(path);
    if (now !== 'gone' && now.raw === stale) unlinkIfThere(path);
  } finally {
    unlinkIfThere(guard);
  }
}

/** Takes the lock, or returns what holds it. */
function tryLock(path: string, mine: Holder): Exclude<Seen, 'gone'> | undefined {
  for (let attempt = 0; ; attempt += 1) {
    if (createExclusive(path, `${JSON.stringify(mine)}\n`)) return undefined;
    const seen = readLock(path);
    if (seen !== 'gone' && (!isStale(seen) || attempt >= 3)) return seen;
    if (seen !== 'gone') breakStale(path, seen.raw);
  }
}

function busyError(path: string, root: string, seen: Exclude<Seen, 'gone'>, waitedMs: number): WriteError {
  const who = seen.holder ? `process ${seen.holder.pid} on ${seen.holder.host}, started ${seen.holder.started}` : 'a process that left no readable id';
  return new WriteError([
    {
      file: shownPath(path),
      message: `another run of the generator (${who}) is writing to ${shownPath(root)}; waited ${(waitedMs / 1000).toFixed(1)} s`,
      hint: `Run again once it has finished; if no such process exists, delete ${shownPath(path)}`,
    },
  ]);
}

function released(path: string, token: string): OutputLock {
  return {
    release() {
      const seen = readLock(path);
      if (seen !== 'gone' && seen.holder?.token === token) unlinkIfThere(path);
    },
  };
}

/**
 * One run at a time per output root: the lock file is created exclusively and names its process; a lock whose
 * process has died (killed, crashed) is taken over. Another live run is waited for, then an error names it.
 */
export async function lockOutput(root: string, options: LockOptions = {}): Promise<OutputLock> {
  const { waitMs = 5_000, pollMs = 50, signal, optional = false, onWait } = options;
  const path = join(root, lockFileName);
  const mine: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), token: randomHex(8) };
  const start = Date.now();
  for (let waiting = false; ; waiting = true) {
    let seen: Exclude<Seen, 'gone'> | undefined;
    try {
      seen = tryLock(path, mine);
    } catch (error) {
      if (optional && ['EACCES', 'EPERM', 'EROFS', 'ENOENT'].includes(errorCode(error) ?? '')) return { release() {} };
      const hint = 'Make the output folder writable, or pass another --out';
      throw new WriteError([{ file: shownPath(path), message: `the lock file cannot be created (${reasonOf(error)})`, hint }], undefined, { cause: error });
    }
    if (seen === undefined) return released(path, mine.token);
    if (Date.now() - start >= waitMs) throw busyError(path, root, seen, Date.now() - start);
    if (!waiting) onWait?.(`waiting for ${seen.holder ? `process ${seen.holder.pid}` : 'another run'}, which is writing to ${shownPath(root)}...`);
    await sleep(pollMs, undefined, { signal }).catch(() => {
      throw new Interrupted(String(signal?.reason));
    });
  }
}
