import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../run-cli';
import { lockFileName, lockOutput } from '../write/output-lock';
import { removeScratchFolders, runCliProcess, scratchFolder, snapshot, staleBundleReason, startCli, temporaryFilesUnder, writeTable, writing } from './harness';

afterAll(removeScratchFolders);

describe('two runs on one output folder', () => {
  beforeAll(() => {
    const stale = staleBundleReason();
    if (stale) throw new Error(stale);
  });

  it.each([
    ['started together', false, [1000, 1000]],
    ['a small one started while a large one writes', true, [8000, 10]],
  ])('with two tables (%s): the folder ends up matching exactly one table; each run exits 0, or 2 naming the other', async (_case, staggered, [sizeA, sizeB]) => {
    const base = scratchFolder('errtable-concurrent-');
    const out = join(base, 'out');
    // Two tables of one id (in two folders, each rendered on its own): both runs write the same paths.
    const tables = [writeTable(base, sizeA!, 1), writeTable(base, sizeB!, 2)];
    const first = startCli(['generate', '--table', tables[0]!, '--out', out]);
    if (staggered) await writing(first, out);
    const second = startCli(['generate', '--table', tables[1]!, '--out', out]);
    const results = await Promise.all([first.finished, second.finished]);
    for (const result of results) {
      expect([0, 2], result.stderr).toContain(result.code);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      if (result.code === 2) expect(result.stderr).toMatch(/^error: .*\.errtable-codegen\.lock: another run of the generator \(process \d+ on .*\) is writing to .*out; waited \d+\.\d s\./m);
    }
    expect(results.some((result) => result.code === 0)).toBe(true);
    const checks = await Promise.all(tables.map((table) => runCliProcess(['check', '--table', table, '--out', out])));
    expect(checks.map((check) => check.code).sort()).toEqual([0, 1]);
    expect(temporaryFilesUnder(out)).toEqual([]);
    expect(existsSync(join(out, lockFileName))).toBe(false);
  }, 30_000);

  it('a run that cannot get the lock in time exits 2 with one line naming the holder, and writes nothing', async () => {
    const out = scratchFolder('errtable-concurrent-');
    const before = snapshot(out);
    const held = await lockOutput(out);
    const err: string[] = [];
    const code = await runCli(['generate', '--out', out], { out: () => undefined, err: (text) => err.push(text) }, { lockWaitMs: 200 });
    held.release();
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/^waiting for process \d+, which is writing to /), expect.stringMatching(new RegExp(`^error: .*${lockFileName}: another run of the generator \\(process ${process.pid} on .*\\) is writing to .*; waited 0\\.\\d s\\. Run again once it has finished; if no such process exists, delete .*${lockFileName}\\. Nothing was written\\.$`))]);
    expect(snapshot(out)).toEqual(before);
  });
});
