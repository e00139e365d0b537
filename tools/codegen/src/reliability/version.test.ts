import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isSemver, loadReleaseVersion, versionIn } from '../load/load-version';
import { repoRoot } from '../paths';
import { runCli } from '../run-cli';
import { targets } from '../targets/registry';
import { WriteError } from '../write/output-error';
import { bundledTableId, removeScratchFolders, runCliProcess, scratchFolder, scratchRepository, snapshot, staleBundleReason } from './harness';

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const packages = `packages/${bundledTableId}`;
/** Where the release version is read from: relative to a repository's root (and to the working directory of a run). */
const manifestPath = `${packages}/typescript/package.json`;

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `root/packages/<id>/<language>/package.json` saying `version` (as raw JSON text). */
function plantManifest(root: string, language: string, rawVersion: string): string {
  const path = join(root, packages, language, 'package.json');
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, `{\n  "name": "@errtable/${bundledTableId}-${language}",\n  "private": true,\n  "version": ${rawVersion}\n}\n`);
  return path;
}

/**
 * A scratch repository (the bundle, the templates, the bundled table: see `scratchRepository`) and an output
 * generated from it, then its TypeScript package.json in the repository saying `version`: what the next run reads.
 */
async function repositoryWithVersion(rawVersion: string): Promise<{ repository: string; out: string; manifest: string }> {
  const repository = scratchRepository();
  const out = join(scratchFolder('errtable-version-'), 'out');
  const first = await runCliProcess(['generate', '--out', out], repository, repository);
  expect(first.code, first.stderr).toBe(0);
  return { repository, out, manifest: plantManifest(repository, 'typescript', rawVersion) };
}

afterAll(removeScratchFolders);

