import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FsTree } from 'nx/src/generators/tree';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';
import { xgpush } from '../test-support/bundled-tables';
import { editPage, tableText, vendorPage } from '../test-support/vendor-pages';
import importGenerator from './import-generator';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';

afterAll(removeScratchFolders);

function pageFile(text: string): string {
  const page = join(scratchFolder('errtable-nx-import-'), 'vendor.md');
  writeFileSync(page, text);
  return page;
}

describe('nx g @errtable/codegen:import', () => {
  it('writes the merged table into the tree, which Nx writes (or shows, with --dry-run)', async () => {
    const tree = new FsTree(repoRoot, false);
    const page = pageFile(editPage(vendorPage(xgpush), '| 14 | Invalid token. |', '| 14 | Invalid device token. |').text);
    await importGenerator(tree, { page, table: xgpush });
    const changes = tree.listChanges();
    expect(changes.map((change) => [change.path, change.type])).toEqual([[`schema/tables/${xgpush}.json`, 'UPDATE']]);
    expect(changes[0]!.content!.toString()).toBe(tableText(xgpush).replace('"description": "Invalid token."', '"description": "Invalid device token."'));
  });

  it('leaves the tree untouched when the page says what the table says', async () => {
    const tree = new FsTree(repoRoot, false);
    await importGenerator(tree, { page: join(repoRoot, vendorPage(xgpush).file), table: xgpush });
    expect(tree.listChanges()).toEqual([]);
  });

  it('throws with every problem of the page located, before touching the tree', async () => {
    const tree = new FsTree(repoRoot, false);
    const page = pageFile(editPage(vendorPage(xgpush), '| 14 | Invalid token. |', '| abc | Invalid token. |').text);
    await expect(importGenerator(tree, { page, table: xgpush })).rejects.toThrow(/^Nothing was written\.\n.*vendor\.md:13:3: "abc" is not a code/);
    expect(tree.listChanges()).toEqual([]);
  });
});
