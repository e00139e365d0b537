import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageDir } from '@errtable/codegen/dist/targets/target';
import type { ReleaseTable } from './load-tables';

/** A package Changesets versions, as its `package.json` declares it (an npm package or a private wrapper). */
export interface ReleasePackage {
  /** Its folder, relative to the repository. */
  dir: string;
  name: string;
  version: string;
}

export function loadPackage(repo: string, dir: string): ReleasePackage {
  let text: string;
  try {
    text = readFileSync(join(repo, dir, 'package.json'), 'utf8');
  } catch {
    throw new Error(`${dir}/package.json is missing. Run \`npm run generate\` (a table's packages) and commit it.`);
  }
  const manifest = JSON.parse(text) as { name: string; version: string };
  return { dir, name: manifest.name, version: manifest.version };
}

/** A table's packages, one per language it is generated into: its fixed group, which Changesets versions together. */
export function loadTablePackages(repo: string, table: ReleaseTable): ReleasePackage[] {
  return table.targets.map((target) => loadPackage(repo, packageDir(table.id, target.id)));
}

/** The version a table's packages share; different versions mean the fixed group or a hand edit went wrong. */
export function sharedVersion(tableId: string, packages: readonly ReleasePackage[]): string {
  const versions = new Set(packages.map((pkg) => pkg.version));
  if (versions.size !== 1) {
    const listing = packages.map((pkg) => `${pkg.dir}: ${pkg.version}`).join(', ');
    throw new Error(`the packages of table ${tableId} must share one version, found ${listing}. Check its "fixed" group in .changeset/config.json and run \`npm run version-packages\`.`);
  }
  return packages[0]!.version;
}
