import { renameSync, writeFileSync } from 'node:fs';

/**
 * Writes `contents` beside `path` (`<path>.<pid>.tmp`, created exclusively, so a link planted at that name is not
 * followed) and renames it over `path`: a reader, or a run at the same time, sees the whole old file or the whole
 * new one. Throws when the disk refuses.
 */
export function replaceFile(path: string, contents: string | Uint8Array): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents, { flag: 'wx' });
  renameSync(temporary, path);
}
