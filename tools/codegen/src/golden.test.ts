import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './paths';
import { textOf } from './render/render-files';
import { fixtureNames, fixturesDir } from './test-support/fixtures';
import { renderTables } from './test-support/render';

describe('the bundled tables', () => {
  const files = renderTables();

  it('renders every table into every language, and the root Package.swift', () => {
    const paths = files.map((file) => file.path);
    for (const id of ['xgpush-error-codes', 'tpns-android-client-return-codes']) {
      for (const language of ['typescript', 'go', 'kotlin', 'swift']) expect(paths.some((path) => path.startsWith(`packages/${id}/${language}/`)), `${id}/${language}`).toBe(true);
    }
    expect(paths).toContain('Package.swift');
  });

  // The committed packages are the golden files: `vitest -u` is the same as `npm run generate`.
  it.each(files.map((file) => [file.path, file] as const))('committed %s equals the generator output', async (_path, file) => {
    await expect(textOf(file)).toMatchFileSnapshot(join(repoRoot, file.path));
  });
});

/** Every file under `dir`, relative to it, `/`-separated. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

/**
 * A fixture's golden files are the outputs it is about, chosen by keeping them in `expected/` (a reserved-words
 * fixture keeps the sources, not every package.json): only those are compared, so a template change or a new language
 * touches only the fixtures it concerns. To add a fixture, render it with `--out`, keep the files it proves something
 * about under `expected/`.
 */
describe.each(fixtureNames('valid'))('fixture %s', (name) => {
  const dir = join(fixturesDir, 'valid', name);
  const files = new Map(renderTables({ tables: [join(dir, 'table.json')] }).map((file) => [file.path, file]));
  const golden = filesUnder(join(dir, 'expected'));

  it('keeps golden files, each one a file the table renders', () => {
    expect(golden.length, 'expected/ holds no file').toBeGreaterThan(0);
    expect(golden.filter((path) => !files.has(path)), 'golden files the table no longer renders').toEqual([]);
  });

  it.each(golden.filter((path) => files.has(path)))('%s matches its golden file', async (path) => {
    await expect(textOf(files.get(path)!)).toMatchFileSnapshot(join(dir, 'expected', path));
  });
});
