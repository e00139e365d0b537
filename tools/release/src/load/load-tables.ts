import { readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { tablesFolder } from '@errtable/codegen/dist/paths';
import type { ErrorTable } from '@errtable/codegen/dist/table';
import { targetsOf } from '@errtable/codegen/dist/targets/table-targets';
import type { Target } from '@errtable/codegen/dist/targets/target';
import { UsageError } from '../usage-error';
import { loadTableFile, tablePathOf } from './load-table';

/** A table of the working tree, with what the release needs to know about it. */
export interface ReleaseTable {
  /** Its file name without `.json`: its packages live in `packages/<id>/`. */
  id: string;
  /** `schema/tables/<id>.json`, relative to the repository. */
  path: string;
  table: ErrorTable;
  /** The languages it is generated into, in registry order (its `languages`, or every registered one). */
  targets: readonly Target[];
}

/** Every table in the repository's folder of tables, sorted by id. */
export function loadTables(repo: string): ReleaseTable[] {
  const names = readdirSync(join(repo, tablesFolder)).filter((name) => name.endsWith('.json')).sort();
  return names.map((name) => {
    const id = name.slice(0, -'.json'.length);
    const table = loadTableFile(join(repo, tablePathOf(id)));
    return { id, path: tablePathOf(id), table, targets: targetsOf(table) };
  });
}

/** `xgpush-error-codes` or `schema/tables/xgpush-error-codes.json` (from the working directory) -> the id. */
function tableIdOf(repo: string, argument: string): string {
  if (!argument.includes('/') && !argument.endsWith('.json')) return argument;
  const path = resolve(argument);
  if (dirname(path) !== join(repo, tablesFolder) || !path.endsWith('.json')) {
    throw new UsageError(`--table takes the id of a table in ${tablesFolder} (or its path there), not ${argument}`);
  }
  return basename(path, '.json');
}

/** The tables named by `--table` (ids or paths), or every table when none is named. */
export function selectTables(repo: string, tables: readonly ReleaseTable[], requested: readonly string[]): ReleaseTable[] {
  if (requested.length === 0) return [...tables];
  return [...new Set(requested.map((argument) => tableIdOf(repo, argument)))].map((id) => {
    const found = tables.find((table) => table.id === id);
    if (found === undefined) throw new UsageError(`there is no table ${id} in ${tablesFolder}; the tables are: ${tables.map((table) => table.id).join(', ')}`);
    return found;
  });
}
