import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';

export const fixturesDir = join(repoRoot, 'tools', 'codegen', 'fixtures');

/** Names of the fixture folders of one kind (`valid` or `invalid` tables, `vendor` pages), sorted. */
export function fixtureNames(kind: 'valid' | 'invalid' | 'vendor'): string[] {
  return readdirSync(join(fixturesDir, kind), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}
