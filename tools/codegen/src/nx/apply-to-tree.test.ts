import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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
