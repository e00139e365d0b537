import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchemaValidator, loadTable } from '../load/load-table';
import { defaultTable, repoRoot, schemaPath } from '../paths';
import { fixtureNames, fixturesDir } from '../test-support/fixtures';
import { formatReport } from './report';
import { validateTable } from './validate-table';

const schema = loadSchemaValidator();
const tables = [join(repoRoot, defaultTable), ...fixtureNames('valid').map((name) => join(fixturesDir, 'valid', name, 'table.json'))];

/**
 * A fixture that proves the generators cope with text the validator lets through with a warning (an invisible
 * character that Go refuses in source, say) lists those warnings in `warnings.txt`; every other table has none.
 */
describe.each(tables.map((path) => relative(repoRoot, path)))('%s', (file) => {
  const listed = join(repoRoot, dirname(file), 'warnings.txt');

  it(existsSync(listed) ? 'produces no error, and only the warnings warnings.txt lists' : 'produces no diagnostic, not even a warning', async () => {
    const result = validateTable(file, loadTable(join(repoRoot, file)), schema, { strict: false });
    expect(result.ok ? [] : result.diagnostics).toEqual([]);
    const warnings = result.ok ? result.warnings : [];
    if (existsSync(listed)) await expect(`${formatReport(warnings)}\n`).toMatchFileSnapshot(listed);
    else expect(warnings).toEqual([]);
  });
});
