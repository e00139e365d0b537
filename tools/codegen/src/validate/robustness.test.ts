import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchemaValidator } from '../load/load-table';
import { schemaPath } from '../paths';
import { fixturesDir } from '../test-support/fixtures';
import { type Diagnostic, pointerOf } from './diagnostic';
import { validateTable } from './validate-table';

const schema = loadSchemaValidator();
const tableText = readFileSync(join(fixturesDir, 'valid', 'renders-deprecations-with-replacements', 'table.json'), 'utf8');

/** Values of every JSON type, and strings that trip the text rules. */
const oddValues: unknown[] = [null, true, 0, -1.5, 1e300, '', ' ', 'x', '\u202E', '\uD800', [], {}, [null], { x: 1 }];

type Path = (string | number)[];

function paths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return [path, ...value.flatMap((item, index) => paths(item, [...path, index]))];
  if (typeof value === 'object' && value !== null) return [path, ...Object.entries(value).flatMap(([key, item]) => paths(item, [...path, key]))];
  return [path];
}

/** A copy of `root` with the value at `path` replaced, or removed when `replacement` is undefined. */
function withValueAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let parent = copy;
  for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (replacement !== undefined) parent[last] = replacement;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else delete parent[last];
  return copy;
}

function expectWellFormed(diagnostics: readonly Diagnostic[], context: string): void {
  for (const diagnostic of diagnostics) {
    expect(diagnostic.line, context).toBeGreaterThanOrEqual(1);
    expect(diagnostic.column, context).toBeGreaterThanOrEqual(1);
    expect(diagnostic.message, context).not.toBe('');
    expect(diagnostic.hint, context).not.toBe('');
    expect(`${diagnostic.message} ${diagnostic.hint}`, context).not.toMatch(/[\p{Cc}\p{Cf}\p{Cs}]/u);
  }
}

describe('validation never throws and always locates what it reports', () => {
  const table: unknown = JSON.parse(tableText);

  it('with any value of any type at any place, or the value removed', () => {
    let checked = 0;
    for (const path of paths(table)) {
      for (const replacement of [...oddValues, undefined]) {
        const text = JSON.stringify(withValueAt(table, path, replacement) ?? null, null, 2);
        const context = `${pointerOf(path)} = ${JSON.stringify(replacement)}`;
        const result = validateTable('t.json', text, schema, { strict: true });
        expectWellFormed(result.ok ? result.warnings : result.diagnostics, context);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('with the file cut off anywhere', () => {
    for (let length = 0; length < tableText.length; length += 7) {
      const result = validateTable('t.json', tableText.slice(0, length), schema);
      expect(result.ok, `cut at ${length}`).toBe(false);
      if (!result.ok) expectWellFormed(result.diagnostics, `cut at ${length}`);
    }
  });
});
