import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultTable, repoRoot } from './paths';
import { loadInputs, plan } from './pipeline';
import { runCli } from './run-cli';
import { fixtureNames, fixturesDir } from './test-support/fixtures';
import { removeScratchFolders, scratchFolder } from './test-support/scratch';

afterAll(removeScratchFolders);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const invalidTable = (name: string) => join(fixturesDir, 'invalid', name, 'table.json');

/** Every file under `root` with its bytes and modification time: equal snapshots mean nothing was created, changed or deleted. */
function snapshot(root: string): Map<string, string> {
  const entries = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    entries.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(root, path), `${statSync(path).mtimeMs} ${readFileSync(path, 'base64')}`];
    }),
  );
}

describe('generate with an invalid table', () => {
  const outDir = scratchFolder('errtable-previous-');
  let previous: Map<string, string>;

  beforeAll(async () => {
    expect((await run('generate', '--out', outDir)).code).toBe(0);
    previous = snapshot(outDir);
  });

  it.each(fixtureNames('invalid'))('%s: exits 1 and leaves the previous generation untouched', async (name) => {
    for (const command of [['generate'], ['generate', '--dry-run'], ['check']]) {
      const result = await run(...command, '--strict', '--table', invalidTable(name), '--out', outDir);
      expect(result.code, command.join(' ')).toBe(1);
      expect(result.out).toBe('');
    }
    expect(snapshot(outDir)).toEqual(previous);
  });
});

