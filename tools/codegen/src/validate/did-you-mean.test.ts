import { describe, expect, it } from 'vitest';
import { closestMatch, closestMatcher, defaultCellBudget, editDistance } from './did-you-mean';

const words = ['', 'a', 'ab', 'ba', 'kitten', 'sitting', 'INVALID_TOKEN', 'INVALID_TOKENS', 'TOKEN_INVALID', 'VALID_TOKEN', 'xyz'];

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(2);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('with a bound, is exact within it and above it otherwise', () => {
    for (const a of words) {
      for (const b of words) {
        const exact = editDistance(a, b);
        for (let bound = -1; bound <= 6; bound += 1) {
          const bounded = editDistance(a, b, bound);
          if (exact <= bound) expect(bounded, `${a} ${b} ${bound}`).toBe(exact);
          else expect(bounded, `${a} ${b} ${bound}`).toBeGreaterThan(bound);
        }
      }
    }
  });
});

describe('closestMatch', () => {
  it('suggests the nearest candidate within a third of the word, ignoring case; of equally near ones the first', () => {
    expect(closestMatch('INVALID_TOKNE', ['VALID_TOKEN', 'INVALID_TOKEN', 'INVALID_TOKENS'])).toBe('INVALID_TOKEN');
    expect(closestMatch('invalid_token', ['INVALID_TOKENS', 'INVALID_TOKEN'])).toBe('INVALID_TOKEN');
    expect(closestMatch('AB_C', ['AB_D', 'AB_E'])).toBe('AB_D');
    expect(closestMatch('TOKEN', ['INVALID_TOKEN'])).toBeUndefined();
  });

  it('compares a very long word with nothing when no candidate is within a third of its length', () => {
    const closest = closestMatcher(['TITLE', 'SOURCE']);
    expect(closest('x'.repeat(1_000_000))).toBeUndefined();
    expect(closest.cells).toBe(0);
  });

  it('searches one list for many words, and suggests each candidate as written', () => {
    const closest = closestMatcher(['INVALID_TOKEN', 'TOKEN_EXPIRED', 'QUOTA_EXCEEDED', 'Quota_Exceeded_2']);
    const suggestions = ['INVALID_TOKN', 'TOKEN_EXPIRD', 'quota_exceeded_3', 'NOTHING_LIKE_IT', 'QUOTA', 'INVALID_TOKN'].map(closest);
    expect(suggestions).toEqual(['INVALID_TOKEN', 'TOKEN_EXPIRED', 'Quota_Exceeded_2', undefined, undefined, 'INVALID_TOKEN']);
  });
});

describe('the cost of suggestions, counted in cells of the edit-distance table (not timed, so it cannot flake)', () => {
  const subjects = ['TOKEN', 'DEVICE', 'ACCOUNT', 'MESSAGE', 'CERTIFICATE', 'SIGNATURE', 'TIMESTAMP', 'CHANNEL', 'TOPIC', 'PAYLOAD'];
  const problems = ['INVALID', 'EXPIRED', 'MISSING', 'TOO_LONG', 'NOT_FOUND', 'REVOKED', 'TIMEOUT', 'MALFORMED'];
  const namesOf = (count: number) => Array.from({ length: count }, (_, index) => `${subjects[index % 10]}_${problems[Math.floor(index / 10) % 8]}_${index}`);
  /** Two letters of the name swapped: edit distance 2. */
  const misspell = (name: string) => `${name.slice(0, 2)}${name[3]}${name[2]}${name.slice(4)}`;

  it('grows linearly with the candidates for one word: a length index, and a band of the table per comparison', () => {
    const cellsFor = (count: number) => {
      const names = namesOf(count);
      const closest = closestMatcher(names, Infinity);
      expect(closest(misspell(names[count - 1]!))).toBe(names[count - 1]);
      return closest.cells;
    };
    const [small, large] = [cellsFor(10_000), cellsFor(40_000)];
    expect(large / small).toBeGreaterThan(2);
    expect(large / small).toBeLessThan(6);
  });

  it('is bounded in all: 2,000 misspelt replacements among 100,000 codes spend the budget, then get no suggestion', () => {
    const names = namesOf(100_000);
    const closest = closestMatcher(names);
    const words = Array.from({ length: 2_000 }, (_, index) => misspell(names[(index * 7919) % names.length]!));
    const suggestions = words.map(closest);
    expect(closest.cells).toBeLessThanOrEqual(defaultCellBudget + 10_000);
    expect(suggestions[0]).toBe(names[0]);
    expect(suggestions.at(-1)).toBeUndefined();
    // Suggestions stop for good once the budget is spent: no later word costs anything.
    const spent = closest.cells;
    closest(words[1]!);
    expect(closest.cells).toBe(spent);
  });

  it('leaves every suggestion to a table of ordinary size: 2,000 misspelt replacements among 1,000 codes', () => {
    const names = namesOf(1_000);
    const closest = closestMatcher(names);
    const words = Array.from({ length: 2_000 }, (_, index) => names[index % names.length]!);
    expect(words.map((name) => closest(misspell(name)))).toEqual(words);
    expect(closest.cells).toBeLessThan(defaultCellBudget);
  });
});
