import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir, type Target } from '../targets/target';

export const initialVersion = '0.1.0';

/**
 * The release version the packages share. Changesets bumps the `package.json` beside each package;
 * the highest one wins, so a regeneration after `changeset version` carries it into every language.
 */
export function loadReleaseVersion(outDir: string, targets: readonly Target[]): string {
  const versions = targets.flatMap((target) => {
    try {
      const manifest = JSON.parse(readFileSync(join(outDir, packageDir(target.id), 'package.json'), 'utf8')) as { version?: unknown };
      return typeof manifest.version === 'string' ? [manifest.version] : [];
    } catch {
      return [];
    }
  });
  return versions.sort(compareVersions).at(-1) ?? initialVersion;
}

export function compareVersions(a: string, b: string): number {
  const [pa, pb] = [a, b].map((v) => v.split(/[.+-]/).slice(0, 3).map(Number));
  for (let index = 0; index < 3; index += 1) {
    const difference = (pa![index] ?? 0) - (pb![index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
