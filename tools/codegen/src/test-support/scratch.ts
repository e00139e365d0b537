import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scratchFolders: string[] = [];

/** A new folder under the system's temporary folder, removed by `removeScratchFolders` (call it in `afterAll`). */
export function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  scratchFolders.push(folder);
  return folder;
}

/** Every scratch folder made so far, with what the tests left in it: a test run leaves nothing behind. */
export function removeScratchFolders(): void {
  for (const folder of scratchFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
}
