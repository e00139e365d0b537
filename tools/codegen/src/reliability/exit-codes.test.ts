import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTable, repoRoot } from '../paths';
import { type CliEnvironment, runCli } from '../run-cli';
import { type Entry, nodeFileSystem, type WriteFileSystem } from '../write/file-system';
import { bundle, bundledTableId, removeScratchFolders, runCliProcess, scratchFolder, snapshot, staleBundleReason, temporaryFilesUnder, writeTable } from './harness';


const table = join(repoRoot, defaultTable);
/** The bundled table's packages, which the tables of `writeTable` render too. */
const packages = `packages/${bundledTableId}`;
const goPackage = `${packages}/go/xgpusherr`;

async function run(argv: string[], environment: CliEnvironment = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) }, environment);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

function scratch(): string {
  return scratchFolder('errtable-exit-');
}

/** `base/afile`, a file. */
function fileIn(base: string): string {
  writeFileSync(join(base, 'afile'), 'x');
  return join(base, 'afile');
}

/** An error as Node's file system throws it. */
function systemError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: permission denied (injected), ${syscall} '${path}'`), { code, syscall, path });
}

/**
 * The disk as a user without rights would see it. We run as root here, where `chmod 000` stops nothing, so the
 * permission errors are injected through the write stage's file-system seam.
 */
function withEntry(path: string, change: (entry: Entry) => Entry): WriteFileSystem {
  return { ...nodeFileSystem, entryAt: (at) => (at === path ? change(nodeFileSystem.entryAt(at)) : nodeFileSystem.entryAt(at)) };
}

/** One line on stderr, no stack trace, and with --format json one array holding that error. */
async function expectOutputError(argv: string[], environment: CliEnvironment, message: RegExp): Promise<void> {
  const text = await run(argv, environment);
  expect(text.code).toBe(2);
  expect(text.err.split('\n')).toHaveLength(1);
  expect(text.err).toMatch(message);
  const json = await run([...argv, '--format', 'json'], environment);
  expect(json.code).toBe(2);
  const errors = JSON.parse(json.out) as { severity: string; rule: string; message: string; hint: string; file: string }[];
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ severity: 'error', rule: 'output' });
  expect(text.err).toContain(`${errors[0]!.file}: ${errors[0]!.message}. ${errors[0]!.hint}.`);
}

afterAll(removeScratchFolders);

describe('an output that cannot be written: exit 2, one line (where, what, what to do), nothing written', () => {
  beforeAll(() => {
    const stale = staleBundleReason();
    if (stale) throw new Error(stale);
  });

  it.each([
    ['--out is a file', (base: string) => join(fileIn(base), '.'), /afile: is a file, not a folder\. Pass --out a folder \(it is created when missing\)\. Nothing was written\.$/],
    ['--out is under a file', (base: string) => join(fileIn(base), 'sub'), /afile: is a file, not a folder \(the output folder .*afile\/sub would be created in it\)\. Pass --out a folder/],
    ['--out has a 300-character name', (base: string) => join(base, 'x'.repeat(300)), /x{300}: cannot be inspected \(ENAMETOOLONG: name too long\)\. Shorten the path \(a file system allows 255 bytes per name\)\. Nothing was written\.$/],
  ])('%s: the installed command says so in one line, without a stack trace; with --format json, an array holding it', async (_case, prepare, message) => {
    const base = scratch();
    const out = prepare(base);
    const before = snapshot(base);
    const text = await runCliProcess(['generate', '--out', out], base);
    expect(text.code).toBe(2);
    expect(text.stderr.trimEnd()).toMatch(message);
    expect(text.stderr.trimEnd().split('\n')).toHaveLength(1);
    const json = await runCliProcess(['generate', '--out', out, '--format', 'json'], base);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual([expect.objectContaining({ severity: 'error', rule: 'output', message: expect.any(String), hint: expect.any(String) })]);
    expect(snapshot(base)).toEqual(before);
  });

  it.runIf(existsSync('/proc/self'))('--out where the parent exists but refuses a child (/proc/x): exit 2 at once, where mkdir -p used to loop for ever', () => {
    // Synchronous, with a deadline: a loop would hang the test beyond the reach of its timeout.
    const run = spawnSync(process.execPath, [bundle, 'generate', '--out', '/proc/errtable-no-such-folder/out'], { cwd: scratch(), encoding: 'utf8', timeout: 30_000 });
    expect(run.error, 'the command ended on its own').toBeUndefined();
    expect(run.status).toBe(2);
    expect(run.stderr.trimEnd()).toMatch(/^error: \/proc\/errtable-no-such-folder\/out: cannot be created \(E[A-Z]+: .*\)\. Pass --out a folder that exists or can be created\. Nothing was written\.$/);
  });

  it('a folder that cannot be written (simulated EACCES: we run as root)', async () => {
    const out = scratch();
    expect((await run(['generate', '--out', out])).code).toBe(0);
    const before = snapshot(out);
    const fs = withEntry(join(out, goPackage), (entry) => (entry.kind === 'directory' ? { ...entry, writable: false } : entry));
    await expectOutputError(['generate', '--table', writeTable(scratch(), 10, 1), '--out', out], { fs }, /packages\/xgpush-error-codes\/go\/xgpusherr: cannot create files in this folder \(permission denied\)\. Make it writable \(chmod u\+wx\), or pass another --out\. Nothing was written\.$/);
    expect(snapshot(out)).toEqual(before);
  });

  it('a folder that cannot be read (simulated EACCES)', async () => {
    const out = scratch();
    const fs = withEntry(join(out, 'packages'), () => ({ kind: 'error', code: 'EACCES', message: 'EACCES: permission denied' }));
    await expectOutputError(['generate', '--table', table, '--out', out], { fs }, /packages: cannot be inspected \(EACCES: permission denied\)\. Make the folders above it readable and searchable, or pass another --out\. Nothing was written\.$/);
    expect(snapshot(out)).toEqual(new Map());
  });

  it('a file that cannot be written although the folder looked fine (simulated EACCES): no file changed, no temporary file left', async () => {
    const out = scratch();
    expect((await run(['generate', '--out', out])).code).toBe(0);
    const before = snapshot(out);
    const target = join(out, packages, 'kotlin', 'pom.xml');
    const fs: WriteFileSystem = {
      ...nodeFileSystem,
      createExclusive: (path, contents, mode) => {
        if (path.startsWith(`${join(out, packages, 'kotlin')}/.pom.xml.`)) throw systemError('EACCES', 'open', path);
        nodeFileSystem.createExclusive(path, contents, mode);
      },
    };
    await expectOutputError(['generate', '--table', writeTable(scratch(), 10, 2), '--out', out], { fs }, new RegExp(`${target.replaceAll('/', '\\/')}: cannot be written \\(EACCES: permission denied \\(injected\\)\\)\\. Free some space or fix the permissions, then run generate again\\. No output file was changed\\.$`));
    expect(snapshot(out)).toEqual(before);
    expect(temporaryFilesUnder(out)).toEqual([]);
  });

  it('a rename refused midway says how many files were replaced, each whole', async () => {
    const out = scratch();
    expect((await run(['generate', '--out', out])).code).toBe(0);
    let renames = 0;
    const fs: WriteFileSystem = {
      ...nodeFileSystem,
      rename: (from, to) => {
        renames += 1;
        if (renames === 3) throw systemError('EACCES', 'rename', from);
        nodeFileSystem.rename(from, to);
      },
    };
    const result = await run(['generate', '--table', writeTable(scratch(), 10, 3), '--out', out], { fs });
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/: cannot be replaced \(EACCES: permission denied \(injected\)\)\. Fix the cause, then run generate again\. 2 of \d+ changed files were replaced, each completely; the others are unchanged\.$/);
    expect(temporaryFilesUnder(out)).toEqual([]);
  });
});

describe('a foreseeable failure is found before any file is replaced', () => {
  it('a folder where codes.go belongs: exit 2 naming it, and not one of the other changed files is replaced', async () => {
    const out = scratch();
    expect((await run(['generate', '--out', out])).code).toBe(0);
    rmSync(join(out, goPackage, 'codes.go'));
    mkdirSync(join(out, goPackage, 'codes.go'));
    const before = snapshot(out);
    const result = await run(['generate', '--table', writeTable(scratch(), 10, 4), '--out', out]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^error: .*packages\/xgpush-error-codes\/go\/xgpusherr\/codes\.go: is a folder where a generated file belongs\. Move or delete the folder, then run generate\. Nothing was written\.$/);
    expect(snapshot(out)).toEqual(before);
  });

  it('a file where a folder belongs (packages/<id>/kotlin/src), reported with the folder it blocks', async () => {
    const out = scratch();
    expect((await run(['generate', '--out', out])).code).toBe(0);
    rmSync(join(out, packages, 'kotlin', 'src'), { recursive: true });
    writeFileSync(join(out, packages, 'kotlin', 'src'), 'not a folder\n');
    const before = snapshot(out);
    const result = await run(['generate', '--table', writeTable(scratch(), 10, 5), '--out', out]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/packages\/xgpush-error-codes\/kotlin\/src: is a file, but packages\/xgpush-error-codes\/kotlin\/src\/main\/kotlin\/.* must go inside it as a folder/);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('rewritten files keep their permissions', () => {
  it('a file made executable, private or read-only keeps that mode when its content changes', async () => {
    const out = scratch();
    expect((await run(['generate', '--out', out])).code).toBe(0);
    const modes = { [`${goPackage}/codes.go`]: 0o600, [`${packages}/typescript/src/index.ts`]: 0o755, 'Package.swift': 0o444, [`${packages}/kotlin/pom.xml`]: 0o640 };
    for (const [path, mode] of Object.entries(modes)) chmodSync(join(out, path), mode);
    const before = readFileSync(join(out, goPackage, 'codes.go'), 'utf8');
    const result = await run(['generate', '--table', writeTable(scratch(), 10, 6), '--out', out]);
    expect(result.code, result.err).toBe(0);
    expect(readFileSync(join(out, goPackage, 'codes.go'), 'utf8')).not.toBe(before);
    for (const [path, mode] of Object.entries(modes)) expect((statSync(join(out, path)).mode & 0o7777).toString(8), path).toBe(mode.toString(8));
  });
});