describe('exit codes and output', () => {
  const warnsOnly = invalidTable('warns-about-names-that-differ-only-by-underscores');

  it('check names each stale file and says how to bring it in step; an up-to-date folder gets no advice', async () => {
    const outDir = scratchFolder('errtable-check-');
    expect((await run('generate', '--out', outDir)).code).toBe(0);
    const upToDate = await run('check', '--out', outDir);
    expect(upToDate.code).toBe(0);
    expect(upToDate.err).not.toContain('npm run generate');
    writeFileSync(join(outDir, 'Package.swift'), `${readFileSync(join(outDir, 'Package.swift'), 'utf8')}// edited by hand\n`);
    const stale = await run('check', '--out', outDir);
    expect(stale.code).toBe(1);
    expect(stale.err.split('\n')).toEqual([
      'UPDATE Package.swift',
      expect.stringMatching(/^1 of \d+ files would change\.$/),
      'The generated files are not in step with the tables: edit the tables, never the generated files, then run `npm run generate`.',
    ]);
    const json = await run('check', '--format', 'json', '--out', outDir);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toEqual([
      { file: 'Package.swift', line: 0, column: 0, pointer: '', rule: 'stale', severity: 'error', message: 'differs from what the tables generate (edited by hand, or a table changed since)', hint: 'Run `npm run generate`' },
    ]);
    expect(JSON.parse((await run('check', '--format', 'json', '--out', scratchFolder('errtable-check-empty-'))).out)).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'Package.swift', rule: 'stale', message: 'is missing: the tables generate it' })]),
    );
  });

  it("says that a deleted table's packages stay: check fails, generate warns and deletes nothing; other folders are left alone", async () => {
    const outDir = scratchFolder('errtable-orphan-');
    expect((await run('generate', '--out', outDir)).code).toBe(0);
    const manifest = readFileSync(join(outDir, 'packages', 'xgpush-error-codes', 'go', 'package.json'), 'utf8');
    mkdirSync(join(outDir, 'packages', 'gone-table', 'go'), { recursive: true });
    writeFileSync(join(outDir, 'packages', 'gone-table', 'go', 'package.json'), manifest.replace('"table:xgpush-error-codes"', '"table:gone-table"'));
    mkdirSync(join(outDir, 'packages', 'notes'));
    writeFileSync(join(outDir, 'packages', 'notes', 'package.json'), '{ "nx": { "tags": ["table:other"] } }\n');
    const said = (severity: string) =>
      `${severity}: packages/gone-table/: holds packages generated from table "gone-table", which schema/tables no longer has: their files without a header (package.json, LICENSE, tsconfig, vectors) stay, and Nx still runs them. Delete the folder with the table, or put the table back.`;
    const check = await run('check', '--out', outDir);
    expect(check.code).toBe(1);
    expect(check.err.split('\n').slice(-1)).toEqual([said('error')]);
    const generate = await run('generate', '--out', outDir);
    expect(generate.code).toBe(0);
    expect(generate.err.split('\n').slice(-1)).toEqual([said('warning')]);
    expect(existsSync(join(outDir, 'packages', 'gone-table', 'go', 'package.json'))).toBe(true);
    const json = JSON.parse((await run('check', '--format', 'json', '--out', outDir)).out) as { rule: string; file: string }[];
    expect(json.map(({ rule, file }) => ({ rule, file }))).toEqual([{ rule: 'orphanedPackages', file: 'packages/gone-table/' }]);
  });

  it('0 for a valid table, 1 for an invalid one, 1 for warnings only with --strict', async () => {
    expect((await run('validate')).code).toBe(0);
    expect((await run('validate', invalidTable('rejects-a-code-listed-twice'))).code).toBe(1);
    expect((await run('validate', warnsOnly)).code).toBe(0);
    expect((await run('validate', '--strict', warnsOnly)).code).toBe(1);
  });

  it.each([
    ['a missing table', ['validate', 'no/such/table.json'], /cannot read the table no\/such\/table\.json: no such file/],
    ['an unknown option', ['validate', '--bogus'], /^error: unknown option "--bogus"; run with --help$/],
    ['a misspelt option, with the one meant', ['generate', '--tabel', 'x'], /^error: unknown option "--tabel"; did you mean --table\? Run with --help$/],
    ['--out with validate, which writes nothing', ['validate', '--out', 'dir'], /^error: --out does not go with validate, which reads the tables and writes nothing$/],
    ['an unknown command', ['vaildate'], /unknown command "vaildate"/],
    ['no command', [], /missing command/],
    ['an unknown format', ['validate', '--format', 'xml'], /--format must be text or json/],
    ['a stray argument', ['generate', 'table.json'], /unexpected argument "table.json"/],
    ['an unknown command holding an escape code, shown escaped', ['\u001B[2Jx'], /unknown command "\\u001b\[2Jx"/i],
    ['an empty --out (not the current directory)', ['generate', '--out', ''], /--out needs a path; an empty one would mean the current directory/],
    ['a table from outside schema/tables, into the repository', ['generate', '--dry-run', '--table', warnsOnly], /table\.json is not in schema\/tables: .* would replace those made from the tables there\. Pass --out DIR/],
    ['a table from outside schema/tables, checked against the repository', ['check', '--table', warnsOnly, '--out', repoRoot], /table\.json is not in schema\/tables: /],
  ])('2 for %s, with one line saying why', async (_case, argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err.split('\n')).toHaveLength(1);
  });

  it('names a valid table with its invisible characters escaped', async () => {
    // The file name is the table's id, so it cannot hold them; the folders above it can.
    const dir = join(scratchFolder('errtable-name-'), 'tables\u001B[31m');
    mkdirSync(dir);
    const table = join(dir, basename(defaultTable));
    copyFileSync(join(repoRoot, defaultTable), table);
    const result = await run('validate', table);
    expect(result.code, result.err).toBe(0);
    expect(result.err).toContain(`tables\\u001B[31m/${basename(defaultTable)}: valid.`);
    expect(result.err).not.toContain('\u001B');
  });

  it('refuses a table file whose name is no table id, with its invisible characters escaped', async () => {
    const table = join(scratchFolder('errtable-name-'), 'table\u001B[31m.json');
    copyFileSync(join(repoRoot, defaultTable), table);
    const result = await run('validate', table);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^error: \S*table\\u001B\[31m\.json cannot name a table: the file name is the table's id, lower-case words joined by hyphens, ending in \.json\. Rename it, e\.g\. to table-31m\.json$/i);
    expect(result.err.split('\n')).toHaveLength(1);
    expect(result.err).not.toContain('\u001B');
  });

  it('says "valid on its own" of tables that are valid one by one but not together', async () => {
    const copy = join(scratchFolder('errtable-copy-'), 'xgpush-copy.json');
    writeFileSync(copy, readFileSync(join(repoRoot, defaultTable), 'utf8').replace('packages/xgpush-error-codes/go', 'packages/xgpush-copy/go'));
    const result = await run('validate', join(repoRoot, defaultTable), copy);
    expect(result.code).toBe(1);
    const lines = result.err.split('\n');
    expect(lines).toContain(`${defaultTable}: valid on its own.`);
    expect(lines.filter((line) => line.endsWith(': valid.'))).toEqual([]);
    expect(lines.at(-1)).toBe('The tables are valid one by one, but not together.');
  });

  it('suggests a table id without accents for a file name with them', async () => {
    const table = join(scratchFolder('errtable-name-'), 'über-codes.json');
    copyFileSync(join(repoRoot, defaultTable), table);
    expect((await run('validate', table)).err).toMatch(/Rename it, e\.g\. to uber-codes\.json$/);
  });

  it('--format json prints one array of located diagnostics on stdout, nothing else', async () => {
    const result = await run('validate', '--format', 'json', invalidTable('rejects-every-mistake-at-once'));
    const diagnostics = JSON.parse(result.out) as Record<string, unknown>[];
    expect(diagnostics.length).toBeGreaterThan(1);
    for (const diagnostic of diagnostics) {
      expect(Object.keys(diagnostic).sort()).toEqual(['column', 'file', 'hint', 'line', 'message', 'pointer', 'rule', 'severity']);
    }
    expect(JSON.parse((await run('validate', '--format', 'json')).out)).toEqual([]);
  });

  it('text output is the report, sorted by position, with file paths relative to the working directory', async () => {
    const result = await run('validate', invalidTable('rejects-every-mistake-at-once'));
    const expected = readFileSync(join(fixturesDir, 'invalid', 'rejects-every-mistake-at-once', 'expected.txt'), 'utf8');
    expect(result.err).toBe(`${expected.replaceAll(relative(repoRoot, fixturesDir), relative(process.cwd(), fixturesDir))}The table is invalid.`);
  });
});

