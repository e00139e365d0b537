import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Interrupted, WriteError } from './output-error';
import { lockFileName, lockOutput } from './output-lock';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';

afterAll(removeScratchFolders);

/** The id of a process that has exited: a lock naming it was left by a run that died. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

function lockHeldBy(root: string, pid: number): string {
  const path = join(root, lockFileName);
  writeFileSync(path, `${JSON.stringify({ pid, host: hostname(), started: '2026-01-01T00:00:00.000Z', token: 'theirs' })}\n`);
  return path;
}

describe('the output lock', () => {
  it('is a file created at the root, naming this process, and removed on release', async () => {
    const root = scratchFolder('errtable-lock-');
    const lock = await lockOutput(root);
    expect(JSON.parse(readFileSync(join(root, lockFileName), 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    lock.release();
    expect(existsSync(join(root, lockFileName))).toBe(false);
  });

  it('makes a second run wait, then fail with a message naming the process that holds it', async () => {
    const root = scratchFolder('errtable-lock-');
    const first = await lockOutput(root);
    const waited: string[] = [];
    const start = Date.now();
    const second = lockOutput(root, { waitMs: 300, pollMs: 20, onWait: (message) => waited.push(message) });
    await expect(second).rejects.toThrow(WriteError);
    await expect(second).rejects.toThrow(new RegExp(`another run of the generator \\(process ${process.pid} on .*\\) is writing to .*; waited 0\\.\\d s\\. Run again once it has finished; if no such process exists, delete .*${lockFileName}`));
    expect(Date.now() - start).toBeGreaterThanOrEqual(300);
    expect(waited).toEqual([expect.stringMatching(new RegExp(`^waiting for process ${process.pid}, which is writing to `))]);
    first.release();
  });

  it('is taken by the waiting run as soon as the holder releases it', async () => {
    const root = scratchFolder('errtable-lock-');
    const first = await lockOutput(root);
    setTimeout(() => first.release(), 100);
    const second = await lockOutput(root, { waitMs: 2_000, pollMs: 10 });
    expect(JSON.parse(readFileSync(join(root, lockFileName), 'utf8')).token).not.toBe(undefined);
    second.release();
  });

  it('is taken over at once when the process it names has died', async () => {
    const root = scratchFolder('errtable-lock-');
    lockHeldBy(root, deadPid());
    const lock = await lockOutput(root, { waitMs: 0 });
    expect(JSON.parse(readFileSync(join(root, lockFileName), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('is taken over when it cannot be read and is older than a few seconds (its writer died while creating it)', async () => {
    const root = scratchFolder('errtable-lock-');
    const path = join(root, lockFileName);
    writeFileSync(path, '');
    await expect(lockOutput(root, { waitMs: 0 })).rejects.toThrow(/a process that left no readable id/);
    utimesSync(path, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    (await lockOutput(root, { waitMs: 0 })).release();
  });

  it("is released only by its holder: a run never deletes another run's lock", async () => {
    const root = scratchFolder('errtable-lock-');
    const lock = await lockOutput(root);
    const path = lockHeldBy(root, process.pid);
    lock.release();
    expect(existsSync(path)).toBe(true);
  });

  it('stops waiting on SIGINT (the abort signal), as Interrupted', async () => {
    const root = scratchFolder('errtable-lock-');
    const first = await lockOutput(root);
    const controller = new AbortController();
    setTimeout(() => controller.abort('SIGINT'), 50);
    const error = await lockOutput(root, { waitMs: 10_000, pollMs: 10, signal: controller.signal }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Interrupted);
    expect((error as Interrupted).signal).toBe('SIGINT');
    first.release();
  });
});
