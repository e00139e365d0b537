import { describe, expect, it } from 'vitest';
import { buildRuleInput } from './rule-input';
import type { ShapeCheck } from './schema-check';

function inputOf(json: unknown, rejected: string[] = [], incomplete: string[] = []) {
  const shape: ShapeCheck = { findings: [], rejected, incomplete };
  return buildRuleInput('table', json, shape, () => 1);
}

const table = {
  title: 'T',
  fallback: { description: 'Fallback', category: 'oops' },
  codes: [
    { code: 1, name: 'A', description: 'First' },
    { code: 2, name: 'B', deprecated: { message: 'Old', replacement: 'Z' } },
  ],
};

describe('buildRuleInput', () => {
  it('keeps every property, and every string with its pointer, when the schema found nothing', () => {
    const input = inputOf(table);
    expect(input.table).toEqual({ title: 'T', fallback: table.fallback });
    expect(input.rows).toEqual([
      { ...table.codes[0], index: 0 },
      { ...table.codes[1], index: 1 },
    ]);
    expect(input.strings.map(({ pointer }) => pointer)).toEqual([
      '/title', '/fallback/description', '/fallback/category', '/codes/0/name', '/codes/0/description',
      '/codes/1/name', '/codes/1/deprecated/message', '/codes/1/deprecated/replacement',
    ]);
  });

  it('drops what holds a rejected value, keeps the sound properties of an incomplete row, and no rejected string', () => {
    const input = inputOf(table, ['/fallback/category', '/codes/1/deprecated/replacement'], ['/codes/0']);
    expect(input.table).toEqual({ title: 'T' });
    expect(input.rows).toEqual([
      { ...table.codes[0], index: 0 },
      { code: 2, name: 'B', index: 1 },
    ]);
    expect(input.strings.map(({ pointer }) => pointer)).not.toContain('/fallback/category');
    expect(input.strings.map(({ pointer }) => pointer)).toContain('/fallback/description');
    expect(input.strings.map(({ pointer }) => pointer)).toContain('/codes/1/deprecated/message');
    expect(input.strings.map(({ pointer }) => pointer)).not.toContain('/codes/1/deprecated/replacement');
  });

  it('tells /codes/1 from /codes/10', () => {
    const codes = Array.from({ length: 11 }, (_, index) => ({ code: index, name: `N${index}` }));
    const input = inputOf({ codes }, ['/codes/10/name']);
    expect(input.rows[1]).toEqual({ code: 1, name: 'N1', index: 1 });
    expect(input.rows[10]).toEqual({ code: 10, index: 10 });
    expect(input.strings.map(({ pointer }) => pointer)).toContain('/codes/1/name');
  });

  it('gives a table that is one string that string, at the root pointer; and nothing when the root is rejected', () => {
    expect(inputOf('text').strings).toEqual([{ pointer: '', text: 'text' }]);
    expect(inputOf({ title: 'x' }, ['']).strings).toEqual([]);
  });

  it('writes ~ and / in keys as ~0 and ~1, in the pointers it matches and in those it gives', () => {
    const json = { 'a/b': 'x', 'a~b': 'y', a: { b: 'z' } };
    expect(inputOf(json, ['/a~1b']).table).toEqual({ 'a~b': 'y', a: { b: 'z' } });
    expect(inputOf(json).strings.map(({ pointer, text }) => ({ pointer, text }))).toEqual([
      { pointer: '/a~1b', text: 'x' },
      { pointer: '/a~0b', text: 'y' },
      { pointer: '/a/b', text: 'z' },
    ]);
  });

  it('copies a "__proto__" key of a row as a property, never as the prototype', () => {
    const input = inputOf(JSON.parse('{"codes": [{"code": 1, "__proto__": {"name": "X"}}]}'));
    const row = input.rows[0]!;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(Object.keys(row)).toEqual(['code', '__proto__', 'index']);
    expect(row.name).toBeUndefined();
  });
});
