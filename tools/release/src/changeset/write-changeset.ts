import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `.changeset/<fileName>` and returns its path relative to the repository. */
export function writeChangeset(repo: string, fileName: string, contents: string): string {
  mkdirSync(join(repo, '.changeset'), { recursive: true });
  writeFileSync(join(repo, '.changeset', fileName), contents);
  return `.changeset/${fileName}`;
}
