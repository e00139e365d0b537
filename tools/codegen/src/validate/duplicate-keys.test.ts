import { describe, expect, it } from 'vitest';
import { propertiesKept, propertiesWritten, repeatedKeyFindings } from './duplicate-keys';
import { parseWithPositions, positionsIn, type TextPositions } from './locate';

/** True when `text` writes more properties than JSON.parse keeps: some object repeats a key. */
function repeatsAKey(text: string): boolean {
  return propertiesWritten(text) !== propertiesKept(JSON.parse(text));
}

/** Positions whose tree must not be needed. */
function withoutTree(text: string): TextPositions {
  return { ...positionsIn(text), tree: () => expect.fail('the syntax tree was parsed for a text without a repeated key') };
}

describe('telling whether a text repeats a key', () => {
  it('counts each property once, at any depth', () => {
    const text = '{"a": {"b": [1, {"c": null, "d": {}}], "e": []}, "f": [{"g": 1}, {"g": 2}]}';
    expect(propertiesWritten(text)).toBe(8);
    expect(propertiesKept(JSON.parse(text))).toBe(8);
    expect(repeatsAKey(text)).toBe(false);
  });

  it('finds a key repeated at the top, deep inside, and in one object of an array', () => {
    expect(repeatsAKey('{"a": 1, "b": 2, "a": 3}')).toBe(true);
    expect(repeatsAKey('{"a": {"b": {"c": [{"d": 1}, {"d": 2, "e": 3, "d": 4}]}}}')).toBe(true);
    expect(repeatsAKey('[{"x": 1}, {"x": 2}, {"y": 1, "y": 1}]')).toBe(true);
  });

  it('sees that an escaped key is the same key as the plain one', () => {
    expect(repeatsAKey('{"a": 1, "\\u0061": 2}')).toBe(true);
    expect(repeatsAKey('{"a/b": 1, "a\\/b": 2}')).toBe(true);
  });

  it('does not take text inside strings for keys, whatever it holds', () => {
    expect(repeatsAKey('{"a": "\\"a\\": 1, \\"a\\": 2", "b": "{\\"c\\": 1, \\"c\\": 2}"}')).toBe(false);
    expect(repeatsAKey('{"a\\\\": "b: c", "a\\\\\\"": ":", "\\\\": "\\\\\\\\"}')).toBe(false);
    expect(repeatsAKey('{"a\\\\": 1, "a\\\\": 2}')).toBe(true);
  });

  it('is not fooled by the same key in different objects, or a key equal to a value', () => {
    expect(repeatsAKey('{"a": {"a": {"a": "a"}}, "b": [{"a": 1}], "c": {"a": 2}}')).toBe(false);
  });
});

describe('repeatedKeyFindings', () => {
  it('parses no syntax tree for a text that repeats no key', () => {
    const text = '{"codes": [{"name": "A"}, {"name": "B"}], "name": "t"}';
    expect(repeatedKeyFindings(withoutTree(text), JSON.parse(text))).toEqual([]);
  });

  it('reports a key repeated deep inside, located on the lines written', () => {
    const text = '{\n  "codes": [\n    {"name": "A"},\n    {\n      "name": "B",\n      "name": "C"\n    }\n  ]\n}';
    expect(repeatedKeyFindings(positionsIn(text), JSON.parse(text))).toEqual([
      expect.objectContaining({ rule: 'noDuplicateKeys', pointer: '/codes/1/name', message: '"name" is written twice in this object (also on line 5); JSON keeps only the last one' }),
    ]);
  });

  it('reports nothing for a repeat inside a value JSON discards, as the tree-based check always did', () => {
    const text = '{"a": {"b": 1, "b": 2}, "a": {"c": 3}}';
    expect(repeatedKeyFindings(positionsIn(text), JSON.parse(text)).map((finding) => finding.pointer)).toEqual(['/a']);
  });

  it('uses a tree parsed already, for a text that only the positions parser read', () => {
    const text = '{"a": 1, "a": 2}';
    const { root } = parseWithPositions(text);
    expect(repeatedKeyFindings(positionsIn(text, root), { a: 2 })).toHaveLength(1);
  });
});
