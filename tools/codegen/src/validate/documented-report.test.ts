import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';

const fixture = 'tools/codegen/fixtures/invalid/rejects-every-mistake-at-once';
/** The report validate prints for the fixture, as its golden file holds it (checked by invalid-fixtures.test.ts). */
const report = readFileSync(join(repoRoot, fixture, 'expected.txt'), 'utf8').split('\n');

describe.each(['README.md', 'docs/validation.md'])('the report %s quotes', (doc) => {
  it('holds only lines validate prints', () => {
    const quoted = readFileSync(join(repoRoot, doc), 'utf8').split('\n').filter((line) => line.startsWith(`${fixture}/table.json`));
    expect(quoted.length).toBeGreaterThan(2);
    for (const line of quoted) expect(report, `${doc} quotes a line validate does not print`).toContain(line);
  });
});
