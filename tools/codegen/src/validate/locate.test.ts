import { getNodeValue } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { parseWithPositions, positionsIn } from './locate';

/** Texts at the edges of JSON: what a hand-edited table or the fuzzer may hold. */
const edges = [
  '{}', '[]', '1', '"x"', 'null', 'true', '', '   ', '{"a": 1}{}', '{"a": 1} x', '[[[[[]]]]]',
  '{"a": 1,}', '[1,,2]', '{,}', '{"a" 1}', '{"a": 1 "b": 2}', '{"a": 1 // note\n}', '{"a": /* note */ 1}', "{'a': 1}",
  '\uFEFF{}', '\v{}', '\f{}', '\u00A0{}', ' \t\r\n{} \r\n',
  '{"a": "\u2028\u2029"}', '{"a": "\x7F\u0085"}', '{"a": "\t"}', '{"a": "\n"}', '{"a": "\\ud800"}', '{"a": "\\u12"}', '{"a": "\\x41"}',
  '{"a": "\\/\\b\\f\\n\\r\\t\\"\\\\"}', '{"a": "b\\"}', '{"a": "b', '{"\\u0061": 1, "a": 2}', '{"__proto__": {"x": 1}}',
  '1.', '.5', '01', '-', '-0', '1e', '1E+5', '1e-5', '+1', '0x10', 'NaN', 'Infinity', '1e400', '12345678901234567890', '-1.5e-3',
  '{"a": tru}', '{"a": True}', '{"a": nul}', '{"a": truex}', '{"a": NULL}',
];

function parsesWithJsonParse(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('the positions parser and JSON.parse', () => {
  // Validation reads a table with JSON.parse and runs the positions parser only on what JSON.parse refuses.
  it.each(edges)('agree on whether %j is JSON, and on its value', (text) => {
    const { root, syntaxErrors } = parseWithPositions(text);
    expect(root !== undefined && syntaxErrors.length === 0).toBe(parsesWithJsonParse(text));
    if (root !== undefined && syntaxErrors.length === 0) expect(getNodeValue(root)).toEqual(JSON.parse(text));
  });
});

describe('positionsIn', () => {
  it('parses the tree once, on first use, and uses a tree it is given', () => {
    const text = '{\n  "a": [1, 2]\n}';
    const positions = positionsIn(text);
    expect(positions.tree()).toBe(positions.tree());
    expect(positions.tree()?.children?.[0]?.children?.[1]?.offset).toBe(text.indexOf('['));
    const { root } = parseWithPositions(text);
    expect(positionsIn(text, root).tree()).toBe(root);
  });

  it('gives the line and column of an offset', () => {
    const text = '{\n  "a": [1, 2]\n}';
    expect(positionsIn(text).lineColumn(text.indexOf('['))).toEqual({ line: 2, column: 8 });
  });
});
