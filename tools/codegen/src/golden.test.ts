import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTable, repoRoot } from './paths';
import { runPipeline } from './pipeline';
import { type OutputFile, textOf } from './render/render-files';
import { fixtureNames, fixturesDir } from './test-support/fixtures';

function render(table: string, outDir: string): OutputFile[] {
  const result = runPipeline({ table, outDir });
  if (!result.ok) throw new Error(`expected a valid table, got:\n${JSON.stringify(result.diagnostics, null, 2)}`);
  return result.files;
}

describe('the bundled table', () => {
  const files = render(join(repoRoot, defaultTable), repoRoot);

  it('renders every language', () => {
    expect(files.map((file) => file.path)).toEqual(expect.arrayContaining(['Package.swift', 'packages/go/codes.go', 'packages/typescript/src/index.ts']));
  });

  // The committed packages are the golden files: `vitest -u` is the same as `npm run generate`.
  it.each(files.map((file) => [file.path, file] as const))('committed %s equals the generator output', async (_path, file) => {
    await expect(textOf(file)).toMatchFileSnapshot(join(repoRoot, file.path));
  });
});

describe.each(fixtureNames('valid'))('fixture %s', (name) => {
  const dir = join(fixturesDir, 'valid', name);
  const files = render(join(dir, 'table.json'), dir);

  it.each(files.map((file) => [file.path, file] as const))('%s matches its golden file', async (_path, file) => {
    await expect(textOf(file)).toMatchFileSnapshot(join(dir, 'expected', file.path));
  });
});
