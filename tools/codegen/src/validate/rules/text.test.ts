import { describe, expect, it } from 'vitest';
import type { RuleInput } from '../rule-input';
import { noControlCharacters } from './text';

function inputWith(texts: readonly string[]): RuleInput {
  return { table: {}, rows: [], strings: texts.map((text, index) => ({ pointer: `/s/${index}`, text })), lineOf: () => 1 };
}

describe('noControlCharacters', () => {
  it('flags exactly the controls but the line feed, and the line and paragraph separators, of every UTF-16 code unit', () => {
    const units = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit));
    const flagged = noControlCharacters(inputWith(units)).map(({ pointer }) => units[Number(pointer.slice('/s/'.length))]);
    expect(flagged).toEqual(units.filter((unit) => /(?!\n)[\p{Cc}\u2028\u2029]/u.test(unit)));
  });

  it('names the first one in a string', () => {
    expect(noControlCharacters(inputWith(['a\nb\tc\rd']))).toMatchObject([{ message: 'contains a tab (U+0009)' }]);
  });
});
