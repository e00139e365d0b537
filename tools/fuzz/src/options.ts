import { randomInt } from 'node:crypto';
import { execFileSync } from 'node:child_process';

export const languages = ['typescript', 'go', 'kotlin', 'swift'] as const;
export type Language = (typeof languages)[number];

export interface Options {
  /** Seed of this run; every case is replayable from it. */
  seed: number;
  /** Whether the seed came from ERRTABLE_FUZZ_SEED / --seed (a replay) or was chosen for this run. */
  seedGiven: boolean;
  /** How the seed was chosen, for the first line of the output. */
  seedOrigin: string;
  /** Cases through validation and rendering. */
  runs: number;
  /** Accepted tables compiled by every language (the first ones, in case order). */
  compile: number;
  languages: Language[];
  /** Only this case (its index in the run): replays it, through the compilers too if the validator accepts it. */
  only: number | null;
  /** How long shrinking a failure through a compiler may take. */
  shrinkSeconds: number;
  /** Keep the work directory, for a look at the generated programs. */
  keep: boolean;
}

export const usage = `usage: node tools/fuzz/dist/cli.js [--seed N] [--runs N] [--compile N] [--languages a,b] [--only I] [--shrink-seconds S] [--keep]
  env: ERRTABLE_FUZZ_SEED, ERRTABLE_FUZZ_RUNS, ERRTABLE_FUZZ_COMPILE, ERRTABLE_FUZZ_LANGUAGES, ERRTABLE_FUZZ_ONLY,
       ERRTABLE_FUZZ_SHRINK_SECONDS, ERRTABLE_FUZZ_KEEP=1
  defaults: a new seed per run, --runs 1000, --compile 210, every language, --shrink-seconds 180`;

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not ${JSON.stringify(text)}\n${usage}`);
  return value;
}

export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--keep') flags.set('keep', '1');
    else if (arg.startsWith('--') && index + 1 < argv.length) flags.set(arg.slice(2), argv[++index]!);
    else throw new Error(`unknown argument ${JSON.stringify(arg)}\n${usage}`);
  }
  const value = (flag: string, variable: string) => flags.get(flag) ?? env[variable];
  const seedText = value('seed', 'ERRTABLE_FUZZ_SEED');
  const seedGiven = seedText !== undefined && seedText !== '';
  const chosen = (value('languages', 'ERRTABLE_FUZZ_LANGUAGES') ?? languages.join(',')).split(',').filter((id) => id !== '');
  const unknown = chosen.filter((id) => !(languages as readonly string[]).includes(id));
  if (unknown.length > 0) throw new Error(`unknown language ${unknown.join(', ')}; choose from ${languages.join(', ')}`);
  const onlyText = value('only', 'ERRTABLE_FUZZ_ONLY');
  const { seed, seedOrigin } = seedGiven ? { seed: integer('seed', seedText, 0) | 0, seedOrigin: 'given' } : chooseSeed(env);
  return {
    seed,
    seedGiven,
    seedOrigin,
    runs: integer('runs', value('runs', 'ERRTABLE_FUZZ_RUNS'), 1000),
    compile: integer('compile', value('compile', 'ERRTABLE_FUZZ_COMPILE'), 210),
    languages: chosen as Language[],
    only: onlyText === undefined || onlyText === '' ? null : integer('only', onlyText, 0),
    shrinkSeconds: integer('shrink-seconds', value('shrink-seconds', 'ERRTABLE_FUZZ_SHRINK_SECONDS'), 180),
    keep: flags.has('keep') || env.ERRTABLE_FUZZ_KEEP === '1',
  };
}

/**
 * Under CI the seed comes from the commit being tested, so a CI run is reproducible from its commit alone and a
 * submission cannot pass or fail by luck; elsewhere every run draws a new seed, so local runs keep exploring.
 */
function chooseSeed(env: NodeJS.ProcessEnv): { seed: number; seedOrigin: string } {
  if (env.CI === 'true' || env.CI === '1') {
    const commit = commitHash();
    if (commit !== undefined) return { seed: Number.parseInt(commit.slice(0, 8), 16) & 0x7fffffff, seedOrigin: `from commit ${commit.slice(0, 12)}, as CI is set` };
  }
  return { seed: randomInt(2 ** 31 - 1), seedOrigin: 'drawn for this run' };
}

function commitHash(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
