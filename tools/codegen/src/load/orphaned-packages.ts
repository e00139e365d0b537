import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { tablesFolder } from '../paths';
import { tableDir } from '../targets/target';
import { quote } from '../validate/show-text';
import type { OutputProblem } from '../write/output-error';

/** The names of a folder's sub-folders; none when it cannot be read. */
function foldersIn(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

/** Whether the package.json at `path` is one the generator wrote for table `id`: its Nx tag names the table. */
function generatedFor(path: string, id: string): boolean {
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { nx?: { tags?: unknown } };
    const tags = manifest.nx?.tags;
    return Array.isArray(tags) && tags.includes(`table:${id}`);
  } catch {
    return false;
  }
}

/**
 * The folders `packages/<id>/` (under `root`) of tables that `tables` no longer has, known by a package.json the
 * generator wrote there (tagged `table:<id>`). Generation deletes only the files whose header names a table: the
 * package.json files, LICENSE copies, tsconfig files and vectors stay, and Nx still runs them as projects. None when
 * `tables` is undefined: a plan of some tables only (`Planned.everyTable`) cannot tell which are gone.
 */
export function orphanedPackages(root: string, tables: ReadonlySet<string> | undefined): string[] {
  if (tables === undefined) return [];
  return foldersIn(join(root, 'packages'))
    .filter((id) => !tables.has(id))
    .filter((id) => foldersIn(join(root, tableDir(id))).some((language) => generatedFor(join(root, tableDir(id), language, 'package.json'), id)))
    .map((id) => tableDir(id));
}

/**
 * What to tell about a deleted table's packages (`orphanedPackages`): generation removes their headed files only;
 * the rest is the maintainer's to delete. The CLI's check and the Nx sync check fail on it; generate only says so.
 */
export function orphanProblem(folder: string): OutputProblem {
  const message = `holds packages generated from table ${quote(basename(folder))}, which ${tablesFolder} no longer has: their files without a header (package.json, LICENSE, tsconfig, vectors) stay, and Nx still runs them`;
  return { file: `${folder}/`, message, hint: 'Delete the folder with the table, or put the table back' };
}
