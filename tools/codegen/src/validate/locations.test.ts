import { getLocation } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { locationsAt } from './locations';

/** Tables as written and as broken: every construct the visitor reports, and the errors it recovers from. */
const texts = [
  '{\n  "a": 1,\n  "b": [true, null, "x", {"c": [], "d": {}}],\n  "e": {"f": -2.5e3}\n}',
  '[1, [2, [3, {"a": [4, 5]}]], {"b": "c"}]',
  '{"a": 1,}',
  '{"a": [1, 2,], "b"}',
  "{'a': 1, \"b\": 'c'}",
  '{"a" 1, "b": : 2, , "c": 3}',
  '{"a": 1 "b": 2} {"c": 3}',
  '{"a": // note\n 1, /* more */ "b": 2}',
  '{"a": "unclosed, "b": 2}',
  '{"a": [1, 2}',
  '1, 2, 3',
  '',
  '  ',
  '{"a": tru, "b": 01, "c": .5}',
];

describe('locationsAt', () => {
  it.each(texts)('gives at every offset of %j the path and key position getLocation gives', (text) => {
    const offsets = Array.from({ length: text.length + 2 }, (_, offset) => offset);
    const locations = locationsAt(text, offsets);
    for (const offset of offsets) {
      const { path, isAtPropertyKey } = getLocation(text, offset);
      expect(locations[offset], `offset ${offset}`).toEqual({ path: [...path], isAtPropertyKey });
    }
  });

  it('answers offsets in any order, repeated ones included', () => {
    const text = texts[0]!;
    const offsets = [40, 3, 40, 0, text.length, 17];
    expect(locationsAt(text, offsets)).toEqual(offsets.map((offset) => ({ path: [...getLocation(text, offset).path], isAtPropertyKey: getLocation(text, offset).isAtPropertyKey })));
  });
});
