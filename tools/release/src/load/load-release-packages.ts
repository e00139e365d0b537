import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { targets } from '@errtable/codegen/dist/targets/registry';
import { packageDir } from '@errtable/codegen/dist/targets/target';

/** One package of the release group, as its `package.json` (the npm package or a private wrapper) declares it. */
export interface ReleasePackage {
  dir: string;
  name: string;
  version: string;
}

/** Every generated package, one per target: the fixed group Changesets versions together. */
export function loadReleasePackages(repo: string): ReleasePackage[] {
  return targets.map((target) => {
    const dir = packageDir(target.id);
    const manifest = JSON.parse(readFileSync(join(repo, dir, 'package.json'), 'utf8')) as { name: string; version: string };
    return { dir, name: manifest.name, version: manifest.version };
  });
}

/** The version every package shares; different versions mean the fixed group or a hand edit went wrong. */
export function sharedVersion(packages: readonly ReleasePackage[]): string {
  const versions = new Set(packages.map((pkg) => pkg.version));
  if (versions.size !== 1) {
    const listing = packages.map((pkg) => `${pkg.dir}: ${pkg.version}`).join(', ');
    throw new Error(`the packages must share one version, found ${listing}. Check the "fixed" group in .changeset/config.json and run \`npm run version-packages\`.`);
  }
  return packages[0]!.version;
}
