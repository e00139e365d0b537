import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';
import { nodeFileSystem } from './file-system';

afterAll(removeScratchFolders);

describe('nodeFileSystem.makeDirectory (mkdir -p)', () => {
  it('creates every missing folder and returns the first it created; none when all exist', () => {
    const root = scratchFolder('errtable-mkdir-');
    expect(nodeFileSystem.makeDirectory(join(root, 'a', 'b', 'c'))).toBe(join(root, 'a'));
    expect(existsSync(join(root, 'a', 'b', 'c'))).toBe(true);
    expect(nodeFileSystem.makeDirectory(join(root, 'a', 'b', 'c'))).toBeUndefined();
  });

  it('fails on a file in the way', () => {
    const root = scratchFolder('errtable-mkdir-');
    writeFileSync(join(root, 'file'), '');
    expect(() => nodeFileSystem.makeDirectory(join(root, 'file'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => nodeFileSystem.makeDirectory(join(root, 'file', 'below'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });
});
