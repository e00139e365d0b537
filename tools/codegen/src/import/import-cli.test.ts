import { copyFileSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, tablesDir } from '../paths';
import { runCli } from '../run-cli';
import { shellWord } from './run-import';
import { tpns, xgpush } from '../test-support/bundled-tables';
import { editPage, tableText, vendorPage } from '../test-support/vendor-pages';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';

afterAll(removeScratchFolders);

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (text) => out.push(text), err: (text) => err.push(text) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** A copy of the XGPush table in a folder of its own, and a vendor page there with `edit` applied. */
function workspace(edit: (page: { file: string; text: string }) => { file: string; text: string } = (page) => page) {
  const folder = scratchFolder('errtable-import-');
  const table = join(folder, `${xgpush}.json`);
  copyFileSync(join(tablesDir, `${xgpush}.json`), table);
  const page = join(folder, 'vendor.md');
  writeFileSync(page, edit(vendorPage(xgpush)).text);
  return { folder, table, page };
}

const argsOf = ({ table, page }: { table: string; page: string }) => [page, '--table', table];

const addedCode = (page: { file: string; text: string }) => editPage(page, '| 92 | Too many apptags | Clear unused tags |\n', '| 92 | Too many apptags | Clear unused tags |\n| 93 | Too many tags for the account | Clear unused tags |\n');

describe('npm run codegen -- import', () => {
  it('writes the merged table and says which bump it needs', async () => {
    const { table, page } = workspace(addedCode);
    const result = await run('import', page, '--table', table);
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/^minor {2}.*vendor\.md:29:3 {2}the vendor added 93 "Too many tags for the account"; import proposes TOO_MANY_TAGS_ACCOUNT, category quota, not retryable$/m);
    expect(result.err).toMatch(/warning: code 93 "TOO_MANY_TAGS_ACCOUNT" was proposed by import/);
    expect(result.err).toMatch(/Updated .*xgpush-error-codes\.json; the table needs a minor bump/);
    expect(readFileSync(table, 'utf8')).toContain('"name": "TOO_MANY_TAGS_ACCOUNT"');
  });

  it('--dry-run prints the changes and writes nothing', async () => {
    const { table, page } = workspace(addedCode);
    const before = statSync(table).mtimeMs;
    const result = await run('import', page, '--table', table, '--dry-run');
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/the vendor added 93/);
    expect(result.err).toMatch(/Would update .*; nothing was written\./);
    expect(readFileSync(table, 'utf8')).toBe(tableText(xgpush));
    expect(statSync(table).mtimeMs).toBe(before);
  });

  it('exits 1 on a page it cannot read as a table, at file:line:column, and writes nothing', async () => {
    const { table, page } = workspace((text) => editPage(text, '| 14 | Invalid token. |', '| 1.5 | Invalid token. |'));
    const result = await run('import', page, '--table', table);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/vendor\.md:13:3: "1\.5" is not a code: codes are whole decimal numbers from -2147483648 to 2147483647\. Write the code in decimal/);
    expect(result.err).toMatch(/Nothing was written\.$/);
    expect(readFileSync(table, 'utf8')).toBe(tableText(xgpush));
  });

  it('--new creates a table next to the others, and refuses to overwrite one', async () => {
    const { folder, page } = workspace();
    const created = join(folder, 'xgpush-copy.json');
    const result = await run('import', page, '--table', created, '--new');
    expect(result.code).toBe(0);
    expect(result.err).toMatch(/Created .*xgpush-copy\.json from .*vendor\.md: 32 codes, each with a proposed name/);
    expect((JSON.parse(readFileSync(created, 'utf8')) as { repository: string }).repository).toBe('https://github.com/errtable/errtable');
    expect((await run('validate', created)).code).toBe(0);
    expect((await run('validate', '--strict', created)).code).toBe(1);
    const again = await run('import', page, '--table', created, '--new');
    expect([again.code, again.err]).toEqual([2, expect.stringMatching(/xgpush-copy\.json exists already; drop --new/)]);
  });

  it('says what it did with a code the page dropped: kept, or with --deprecate-missing deprecated', async () => {
    const dropped = (page: { file: string; text: string }) => editPage(page, '| 92 | Too many apptags | Clear unused tags |\n', '');
    const kept = await run('import', ...argsOf(workspace(dropped)));
    expect(kept.err).toMatch(/^major {2}.*xgpush-error-codes\.json:\d+:\d+ {2}the vendor no longer lists 92 TOO_MANY_APP_TAGS; removing it is a major change, so import keeps it \(--deprecate-missing deprecates it, a minor change\)$/m);
    const deprecating = workspace(dropped);
    const deprecated = await run('import', ...argsOf(deprecating), '--deprecate-missing');
    expect(deprecated.err).toMatch(/^minor {2}.*xgpush-error-codes\.json:\d+:\d+ {2}the vendor no longer lists 92 TOO_MANY_APP_TAGS; import deprecates it \(removing it would be a major change\)$/m);
    expect(readFileSync(deprecating.table, 'utf8')).toMatch(/"code": 92,[^}]*"deprecated"/);
  });

  it('exits 2 on usage errors', async () => {
    const { table, page } = workspace();
    expect((await run('import', page)).code).toBe(2);
    expect((await run('import', '--table', table)).code).toBe(2);
    expect((await run('import', page, '--table', table, '--vendor-table', '0')).code).toBe(2);
    expect((await run('import', page, '--table', table, '--repository', 'https://example.org/x')).code).toBe(2);
    expect((await run('import', join(repoRoot, 'no-such-page.md'), '--table', table)).code).toBe(2);
    expect((await run('generate', '--new')).code).toBe(2);
  });

  it('refuses a --locale that no translation may have, as a usage error that names the tags meant', async () => {
    const { table, page } = workspace();
    for (const command of ['import', 'drift']) {
      expect(await run(command, page, '--table', table, '--locale', 'zh')).toEqual({ code: 2, out: '', err: 'error: --locale "zh" does not say which script the text is written in. Name the script: "zh-Hans" or "zh-Hant"' });
      expect(await run(command, page, '--table', table, '--locale', 'zh_hans')).toEqual({ code: 2, out: '', err: 'error: --locale "zh_hans" is not written the way BCP 47 spells it. Write it as "zh-Hans"' });
    }
    expect(readFileSync(table, 'utf8')).toBe(tableText(xgpush));
  });
});

