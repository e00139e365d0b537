import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchemaValidator, loadTable } from '../load/load-table';
import { repoRoot, schemaPath } from '../paths';
import { fixtureNames, fixturesDir } from '../test-support/fixtures';
import type { Diagnostic } from './diagnostic';
import { formatReport } from './report';
import { rules } from './rules/all-rules';
import { validateTable } from './validate-table';

const schema = loadSchemaValidator();

function diagnosticsOf(name: string, strict = false): { ok: boolean; diagnostics: Diagnostic[] } {
  const path = join(fixturesDir, 'invalid', name, 'table.json');
  const result = validateTable(relative(repoRoot, path), loadTable(path), schema, { strict });
  return result.ok ? { ok: true, diagnostics: result.warnings } : result;
}

const names = fixtureNames('invalid');

describe('the invalid fixture corpus', () => {
  it('holds at least 40 tables, each named after the behaviour it shows', () => {
    expect(names.length).toBeGreaterThanOrEqual(40);
    for (const name of names) expect(name).toMatch(/^(rejects|warns)-[a-z0-9-]+$/);
  });

  it('exercises every rule, the schema, the JSON parser and the repeated-key check', () => {
    const seen = new Set(names.flatMap((name) => diagnosticsOf(name).diagnostics.map((diagnostic) => diagnostic.rule)));
    expect([...seen].sort()).toEqual([...rules.map((rule) => rule.name), 'json', 'noDuplicateKeys', 'schema'].sort());
  });
});

describe.each(names)('invalid fixture %s', (name) => {
  const { ok, diagnostics } = diagnosticsOf(name);

  it('reports what its golden file says', async () => {
    await expect(`${formatReport(diagnostics)}\n`).toMatchFileSnapshot(join(fixturesDir, 'invalid', name, 'expected.txt'));
  });

  it(name.startsWith('warns-') ? 'passes with warnings only, and fails with --strict' : 'fails', () => {
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(ok).toBe(name.startsWith('warns-'));
    expect(diagnosticsOf(name, true).ok).toBe(false);
  });
});
