import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FsTree } from 'nx/src/generators/tree';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { generatedLine } from '../model/header';
import { defaultTable } from '../paths';
import { runCli } from '../run-cli';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';
import generateGenerator from './generate-generator';
import syncGenerator from './sync-generator';

afterAll(removeScratchFolders);
afterEach(() => vi.restoreAllMocks());

const orphanLine =
  'packages/gone-table/: holds packages generated from table "gone-table", which schema/tables no longer has: their files without a header (package.json, LICENSE, tsconfig, vectors) stay, and Nx still runs them. Delete the folder with the table, or put the table back.';

/** A generated output with the packages of a table that no longer exists (its package.json, tagged for it). */
async function outputWithOrphan(): Promise<string> {
  const out = scratchFolder('errtable-nx-orphan-');
  expect(await runCli(['generate', '--out', out], { out: () => undefined, err: () => undefined })).toBe(0);
  const manifest = readFileSync(join(out, 'packages', 'xgpush-error-codes', 'go', 'package.json'), 'utf8');
  mkdirSync(join(out, 'packages', 'gone-table', 'go'), { recursive: true });
  writeFileSync(join(out, 'packages', 'gone-table', 'go', 'package.json'), manifest.replace('"table:xgpush-error-codes"', '"table:gone-table"'));
  return out;
}

describe("a deleted table's packages under Nx", () => {
  it('fail nx sync:check on their own: the sync generator throws, naming the folder and what to do', async () => {
    const out = await outputWithOrphan();
    await expect(syncGenerator(new FsTree(out, false))).rejects.toThrow(`Packages of a deleted table remain:\n${orphanLine}`);
  });

  it('are listed among the out-of-sync details when generated files are out of step too', async () => {
    const out = await outputWithOrphan();
    const stale = 'packages/xgpush-error-codes/go/xgpusherr/old.go';
    writeFileSync(join(out, stale), `// ${generatedLine(defaultTable)}\npackage xgpusherr\n`);
    const result = await syncGenerator(new FsTree(out, false));
    expect(result?.outOfSyncDetails).toEqual([stale, orphanLine]);
    expect(result?.outOfSyncMessage).toMatch(/Run `npm run generate`.* A deleted table's packages remain too: delete their folders \(listed last\)\.$/);
  });

  it('make nx g generate warn, and delete nothing of them', async () => {
    const out = await outputWithOrphan();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const tree = new FsTree(out, false);
    await generateGenerator(tree, {});
    expect(warn.mock.calls).toEqual([[`warning: ${orphanLine}`]]);
    expect(tree.listChanges()).toEqual([]);
  });
});
