import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTable, repoRoot } from './paths';
import { runPipeline } from './pipeline';
import { textOf } from './render/render-files';

function renderTable(table: string) {
  const result = runPipeline({ table, outDir: repoRoot });
  if (!result.ok) throw new Error('expected the table to be valid');
  return result.files;
}

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
  const tablePath = join(repoRoot, defaultTable);

  it('two runs produce identical bytes', () => {
    expect(renderTable(tablePath)).toEqual(renderTable(tablePath));
  });

  it('shuffling the rows of the table changes nothing', () => {
    const table = JSON.parse(readFileSync(tablePath, 'utf8')) as { codes: unknown[] };
    const original = renderTable(tablePath);
    for (const seed of [1, 2, 3]) {
      const reordered = { ...table, codes: shuffled(table.codes, seed) };
      expect(reordered.codes).not.toEqual(table.codes);
      const path = join(mkdtempSync(join(tmpdir(), 'errtable-shuffle-')), 'table.json');
      writeFileSync(path, JSON.stringify(reordered, null, 2));
      expect(renderTable(path)).toEqual(original);
    }
  });

  it('uses LF line endings and ends every file with a newline', () => {
    for (const file of renderTable(tablePath)) {
      expect(textOf(file), file.path).not.toContain('\r');
      expect(textOf(file).endsWith('\n'), file.path).toBe(true);
    }
  });
});
