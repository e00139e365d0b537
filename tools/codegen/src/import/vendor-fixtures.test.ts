import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';
import { fixtureNames, fixturesDir } from '../test-support/fixtures';
import { formatReport } from '../validate/report';
import { formatProblem } from '../write/output-error';
import { readVendorTable } from './read-vendor-table';
import { pageRules, type ReadOptions, type VendorTable } from './vendor-table';

const names = fixtureNames('vendor');

function readFixture(name: string) {
  const folder = join(fixturesDir, 'vendor', name);
  const options = existsSync(join(folder, 'options.json')) ? (JSON.parse(readFileSync(join(folder, 'options.json'), 'utf8')) as ReadOptions) : {};
  const page = join(folder, 'page.md');
  return { folder, reading: readVendorTable(relative(repoRoot, page), readFileSync(page, 'utf8'), options) };
}

/** The table as read, compactly: each row's place as `line:column` of the page. */
function shown(table: VendorTable): string {
  const at = ({ line, column }: { line: number; column: number }) => `${line}:${column}`;
  const rows = table.rows.map(({ code, description, solution, at: place }) => ({ code, description, solution, at: at(place) }));
  const fallback = table.fallback === undefined ? null : { description: table.fallback.description, solution: table.fallback.solution, at: at(table.fallback.at) };
  return `${JSON.stringify({ title: table.title ?? null, at: at(table.at), rows, fallback }, null, 2)}\n`;
}

describe('the vendor page corpus', () => {
  it('holds one page per quirk, each named after what it shows', () => {
    expect(names.length).toBeGreaterThanOrEqual(25);
    for (const name of names) expect(name).toMatch(/^(reads|rejects)-[a-z0-9-]+$/);
  });

  it('exercises every rule a page can break', () => {
    const seen = new Set(names.flatMap((name) => { const { reading } = readFixture(name); return reading.ok ? [] : reading.diagnostics.map((diagnostic) => diagnostic.rule); }));
    expect([...seen].sort()).toEqual([...pageRules].sort());
  });
});

describe.each(names)('vendor page %s', (name) => {
  const { folder, reading } = readFixture(name);

  if (name.startsWith('reads-')) {
    it('reads the table its golden file shows', async () => {
      expect(reading.ok ? [] : reading.diagnostics).toEqual([]);
      if (reading.ok) await expect(shown(reading.table)).toMatchFileSnapshot(join(folder, 'expected.json'));
    });
  } else {
    it('is refused with the diagnostics its golden file shows', async () => {
      expect(reading.ok).toBe(false);
      if (!reading.ok) await expect(`${formatReport(reading.diagnostics, formatProblem)}\n`).toMatchFileSnapshot(join(folder, 'expected.txt'));
    });
  }
});