describe("the release version read from the repository's packages/<id>/<language>/package.json", () => {
  beforeAll(() => {
    const stale = staleBundleReason();
    if (stale) throw new Error(stale);
  });

  it.each([
    ['an XML fragment', '"1.0.0</version><evil>x</evil><version>1.0.0"'],
    ['a Go directive', '"1.0.0\\nreplace example.com/x => ../x"'],
    ['a leading v', '"v1.2.3"'],
    ['a number', '1'],
  ])('is refused when it is %s: exit 2 naming the file, line, column and value, nothing written', async (_case, raw) => {
    const { repository, out, manifest } = await repositoryWithVersion(raw);
    const before = [snapshot(out), snapshot(repository)];
    const result = await runCliProcess(['generate', '--out', out], repository, repository);
    expect(result.code, result.stderr).toBe(2);
    const line = readFileSync(manifest, 'utf8').split('\n').findIndex((text) => text.includes('"version"')) + 1;
    expect(result.stderr.trimEnd()).toMatch(new RegExp(`^error: ${escaped(manifestPath)}:${line}:\\d+: "version" is .*, which is not a semantic version \\(MAJOR\\.MINOR\\.PATCH, e\\.g\\. 1\\.2\\.3\\)\\. Write a semantic version such as 1\\.2\\.3 or 2\\.0\\.0-rc\\.1 there \\(\`npm run version-packages\` sets it\\), then run generate again\\. Nothing was written\\.$`));
    expect([snapshot(out), snapshot(repository)]).toEqual(before);
    expect(readFileSync(join(out, packages, 'kotlin', 'pom.xml'), 'utf8')).not.toContain('evil');
  });

  it('a package.json that is not JSON is reported where it breaks, instead of being skipped', async () => {
    const { repository, out } = await repositoryWithVersion('"1.0.0",,');
    const result = await runCliProcess(['check', '--out', out], repository, repository);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^error: ${escaped(manifestPath)}:\\d+:\\d+: is not valid JSON, so the release version cannot be read from it\\.`));
  });

  it('a valid version, prerelease included, reaches every package', async () => {
    const { repository, out } = await repositoryWithVersion('"12.3.4-rc.1+build.5"');
    const result = await runCliProcess(['generate', '--out', out], repository, repository);
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(out, packages, 'kotlin', 'pom.xml'), 'utf8')).toContain('<version>12.3.4-rc.1+build.5</version>');
    for (const language of ['typescript', 'go', 'kotlin', 'swift']) {
      expect(JSON.parse(readFileSync(join(out, packages, language, 'package.json'), 'utf8')), language).toMatchObject({ version: '12.3.4-rc.1+build.5' });
    }
  });

  it('is never read from --out: a bad version there is overwritten with the repository one', async () => {
    const out = scratchFolder('errtable-version-');
    expect((await run('generate', '--out', out)).code).toBe(0);
    const manifest = plantManifest(out, 'typescript', '"v9.9.9</version><evil/>"');
    const result = await run('generate', '--out', out);
    expect(result.code, result.err).toBe(0);
    expect(JSON.parse(readFileSync(manifest, 'utf8'))).toMatchObject({ version: loadReleaseVersion(repoRoot, bundledTableId, targets) });
  });

  it('is the highest of the packages, 0.1.0 while there are none, and a package.json without one is skipped', () => {
    const root = scratchFolder('errtable-version-');
    expect(loadReleaseVersion(root, bundledTableId, targets)).toBe('0.1.0');
    plantManifest(root, 'typescript', '"1.9.0"');
    plantManifest(root, 'go', '"1.10.0"');
    mkdirSync(join(root, packages, 'kotlin'), { recursive: true });
    writeFileSync(join(root, packages, 'kotlin', 'package.json'), '{ "name": "no version yet" }\n');
    expect(loadReleaseVersion(root, bundledTableId, targets)).toBe('1.10.0');
    expect(loadReleaseVersion(root, 'another-table', targets)).toBe('0.1.0');
  });

  it('a bad version of any language is an error located in its file, every one of them reported', () => {
    const root = scratchFolder('errtable-version-');
    const [go, swift] = [plantManifest(root, 'go', '"1.x"'), plantManifest(root, 'swift', '"v1.0.0"')];
    plantManifest(root, 'typescript', '"1.0.0"');
    let thrown: unknown;
    try {
      loadReleaseVersion(root, bundledTableId, targets);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WriteError);
    expect((thrown as WriteError).problems).toEqual([
      expect.objectContaining({ file: go, line: 4, column: 14, message: expect.stringContaining('"1.x"') }),
      expect.objectContaining({ file: swift, line: 4, column: 14, message: expect.stringContaining('"v1.0.0"') }),
    ]);
  });

  it('is checked as Semantic Versioning 2.0.0 spells it', () => {
    for (const good of ['0.1.0', '1.2.3', '10.20.30', '1.0.0-alpha.1', '1.0.0-0.3.7', '1.0.0+20130313144700', '1.0.0-beta+exp.sha.5114f85']) expect(isSemver(good), good).toBe(true);
    for (const bad of ['1', '1.2', '01.2.3', '1.2.3-', '1.2.3-01', 'v1.2.3', '1.2.3 ', '1.2.3\n', '1.2.3<', '1.2.3-a..b']) expect(isSemver(bad), JSON.stringify(bad)).toBe(false);
    expect(versionIn('{\n  "name": "x",\n  "version": "1.x"\n}\n', 'p.json').problem).toMatchObject({ file: 'p.json', line: 3, column: 14 });
    expect(versionIn('{ "name": "no version yet" }', 'p.json')).toEqual({});
    expect(versionIn('{\n  "name": "x",\n  "version": "1.4.0-rc.1"\n}\n', 'p.json')).toEqual({ version: '1.4.0-rc.1' });
    expect(versionIn('{ "version": null }', 'p.json').problem).toMatchObject({ line: 1, column: 14, message: expect.stringContaining('"version" is null') });
    expect(versionIn('[{ "version": "1.0.0" }]', 'p.json')).toEqual({});
    expect(versionIn('{ "version": "1.0.0", }', 'p.json').problem).toMatchObject({ line: 1, column: 23, message: expect.stringContaining('is not valid JSON') });
  });
});
