import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';
import { UsageError } from './load-table';

/** The repository's license file, which every package carries a copy of. */
export const licensePath = join(repoRoot, 'LICENSE');

/** The text of the repository's LICENSE, line endings as LF like every generated file. */
export function loadLicense(): string {
  try {
    return readFileSync(licensePath, 'utf8').replaceAll('\r\n', '\n');
  } catch (cause) {
    throw new UsageError(`cannot read the repository's LICENSE (${licensePath}), which every package carries a copy of: ${(cause as Error).message}. Restore it`);
  }
}
