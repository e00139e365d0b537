import { chmodSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';
import { codeCacheIsCurrent, filesWithCodeCache, warmCodeCache } from '../warm-code-cache';
import { removeScratchFolders, runCliProcess, scratchFolder, scratchRepository, snapshot, staleBundleReason } from './harness';

const dist = join('tools', 'codegen', 'dist');
const cachedFiles = filesWithCodeCache;
const cacheOf = (repository: string, file: string) => join(repository, dist, `${file}.v8-cache`);

/** Generates the bundled table into a fresh folder of `repository` and returns what it wrote. */
async function generateOnce(repository: string): Promise<Map<string, string>> {
  const out = join(scratchFolder('errtable-code-cache-'), 'out');
  const run = await runCliProcess(['generate', '--out', out], repository, repository);
  expect(run.stderr).toMatch(/files written\.\n$/);
  expect(run.code).toBe(0);
  return snapshot(out);
}

describe('the bin runs the bundle with V8 code cache (src/launch.ts)', () => {
  beforeAll(() => {
    const stale = staleBundleReason();
    if (stale !== undefined) throw new Error(stale);
  });
  afterAll(removeScratchFolders);

  it('writes a cache for the bundle and the templates on the first run, and reuses it untouched', async () => {
    const repository = scratchRepository();
    const first = await generateOnce(repository);
    for (const file of cachedFiles) expect(existsSync(cacheOf(repository, file)), file).toBe(true);
    const written = cachedFiles.map((file) => statSync(cacheOf(repository, file)).mtimeMs);
    expect(await generateOnce(repository)).toEqual(first);
    expect(cachedFiles.map((file) => statSync(cacheOf(repository, file)).mtimeMs)).toEqual(written);
    expect(readdirSync(join(repository, dist)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  /** A scratch repository has no node_modules: Ajv and Handlebars' runtime come from ours (see startCli). */
  const withOurModules = { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') };

  it('is saved at build time by a whole generation (warmCodeCache), which later runs reuse untouched', async () => {
    const [warmed, generated] = [scratchRepository(), scratchRepository()];
    const temporaryParent = scratchFolder('errtable-warm-parent-');
    expect(codeCacheIsCurrent(warmed)).toBe(false);
    expect(warmCodeCache(warmed, { env: withOurModules, temporaryParent })).toEqual({ status: 0, stderr: expect.stringMatching(/files written\.\n$/) });
    expect(codeCacheIsCurrent(warmed)).toBe(true);
    expect(readdirSync(temporaryParent)).toEqual([]);
    await generateOnce(generated);
    // As large as the cache a generation saves: one saved by `--help` or `validate` holds far fewer functions.
    for (const file of cachedFiles) expect(statSync(cacheOf(warmed, file)).size, file).toBeGreaterThan(0.95 * statSync(cacheOf(generated, file)).size);
    const written = cachedFiles.map((file) => statSync(cacheOf(warmed, file)).mtimeMs);
    await generateOnce(warmed);
    expect(cachedFiles.map((file) => statSync(cacheOf(warmed, file)).mtimeMs)).toEqual(written);
    // Another build of a file makes its cache stale.
    writeFileSync(join(warmed, dist, 'schema-validator.js'), readFileSync(join(warmed, dist, 'schema-validator.js'), 'utf8') + '\n');
    expect(codeCacheIsCurrent(warmed)).toBe(false);
  });

  it('is not saved by a generation that fails (a table being edited), so the next generation saves it', async () => {
    const repository = scratchRepository();
    writeFileSync(join(repository, 'schema', 'tables', 'xgpush-error-codes.json'), '{ "codes": [');
    const { status, stderr } = warmCodeCache(repository, { env: withOurModules, temporaryParent: scratchFolder('errtable-warm-parent-') });
    expect(status).toBe(1);
    expect(stderr).toMatch(/xgpush-error-codes\.json/);
    for (const file of cachedFiles) expect(existsSync(cacheOf(repository, file)), file).toBe(false);
  });

  it('ignores a cache of another build or of garbage, gives the same output, and replaces the cache', async () => {
    const repository = scratchRepository();
    const expected = await generateOnce(repository);
    const bundleCache = cacheOf(repository, 'codegen-bundle.js');
    const header = readFileSync(bundleCache).subarray(0, 64).toString('latin1').split('\n')[0]!;
    writeFileSync(bundleCache, `${header}\n${'garbage '.repeat(1000)}`);
    writeFileSync(cacheOf(repository, 'precompiled-templates.js'), 'not a cache at all');
    expect(await generateOnce(repository)).toEqual(expected);
    for (const file of cachedFiles) expect(readFileSync(cacheOf(repository, file)).length, file).toBeGreaterThan(10_000);
  });

  it('runs from a read-only dist folder, where no cache can be saved', async () => {
    const repository = scratchRepository();
    chmodSync(join(repository, dist), 0o555);
    try {
      await generateOnce(repository);
      if (process.getuid?.() !== 0) for (const file of cachedFiles) expect(existsSync(cacheOf(repository, file)), file).toBe(false);
    } finally {
      chmodSync(join(repository, dist), 0o755);
    }
  });
});
