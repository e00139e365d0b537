import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';
import { fixturesDir } from '../test-support/fixtures';
import { applyToTree } from './apply-to-tree';

describe('nx g @errtable/codegen:generate with an invalid table', () => {
  it('fails with the located diagnostics and leaves the tree untouched', async () => {
    const tree = createTreeWithEmptyWorkspace();
    const before = tree.listChanges().length;
    const table = join(fixturesDir, 'invalid', 'rejects-every-mistake-at-once', 'table.json');
    await expect(applyToTree(tree, [table])).rejects.toThrow(/^The table is invalid; no file was written\.\n.*table\.json:3:3 \/tittle: unknown property "tittle"/);
    expect(tree.listChanges()).toHaveLength(before);
  });
});

describe('nx g @errtable/codegen:generate with a table from outside schema/tables', () => {
  it('refuses it in the repository, whose files made from every table it would replace, before the tree is touched', async () => {
    const tree = createTreeWithEmptyWorkspace();
    Object.defineProperty(tree, 'root', { value: repoRoot });
    const before = tree.listChanges().length;
    const table = join(fixturesDir, 'invalid', 'warns-about-names-that-differ-only-by-underscores', 'table.json');
    await expect(applyToTree(tree, [table])).rejects.toThrow(/table\.json is not in schema\/tables: .* Render it into another folder with npm run codegen -- generate --table FILE --out DIR, or move it into schema\/tables$/);
    expect(tree.listChanges()).toHaveLength(before);
  });
});
