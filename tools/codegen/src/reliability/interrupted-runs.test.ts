import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lockFileName } from '../write/output-lock';
import { bundledTableId, type Finished, removeScratchFolders, runCliProcess, scratchFolder, seededRandom, snapshot, staleBundleReason, startCli, temporaryFilesUnder, writeTable, writing } from './harness';


/** Codes per table: enough for a generation to take about a second, long enough to be interrupted while it writes. */
const size = 1500;
const seed = 13;
/** The Go package of the bundled table's id, which `writeTable`'s tables share. */
const goPackage = `packages/${bundledTableId}/go/xgpusherr`;

function scratch(): { base: string; out: string } {
  const base = scratchFolder('errtable-interrupted-');
  return { base, out: join(base, 'out') };
}

async function generated(table: string, out: string): Promise<number> {
  const start = Date.now();
  const result = await runCliProcess(['generate', '--table', table, '--out', out]);
  expect(result.code, result.stderr).toBe(0);
  return Date.now() - start;
}

function expectCleanEnd(result: Finished): void {
  expect(result.stderr).not.toMatch(/^\s+at /m);
}

afterAll(removeScratchFolders);

describe('interrupted runs leave nothing behind', () => {
  beforeAll(() => {
    const stale = staleBundleReason();
    if (stale) throw new Error(stale);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s while writing: temporary files removed, nothing replaced, a message, exit %i', async (signal, exitCode) => {
    const { base, out } = scratch();
    await generated(writeTable(base, size, 1), out);
    const before = snapshot(out);
    const run = startCli(['generate', '--table', writeTable(base, size, 2), '--out', out]);
    expect(await writing(run, out), 'the run ended before writing a temporary file').toBe(true);
    run.child.kill(signal);
    const result = await run.finished;
    expectCleanEnd(result);
    expect(result.code, result.stderr).toBe(exitCode);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe(`error: interrupted by ${signal}; temporary files removed, no output file was replaced.`);
    expect(temporaryFilesUnder(out)).toEqual([]);
    expect(snapshot(out)).toEqual(before);
  }, 15_000);

  it('SIGINT during check: exit 130 before the comparison ends, the lock released', async () => {
    const { base, out } = scratch();
    const table = writeTable(base, size, 1);
    await generated(table, out);
    const run = startCli(['check', '--table', table, '--out', out]);
    while (!existsSync(join(out, lockFileName))) await sleep(2);
    run.child.kill('SIGINT');
    const result = await run.finished;
    expect(result.code, result.stderr).toBe(130);
    expect(result.stderr).toContain('error: interrupted by SIGINT');
    expect(existsSync(join(out, lockFileName))).toBe(false);
  }, 15_000);

  it("a dead run's leftovers and lock: check reports the leftovers (exit 1), generate removes them, check passes", async () => {
    const { base, out } = scratch();
    const table = writeTable(base, 10, 1);
    await generated(table, out);
    const leftovers = [`${goPackage}/.codes.go.errtable-0123456789abcdef.tmp`, '.Package.swift.4242.tmp', `packages/${bundledTableId}/kotlin/.pom.xml.77.tmp`];
    for (const path of leftovers) writeFileSync(join(out, path), Buffer.alloc(160_000, 'x'));
    const handWritten = `${goPackage}/.notes.2024.tmp`;
    writeFileSync(join(out, handWritten), 'not ours: no generated file is named .notes\n');
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(out, lockFileName), `${JSON.stringify({ pid: dead, host: hostname(), started: '2026-01-01T00:00:00.000Z', token: 'dead' })}\n`);
    const check = await runCliProcess(['check', '--table', table, '--out', out]);
    expect(check.code, check.stderr).toBe(1);
    for (const path of leftovers) expect(check.stderr).toContain(`LEFTOVER ${path}\n`);
    expect(check.stderr).toContain('3 temporary file(s) left by an interrupted run would be removed by generate.');
    const generate = await runCliProcess(['generate', '--table', table, '--out', out]);
    expect(generate.code, generate.stderr).toBe(0);
    expect(temporaryFilesUnder(out)).toEqual([handWritten]);
    expect(readFileSync(join(out, handWritten), 'utf8')).toContain('not ours');
    expect(existsSync(join(out, lockFileName))).toBe(false);
    expect((await runCliProcess(['check', '--table', table, '--out', out])).code).toBe(0);
  }, 15_000);

  it(`SIGKILL at seeded random moments while writing (seed ${seed}), then a rerun: no temporary file remains and check passes`, async () => {
    const { base, out } = scratch();
    const tables = [writeTable(base, size, 1), writeTable(base, size, 2)];
    const duration = await generated(tables[0]!, out);
    const random = seededRandom(seed);
    const left: number[] = [];
    for (let round = 0; round < 3; round += 1) {
      const table = tables[(round + 1) % 2]!;
      const run = startCli(['generate', '--table', table, '--out', out]);
      await writing(run, out);
      await sleep(Math.floor(random() * duration * 0.5));
      run.child.kill('SIGKILL');
      await run.finished;
      const leftovers = temporaryFilesUnder(out);
      left.push(leftovers.length);
      if (leftovers.length > 0) {
        const check = await runCliProcess(['check', '--table', table, '--out', out]);
        expect(check.code).toBe(1);
        for (const path of leftovers) expect(check.stderr).toContain(`LEFTOVER ${path}`);
      }
      await generated(table, out);
      expect(temporaryFilesUnder(out), `round ${round}`).toEqual([]);
      expect(existsSync(join(out, lockFileName)), `round ${round}`).toBe(false);
      const check = await runCliProcess(['check', '--table', table, '--out', out]);
      expect(check.code, `round ${round}: ${check.stderr}`).toBe(0);
    }
    console.info(`temporary files left by each SIGKILL: ${left.join(', ')} (one generation: ${duration} ms)`);
  }, 40_000);
});
