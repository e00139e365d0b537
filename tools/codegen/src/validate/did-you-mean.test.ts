import { describe, expect, it } from 'vitest';
import { closestMatch, closestMatcher, editDistance } from './did-you-mean';

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

  it('searches one list for many words, and suggests each candidate as written', () => {
    const closest = closestMatcher(['INVALID_TOKEN', 'TOKEN_EXPIRED', 'QUOTA_EXCEEDED', 'Quota_Exceeded_2']);
    const suggestions = ['INVALID_TOKN', 'TOKEN_EXPIRD', 'quota_exceeded_3', 'NOTHING_LIKE_IT', 'QUOTA', 'INVALID_TOKN'].map(closest);
    expect(suggestions).toEqual(['INVALID_TOKEN', 'TOKEN_EXPIRED', 'Quota_Exceeded_2', undefined, undefined, 'INVALID_TOKEN']);
  });
});
