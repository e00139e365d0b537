import { describe, expect, it } from 'vitest';
import { textOf } from './render/render-files';
import { bundledTableText, renderSources, renderTables, tableSource } from './test-support/render';

/** A seeded Fisher-Yates shuffle, so a failure can be replayed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  for (let index = copy.length - 1; index > 0; index -= 1) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    const other = state % (index + 1);
    [copy[index], copy[other]] = [copy[other]!, copy[index]!];
  }
  return copy;
}

describe('output is deterministic', () => {
  it('two runs produce identical bytes', () => {
    expect(renderTables()).toEqual(renderTables());
  });

  it('shuffling the rows of the table changes nothing', () => {
    const text = bundledTableText();
    const table = JSON.parse(text) as { codes: unknown[] };
    const original = renderSources([tableSource('xgpush-error-codes', text)]);
    for (const seed of [1, 2, 3]) {
      const reordered = { ...table, codes: shuffled(table.codes, seed) };
      expect(reordered.codes).not.toEqual(table.codes);
      expect(renderSources([tableSource('xgpush-error-codes', JSON.stringify(reordered, null, 2))])).toEqual(original);
    }
  });

  it('uses LF line endings and ends every file with a newline', () => {
    for (const file of renderTables()) {
      expect(textOf(file), file.path).not.toContain('\r');
      expect(textOf(file).endsWith('\n'), file.path).toBe(true);
    }
  });
});
