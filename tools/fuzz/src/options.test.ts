import { describe, expect, it } from 'vitest';
import { defaults, type Options, parseOptions, replayCommand, testSeed } from './options';

const drawn = () => 777_777;
const neverDrawn = () => {
  throw new Error('a fresh seed was drawn');
};

describe('the seed', () => {
  it('is the fixed test seed without --explore, whatever CI says', () => {
    for (const env of [{}, { CI: 'true' }, { CI: '1' }, { CI: 'false' }]) {
      const options = parseOptions([], env, neverDrawn);
      expect(options.seed, JSON.stringify(env)).toBe(testSeed);
      expect(options.seedGiven).toBe(false);
    }
  });

  it('is drawn afresh with --explore (npm run fuzz), with or without CI', () => {
    expect(parseOptions(['--explore'], {}, drawn).seed).toBe(777_777);
    expect(parseOptions(['--explore'], { CI: 'true' }, drawn).seed).toBe(777_777);
    expect(parseOptions(['--explore'], {}).seedOrigin).toBe('drawn for this run');
  });

  it('is the one given in ERRTABLE_FUZZ_SEED or --seed, in either mode', () => {
    for (const argv of [[], ['--explore']]) {
      expect(parseOptions(argv, { ERRTABLE_FUZZ_SEED: '123456', CI: 'true' }, neverDrawn)).toMatchObject({ seed: 123456, seedGiven: true });
      expect(parseOptions([...argv, '--seed', '42'], { ERRTABLE_FUZZ_SEED: '123456' }, neverDrawn).seed).toBe(42);
    }
  });
});

/** Runs a replay command as the shell and `npm run fuzz` would: its variables, and --explore on the command line. */
function replay(command: string): Options {
  const match = /^((?:ERRTABLE_FUZZ_[A-Z_]+=\S* )+)npm run fuzz$/.exec(command);
  expect(match, command).not.toBeNull();
  const env = Object.fromEntries(match![1]!.trim().split(' ').map((setting) => setting.split('=') as [string, string]));
  return parseOptions(['--explore'], env, neverDrawn);
}

describe('the replay command', () => {
  it('names npm run fuzz with the seed and the case', () => {
    const options = parseOptions(['--explore'], {}, drawn);
    expect(replayCommand(options, 145)).toBe('ERRTABLE_FUZZ_SEED=777777 ERRTABLE_FUZZ_ONLY=145 npm run fuzz');
    expect(replayCommand(parseOptions([], {}, neverDrawn))).toBe(`ERRTABLE_FUZZ_SEED=${testSeed} npm run fuzz`);
  });

  it('replays the same run, and the same case, with the settings that differ from the defaults', () => {
    for (const [argv, env] of [
      [['--explore'], {}],
      [[], { CI: 'true' }],
      [['--explore', '--runs', '300', '--compile', '50', '--languages', 'go,typescript'], {}],
      [['--explore', '--languages', ''], { ERRTABLE_FUZZ_RUNS: '20' }],
      [[], { ERRTABLE_FUZZ_SEED: '-5', ERRTABLE_FUZZ_ONLY: '9' }],
    ] as const) {
      const options = parseOptions(argv, env, drawn);
      const run = replay(replayCommand(options));
      expect(run, replayCommand(options)).toMatchObject({ seed: options.seed, runs: options.runs, compile: options.compile, languages: options.languages, only: options.only });
      const one = replay(replayCommand(options, 17));
      expect(one).toMatchObject({ seed: options.seed, compile: options.compile, languages: options.languages, only: 17 });
    }
  });

  it('leaves out the settings at their defaults', () => {
    expect(replayCommand(parseOptions(['--runs', String(defaults.runs)], {}, neverDrawn), 3)).toBe(`ERRTABLE_FUZZ_SEED=${testSeed} ERRTABLE_FUZZ_ONLY=3 npm run fuzz`);
  });
});
