import type { ErrorTable } from '@errtable/codegen/dist/table';
import { findTableAtRef, tableIdsAtRef } from './load-table';

/** Every table committed at `ref` (e.g. the last Swift release), in either layout. */
export function loadTablesAtRef(repo: string, ref: string): { id: string; table: ErrorTable }[] {
  return tableIdsAtRef(repo, ref).flatMap((id) => {
    const found = findTableAtRef(repo, ref, id);
    return found === undefined ? [] : [{ id, table: found.table }];
  });
}
