import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const changesetConfigFile = '.changeset/config.json';

/** The `fixed` groups of the Changesets configuration (none when it sets none). */
export function loadFixedGroups(repo: string): string[][] {
  const config = JSON.parse(readFileSync(join(repo, changesetConfigFile), 'utf8')) as { fixed?: string[][] };
  return config.fixed ?? [];
}
