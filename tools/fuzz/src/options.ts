import { randomInt } from 'node:crypto';

export const languages = ['typescript', 'go', 'kotlin', 'swift'] as const;
export type Language = (typeof languages)[number];

export interface Options {
  /** Seed of this run; every case is replayable from it. */
  seed: number;
  /** Whether the seed came from ERRTABLE_FUZZ_SEED / --seed (a replay) or was drawn for this run. */
  seedGiven: boolean;
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
  return {
    seed: seedGiven ? integer('seed', seedText, 0) | 0 : randomInt(2 ** 31 - 1),
    seedGiven,
    runs: integer('runs', value('runs', 'ERRTABLE_FUZZ_RUNS'), 1000),
    compile: integer('compile', value('compile', 'ERRTABLE_FUZZ_COMPILE'), 210),
    languages: chosen as Language[],
    only: onlyText === undefined || onlyText === '' ? null : integer('only', onlyText, 0),
    shrinkSeconds: integer('shrink-seconds', value('shrink-seconds', 'ERRTABLE_FUZZ_SHRINK_SECONDS'), 180),
    keep: flags.has('keep') || env.ERRTABLE_FUZZ_KEEP === '1',
  };
}