describe('npm run codegen -- drift', () => {
  it('exits 0 and says so when the table says what its vendor page says', async () => {
    const result = await run('drift', join(repoRoot, vendorPage(xgpush).file), '--table', xgpush);
    expect(result).toEqual({ code: 0, out: '', err: expect.stringMatching(/^No drift: schema\/tables\/xgpush-error-codes\.json says what .*xgpush-error-codes\.md says\.$/) });
  });

  it('exits 1 and lists each difference with its bump; --format json prints them as one array', async () => {
    const { table, page } = workspace((text) => editPage(addedCode(text), '| Others | Internal XGPush errors |', '| Others | Internal errors |'));
    const text = await run('drift', page, '--table', table);
    expect(text.code).toBe(1);
    expect(text.out.split('\n').map((line) => line.slice(0, 5))).toEqual(['minor', 'patch']);
    // The command to follow names this table, not the repository's of the same id, as this run found it.
    expect(text.err.endsWith(`; npm run codegen -- import ${shellWord(page)} --table ${shellWord(table)} takes the vendor's side.`)).toBe(true);
    const json = await run('drift', page, '--table', table, '--format', 'json');
    expect(json.code).toBe(1);
    const entries = JSON.parse(json.out) as { kind: string; bump: string; summary: string; line: number }[];
    expect(entries.map(({ kind, bump, summary }) => ({ kind, bump, summary }))).toEqual([
      { kind: 'added', bump: 'minor', summary: 'Added 93 TOO_MANY_TAGS_ACCOUNT' },
      { kind: 'fallback', bump: 'patch', summary: 'Changed the fallback\'s description from "Internal XGPush errors" to "Internal errors"' },
    ]);
    expect(readFileSync(table, 'utf8')).toBe(tableText(xgpush));
  });

  it('with --locale, names the codes a translated page no longer lists', async () => {
    const folder = scratchFolder('errtable-drift-locale-');
    const page = join(folder, 'vendor.zh-Hans.md');
    writeFileSync(page, editPage(vendorPage(tpns, 'zh-Hans'), '|10108|服务器返回异常报文|\n', '').text);
    const result = await run('drift', page, '--table', tpns, '--locale', 'zh-Hans');
    expect(result.code).toBe(0);
    expect(result.err.split('\n')).toEqual([
      "The page does not list 1 of the table's codes (10108); their zh-Hans text stays as it is.",
      expect.stringMatching(/^No drift: schema\/tables\/tpns-android-client-return-codes\.json says what .*vendor\.zh-Hans\.md says of every code the page lists\.$/),
    ]);
  });

  it('suggests an import that works from the folder it runs in, quoting a path with a space', async () => {
    const folder = join(scratchFolder('errtable-drift-cwd-'), 'a folder');
    mkdirSync(folder);
    const page = join(folder, 'vendor.md');
    writeFileSync(page, editPage(vendorPage(xgpush), '| Others | Internal XGPush errors |', '| Others | Internal errors |').text);
    copyFileSync(join(tablesDir, `${xgpush}.json`), join(folder, `${xgpush}.json`));
    const before = process.cwd();
    process.chdir(folder);
    try {
      const result = await run('drift', 'vendor.md', '--table', `./${xgpush}.json`);
      expect(result.err.split('\n').at(-1)).toBe(`1 difference between ${xgpush}.json and vendor.md; npm run codegen -- import vendor.md --table ${xgpush}.json takes the vendor's side.`);
    } finally {
      process.chdir(before);
    }
    expect(shellWord(page)).toBe(`'${page}'`);
  });

  it('exits 2 when asked to write', async () => {
    const { table, page } = workspace();
    expect((await run('drift', page, '--table', table, '--dry-run')).code).toBe(2);
    expect((await run('drift', page, '--table', table, '--deprecate-missing')).code).toBe(2);
  });
});
