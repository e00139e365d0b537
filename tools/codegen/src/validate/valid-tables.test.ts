import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchemaValidator, loadTable } from '../load/load-table';
import { defaultTable, repoRoot, schemaPath } from '../paths';
import { fixtureNames, fixturesDir } from '../test-support/fixtures';
import { validateTable } from './validate-table';

const schema = loadSchemaValidator();
const tables = [join(repoRoot, defaultTable), ...fixtureNames('valid').map((name) => join(fixturesDir, 'valid', name, 'table.json'))];

describe.each(tables.map((path) => relative(repoRoot, path)))('%s', (file) => {
  it('produces no diagnostic, not even a warning', () => {
    const result = validateTable(file, loadTable(join(repoRoot, file)), schema, { strict: true });
    expect(result.ok ? result.warnings : result.diagnostics).toEqual([]);
  });
});
