import type { TargetId } from '@errtable/codegen/dist/targets/coordinates';
import { targets } from '@errtable/codegen/dist/targets/registry';
import { randomInt } from 'node:crypto';

/** A language the generator knows: the id of a target in the registry. */
export type Language = TargetId;

/** Every language of the registry, in its order: the fuzzer's one list of languages, from which every other derives. */
export const languages: readonly Language[] = targets.map((target) => target.id);

/**
 * The seed of every run that is not exploring: `npm test` (the Nx target `@errtable/fuzz:test`) on every machine,
 * with or without `CI`. A constant rather than one derived from the commit: with a commit-derived seed every commit
 * is a new draw, so a commit that touches nothing the fuzzer exercises can turn the tests red by luck, and a
 * newcomer's first `npm test` fails on a bug nobody introduced. With a constant, the fuzzer's verdict changes only
 * when the generator or the fuzzer changes. New seeds are `npm run fuzz`'s job.
 */
export const testSeed = 24301;

export const defaults = { runs: 1000, compile: 210, shrinkSeconds: 180 } as const;

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

export const usage = `usage: node tools/fuzz/dist/cli.js [--explore] [--seed N] [--runs N] [--compile N] [--languages a,b] [--only I] [--shrink-seconds S] [--keep]
  env: ERRTABLE_FUZZ_SEED, ERRTABLE_FUZZ_RUNS, ERRTABLE_FUZZ_COMPILE, ERRTABLE_FUZZ_LANGUAGES, ERRTABLE_FUZZ_ONLY,
       ERRTABLE_FUZZ_SHRINK_SECONDS, ERRTABLE_FUZZ_KEEP=1
  seed: ERRTABLE_FUZZ_SEED / --seed when given; else a new one with --explore (npm run fuzz), else ${testSeed} (npm test)
  defaults: --runs ${defaults.runs}, --compile ${defaults.compile}, every language (${languages.join(',')}), --shrink-seconds ${defaults.shrinkSeconds}`;

function integer(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not ${JSON.stringify(text)}\n${usage}`);
  return value;
}

/** A seed for an exploring run: any non-negative int32. */
export const drawSeed = (): number => randomInt(2 ** 31 - 1);

/**
 * Reads the command line and the environment. The seed is the one given (`--seed`, `ERRTABLE_FUZZ_SEED`), else one
 * from `draw` when `--explore` is on the command line (`npm run fuzz`), else `testSeed` (`npm test`); `CI` plays no part.
 */
export function parseOptions(argv: readonly string[], env: NodeJS.ProcessEnv, draw: () => number = drawSeed): Options {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === '--keep' || arg === '--explore') flags.set(arg.slice(2), '1');
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
  const { seed, seedOrigin } = seedGiven
    ? { seed: integer('seed', seedText, 0) | 0, seedOrigin: 'given' }
    : flags.has('explore')
      ? { seed: draw(), seedOrigin: 'drawn for this run' }
      : { seed: testSeed, seedOrigin: 'the fixed seed of npm test' };
  return {
    seed,
    seedGiven,
    seedOrigin,
    runs: integer('runs', value('runs', 'ERRTABLE_FUZZ_RUNS'), defaults.runs),
    compile: integer('compile', value('compile', 'ERRTABLE_FUZZ_COMPILE'), defaults.compile),
    languages: chosen as Language[],
    only: onlyText === undefined || onlyText === '' ? null : integer('only', onlyText, 0),
    shrinkSeconds: integer('shrink-seconds', value('shrink-seconds', 'ERRTABLE_FUZZ_SHRINK_SECONDS'), defaults.shrinkSeconds),
    keep: flags.has('keep') || env.ERRTABLE_FUZZ_KEEP === '1',
  };
}

/**
 * The command that replays this run, or only case `index` of it, from the repository's root: the seed, and every
 * setting that changes which tables are made and compiled when it differs from the default. For example
 * `ERRTABLE_FUZZ_SEED=24301 ERRTABLE_FUZZ_ONLY=17 npm run fuzz`.
 */
export function replayCommand(options: Options, index?: number): string {
  const settings = [`ERRTABLE_FUZZ_SEED=${options.seed}`];
  if (index !== undefined) settings.push(`ERRTABLE_FUZZ_ONLY=${index}`);
  else if (options.only !== null) settings.push(`ERRTABLE_FUZZ_ONLY=${options.only}`);
  else if (options.runs !== defaults.runs) settings.push(`ERRTABLE_FUZZ_RUNS=${options.runs}`);
  if (options.compile !== defaults.compile) settings.push(`ERRTABLE_FUZZ_COMPILE=${options.compile}`);
  if (options.languages.join(',') !== languages.join(',')) settings.push(`ERRTABLE_FUZZ_LANGUAGES=${options.languages.join(',')}`);
  return `${settings.join(' ')} npm run fuzz`;
}
