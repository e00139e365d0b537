import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Several measurements of one thing: the median is what is compared, min and max show the spread. */
export interface Sample {
  runs: number[];
  median: number;
  min: number;
  max: number;
}

export function sample(runs: readonly number[]): Sample {
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { runs: [...runs], median, min: sorted[0]!, max: sorted.at(-1)! };
}

/** One finished process: wall time in seconds, and for Node processes their peak memory in bytes. */
export interface ProcessRun {
  seconds: number;
  peakRss?: number;
  stdout: string;
  stderr: string;
}

export interface Command {
  label: string;
  file: string;
  args: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Runs before each timed run, untimed (e.g. emptying the output directory). */
  before?: () => void;
}

const peakRssModule = join(__dirname, 'peak-rss.js');

/** A Node command whose peak memory is recorded: node --require peak-rss.js SCRIPT ARGS. */
export function nodeCommand(label: string, script: string, args: readonly string[], extra: Partial<Command> = {}): Command {
  return { label, file: process.execPath, args: ['--require', peakRssModule, script, ...args], ...extra };
}

/** Runs a command to completion and times it; throws with its output when it fails. */
export function runProcess(command: Command, options: SpawnSyncOptions = {}): ProcessRun {
  const rssDir = mkdtempSync(join(tmpdir(), 'bench-rss-'));
  const rssFile = join(rssDir, 'rss');
  command.before?.();
  const start = process.hrtime.bigint();
  const result = spawnSync(command.file, command.args, {
    cwd: command.cwd,
    env: { ...process.env, ...command.env, BENCH_PEAK_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    ...options,
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  let peakRss: number | undefined;
  try {
    peakRss = Math.max(...readFileSync(rssFile, 'utf8').trim().split('\n').map(Number));
  } catch {
    peakRss = undefined;
  }
  rmSync(rssDir, { recursive: true, force: true });
  const stdout = String(result.stdout ?? '');
  const stderr = String(result.stderr ?? '');
  if (result.status !== 0) {
    throw new Error(`${command.label} failed (exit ${result.status ?? result.signal}):\n${stderr.slice(-4000)}${stdout.slice(-2000)}`);
  }
  return { seconds, ...(peakRss === undefined ? {} : { peakRss }), stdout, stderr };
}

/** What is timed as one: a command, or several run one after the other (quicktype runs once per language). */
export interface Contender {
  label: string;
  commands: readonly Command[];
}

export interface Comparison {
  seconds: Record<string, Sample>;
  peakRss: Record<string, number>;
}

/** The items, starting at `by` (modulo their number) and wrapping around: A B C rotated by 1 is B C A. */
export const rotated = <T>(items: readonly T[], by: number): T[] => items.map((_, index) => items[(index + by) % items.length]!);

/**
 * Runs every contender `runs` times, interleaved after one untimed warm-up round, so that a machine that gets busier
 * or quieter affects every contender alike and their ratios hold. Each round starts one contender later (A B, B A,
 * ...), so that none always runs right after another: whatever a contender leaves behind (pages being written back,
 * a warmer or throttled CPU) falls on each in turn. A sample's runs are in round order, for `pairedRatio`.
 */
export function compare(contenders: readonly Contender[], runs: number, log: (line: string) => void): Comparison {
  // Keyed in the order given, whichever runs first in the timed rounds.
  const times: Record<string, number[]> = Object.fromEntries(contenders.map(({ label }) => [label, []]));
  const peakRss: Record<string, number> = {};
  for (let round = 0; round <= runs; round += 1) {
    for (const { label, commands } of rotated(contenders, round)) {
      let seconds = 0;
      for (const command of commands) {
        const run = runProcess(command);
        seconds += run.seconds;
        if (run.peakRss !== undefined) peakRss[label] = Math.max(peakRss[label] ?? 0, run.peakRss);
      }
      if (round === 0) continue;
      times[label]!.push(seconds);
      log(`  ${label}: ${seconds.toFixed(3)} s`);
    }
  }
  return { seconds: Object.fromEntries(Object.entries(times).map(([label, values]) => [label, sample(values)])), peakRss };
}

/**
 * How many times slower `slower` was than `faster`, judged round by round: the median of the ratios of their runs in
 * the same round. The two ran back to back, so each ratio is taken on the machine as it was then; a ratio of the two
 * medians mixes runs from different rounds, and on a machine whose speed drifts by ±20% from minute to minute that
 * moves the ratio by more than the effects being measured.
 */
export function pairedRatio(comparison: Comparison | undefined, slower: string, faster: string): number | undefined {
  const [a, b] = [comparison?.seconds[slower]?.runs, comparison?.seconds[faster]?.runs];
  if (a === undefined || b === undefined || a.length !== b.length) return undefined;
  return sample(a.map((value, round) => value / b[round]!)).median;
}

/** The ratio of the two medians, which `pairedRatio` improves on; reported beside it. */
export function medianRatio(comparison: Comparison | undefined, slower: string, faster: string): number | undefined {
  const [a, b] = [comparison?.seconds[slower], comparison?.seconds[faster]];
  return a === undefined || b === undefined ? undefined : a.median / b.median;
}
