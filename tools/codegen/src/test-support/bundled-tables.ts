import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tablesDir } from '../paths';
import type { ErrorTable } from '../table';

export const xgpush = 'xgpush-error-codes';
export const tpns = 'tpns-android-client-return-codes';

/** The path of a bundled table, `schema/tables/<id>.json`, absolute. */
export function bundledTablePath(id: string): string {
  return join(tablesDir, `${id}.json`);
}

/** A fresh copy of a bundled table, parsed: tests edit it freely. */
export function bundledTable(id: string): ErrorTable {
  return JSON.parse(readFileSync(bundledTablePath(id), 'utf8')) as ErrorTable;
}
