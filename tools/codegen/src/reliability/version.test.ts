import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isSemver, versionIn } from '../load/load-version';
import { runCli } from '../run-cli';
import { removeScratchFolders, scratchFolder, snapshot } from './harness';


async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A generated output whose TypeScript package.json says `version` (as raw JSON text). */
async function outputWithVersion(rawVersion: string): Promise<{ out: string; manifest: string }> {
  const out = scratchFolder('errtable-version-');
  expect((await run('generate', '--out', out)).code).toBe(0);
  const manifest = join(out, 'packages', 'typescript', 'package.json');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"version": "[^"]*"/, `"version": ${rawVersion}`));
  return { out, manifest };
}

afterAll(removeScratchFolders);

describe('the release version read from packages/*/package.json', () => {
  it.each([
    ['an XML fragment', '"1.0.0</version><evil>x</evil><version>1.0.0"'],
    ['a Go directive', '"1.0.0\\nreplace example.com/x => ../x"'],
    ['a leading v', '"v1.2.3"'],
    ['a number', '1'],
  ])('is refused when it is %s: exit 2 naming the file, line, column and value, nothing written', async (_case, raw) => {
    const { out, manifest } = await outputWithVersion(raw);
    const before = snapshot(out);
    const result = await run('generate', '--out', out);
    expect(result.code).toBe(2);
    const line = readFileSync(manifest, 'utf8').split('\n').findIndex((text) => text.includes('"version"')) + 1;
    expect(result.err).toMatch(new RegExp(`^error: ${manifest}:${line}:\\d+: "version" is .*, which is not a semantic version \\(MAJOR\\.MINOR\\.PATCH, e\\.g\\. 1\\.2\\.3\\)\\. Write a semantic version such as 1\\.2\\.3 or 2\\.0\\.0-rc\\.1 there \\(\`npm run version-packages\` sets it\\), then run generate again\\. Nothing was written\\.$`));
    expect(snapshot(out)).toEqual(before);
    expect(readFileSync(join(out, 'packages', 'kotlin', 'pom.xml'), 'utf8')).not.toContain('evil');
  });

  it('a package.json that is not JSON is reported where it breaks, instead of being skipped', async () => {
    const { out, manifest } = await outputWithVersion('"1.0.0",,');
    const result = await run('check', '--out', out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(new RegExp(`^error: ${manifest}:\\d+:\\d+: is not valid JSON, so the release version cannot be read from it\\.`));
  });

  it('a valid version, prerelease included, reaches every package', async () => {
    const { out } = await outputWithVersion('"12.3.4-rc.1+build.5"');
    expect((await run('generate', '--out', out)).code).toBe(0);
    expect(readFileSync(join(out, 'packages', 'kotlin', 'pom.xml'), 'utf8')).toContain('<version>12.3.4-rc.1+build.5</version>');
  });

  it('is checked as Semantic Versioning 2.0.0 spells it', () => {
    for (const good of ['0.1.0', '1.2.3', '10.20.30', '1.0.0-alpha.1', '1.0.0-0.3.7', '1.0.0+20130313144700', '1.0.0-beta+exp.sha.5114f85']) expect(isSemver(good), good).toBe(true);
    for (const bad of ['1', '1.2', '01.2.3', '1.2.3-', '1.2.3-01', 'v1.2.3', '1.2.3 ', '1.2.3\n', '1.2.3<', '1.2.3-a..b']) expect(isSemver(bad), JSON.stringify(bad)).toBe(false);
    expect(versionIn('{\n  "name": "x",\n  "version": "1.x"\n}\n', 'p.json').problem).toMatchObject({ file: 'p.json', line: 3, column: 14 });
    expect(versionIn('{ "name": "no version yet" }', 'p.json')).toEqual({});
  });
});
