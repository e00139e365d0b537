import { readFileSync } from 'node:fs';
import type { ErrorTable } from '@errtable/codegen/dist/table';
import { git } from '../git';

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

/** The table as committed at `ref` (a tag, branch or commit), e.g. `git show 1.2.0:schema/xgpush-error-codes.json`. */
export function loadTableAtRef(repo: string, ref: string, path: string): ErrorTable {
  return parseTable(git(repo, ['show', `${ref}:${path}`]), `${ref}:${path}`);
}