describe('the installed command', () => {
  const exec = promisify(execFile);
  const cli = (...argv: string[]) =>
    exec(process.execPath, ['-r', '@swc-node/register', join(__dirname, 'cli.ts'), ...argv], { cwd: repoRoot }).then(
      () => ({ code: 0, stderr: '' }),
      (error: { code: number; stderr: string }) => error,
    );

  it('sets the exit code and never prints a stack trace', async () => {
    const [invalid, syntax, missing] = await Promise.all([
      cli('validate', invalidTable('rejects-every-mistake-at-once')),
      cli('validate', invalidTable('rejects-a-truncated-file')),
      cli('validate', 'missing.json'),
    ]);
    expect([invalid.code, syntax.code, missing.code]).toEqual([1, 1, 2]);
    for (const { stderr } of [invalid, syntax, missing]) expect(stderr).not.toMatch(/^\s+at /m);
  });
});

describe('the bundled command (dist/errtable-codegen.js, built by npm run build:codegen)', () => {
  const bundle = join(__dirname, '..', 'dist', 'errtable-codegen.js');

  it('produces the committed packages', async () => {
    expect(existsSync(bundle), `${bundle} is missing: run npm run build:codegen`).toBe(true);
    const planned = plan(loadInputs());
    if (!planned.ok) throw new Error('the tables of schema/tables are invalid');
    const { stderr } = await promisify(execFile)(process.execPath, [bundle, 'check'], { cwd: repoRoot });
    expect(stderr).toBe(`No changes: all ${planned.paths.length} files are up to date.\n`);
  });

  it('writes the same files, byte for byte, with a helper thread rendering parts as without it', async () => {
    const table = JSON.parse(readFileSync(join(repoRoot, defaultTable), 'utf8')) as { packages?: unknown; codes: object[] };
    delete table.packages;
    const generated = (index: number) => ({ code: 200000 + index, name: `GENERATED_CODE_${index}`, description: `Generated code ${index}`, solution: '', retryable: false, category: 'internal' });
    table.codes.push(...Array.from({ length: 3000 }, (_, index) => generated(index)));
    const folder = scratchFolder('errtable-helper-');
    writeFileSync(join(folder, 'helper-table.json'), JSON.stringify(table, null, 2));
    const generate = (threads: string) =>
      promisify(execFile)(process.execPath, [bundle, 'generate', '--table', join(folder, 'helper-table.json'), '--out', join(folder, `threads-${threads}`)], { env: { ...process.env, ERRTABLE_CODEGEN_THREADS: threads } });
    await Promise.all([generate('2'), generate('1')]);
    const files = (root: string) => readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => relative(root, join(entry.parentPath, entry.name))).sort();
    const written = files(join(folder, 'threads-1'));
    expect(written.length).toBeGreaterThan(40);
    expect(files(join(folder, 'threads-2'))).toEqual(written);
    for (const path of written) expect(readFileSync(join(folder, 'threads-2', path)).equals(readFileSync(join(folder, 'threads-1', path))), path).toBe(true);
  });
});
