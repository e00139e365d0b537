import { readFileSync } from 'node:fs';
import { schemaFile, tablesFolder } from '@errtable/codegen/dist/paths';
import type { ErrorTable } from '@errtable/codegen/dist/table';
import { filesAtRef, git, hasFileAtRef } from '../git';

/** Parses a table; it is assumed valid (codegen validates it), only its JSON syntax is checked here. */
function parseTable(text: string, origin: string): ErrorTable {
  try {
    return JSON.parse(text) as ErrorTable;
  } catch (error) {
    throw new Error(`${origin} is not valid JSON: ${(error as Error).message}`);
  }
}

export function loadTableFile(path: string): ErrorTable {
  return parseTable(readFileSync(path, 'utf8'), path);
}

/** The table as committed at `ref` (a tag, branch or commit), e.g. `git show 1.2.0:schema/tables/xgpush-error-codes.json`. */
export function loadTableAtRef(repo: string, ref: string, path: string): ErrorTable {
  return parseTable(git(repo, ['show', `${ref}:${path}`]), `${ref}:${path}`);
}

/** Where a table lives now: `schema/tables/<id>.json`. */
export function tablePathOf(id: string): string {
  return `${tablesFolder}/${id}.json`;
}

/**
 * Where the single table lived before the repository held many (`schema/<id>.json`, released with plain `X.Y.Z`
 * tags and `packages/<language>/`): older tags have it there.
 */
export function legacyTablePathOf(id: string): string {
  return `schema/${id}.json`;
}

/** The table `id` as committed at `ref`, wherever it lived then; undefined when `ref` did not have it (a new table). */
export function findTableAtRef(repo: string, ref: string, id: string): { path: string; table: ErrorTable } | undefined {
  const path = [tablePathOf(id), legacyTablePathOf(id)].find((candidate) => hasFileAtRef(repo, ref, candidate));
  return path === undefined ? undefined : { path, table: loadTableAtRef(repo, ref, path) };
}

/** The ids of every table committed at `ref`: the folder of tables, or the one table of the older layout. */
export function tableIdsAtRef(repo: string, ref: string): string[] {
  const current = filesAtRef(repo, ref, tablesFolder).filter((path) => path.endsWith('.json'));
  const legacy = filesAtRef(repo, ref, 'schema').filter((path) => path.endsWith('.json') && path !== schemaFile);
  const ids = [...current, ...legacy].map((path) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length));
  return [...new Set(ids)].sort();
}
