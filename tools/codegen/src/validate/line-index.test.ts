import { describe, expect, it } from 'vitest';
import { lineColumnAt, lineColumnsAt, lineStarts } from './line-index';

/** The definition: the line is one more than the line feeds before the offset, the column counts from the last one. */
function reference(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

describe('lineStarts', () => {
  it('starts a line at 0 and after every line feed, not after a carriage return', () => {
    expect(lineStarts('')).toEqual([0]);
    expect(lineStarts('ab')).toEqual([0]);
    expect(lineStarts('a\nbc\r\n\nd\n')).toEqual([0, 2, 6, 7, 9]);
  });
});

describe('lineColumnAt', () => {
  const text = '{\n  "a": 1,\r\n\n  "b": [\n    2\n  ]\n}';
  const starts = lineStarts(text);

  it('places the first and the last character', () => {
    expect(lineColumnAt(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnAt(starts, text.length - 1)).toEqual({ line: 7, column: 1 });
  });

  it('keeps a line feed on the line it ends, and puts the next character at column 1 of the next line', () => {
    const feed = text.indexOf('\n', 2);
    expect(lineColumnAt(starts, feed)).toEqual({ line: 2, column: 11 });
    expect(lineColumnAt(starts, feed + 1)).toEqual({ line: 3, column: 1 });
    expect(lineColumnAt(starts, feed + 2)).toEqual({ line: 4, column: 1 });
  });

  it('agrees with counting line feeds at every offset, the end of the text included', () => {
    for (let offset = 0; offset <= text.length; offset += 1) expect(lineColumnAt(starts, offset), `offset ${offset}`).toEqual(reference(text, offset));
  });

  it('agrees with counting line feeds in a text of one line and in one of empty lines only', () => {
    for (const other of ['{}', '\n\n\n']) {
      for (let offset = 0; offset <= other.length; offset += 1) expect(lineColumnAt(lineStarts(other), offset)).toEqual(reference(other, offset));
    }
  });
});

describe('lineColumnsAt', () => {
  it('agrees with counting line feeds, for offsets in any order, repeated ones and the end of the text included', () => {
    for (const text of ['', '{}', '\n\n\n', '{\n  "a": 1,\r\n\n  "b": [\n    2\n  ]\n}']) {
      const offsets = Array.from({ length: text.length + 1 }, (_, offset) => offset).reverse();
      expect(lineColumnsAt(text, [...offsets, 0])).toEqual([...offsets, 0].map((offset) => reference(text, offset)));
    }
  });

  it('locates a thousand offsets at the end of four million lines, and on one long line, in one pass each', () => {
    const long = 'x'.repeat(4_000_000);
    expect(lineColumnsAt(long, Array.from({ length: 1000 }, (_, index) => index * 4000))[999]).toEqual({ line: 1, column: 3_996_001 });
    const text = '\n'.repeat(4_000_000);
    const offsets = Array.from({ length: 1000 }, (_, index) => text.length - index);
    expect(lineColumnsAt(text, offsets)[0]).toEqual({ line: text.length + 1, column: 1 });
  });
});
