import type { ErrorTable } from '@errtable/codegen/dist/table';
import { diffNewTable, diffTables } from '@errtable/codegen/dist/semantic-diff/diff-tables';
import type { TableChange } from '@errtable/codegen/dist/semantic-diff/table-change';
import { findTableAtRef, loadTableFile } from './load/load-table';
import type { ReleaseTable } from './load/load-tables';
import { lastTableRelease, type TableRelease } from './release-tags';

/** What the maintainer asked to compare with: a table file, or the table committed at a git ref. */
export type ExplicitBase = { file: string } | { ref: string };

/** The table a current one is compared with. */
export interface Base {
  /** The last release of the table, a git ref, a table file, or none: a table never released. */
  kind: 'release' | 'ref' | 'file' | 'none';
  /** How it is named in messages and changeset file names: the released version, the ref or the file. */
  label: string;
  /** The table there; undefined when the base has none (a table added since, or never released). */
  table: ErrorTable | undefined;
  /** Where the table was at a ref or release (an older one has it at `schema/<id>.json`). */
  path?: string;
  /** The last release, when that is the base. */
  release?: TableRelease;
}

/** The explicit base if one is given, else the table's last release; a table never released has no table there. */
export function resolveBase(repo: string, id: string, explicit: ExplicitBase | undefined): Base {
  if (explicit !== undefined && 'file' in explicit) return { kind: 'file', label: explicit.file, table: loadTableFile(explicit.file) };
  if (explicit !== undefined) {
    const found = findTableAtRef(repo, explicit.ref, id);
    return { kind: 'ref', label: explicit.ref, table: found?.table, ...(found === undefined ? {} : { path: found.path }) };
  }
  const release = lastTableRelease(repo, id);
  if (release === undefined) return { kind: 'none', label: 'no release', table: undefined };
  return { kind: 'release', label: release.version, table: release.table, path: release.path, release };
}

/** Every change of `current` since `base`; against no table at all, every code is added. */
export function compareTable(current: ReleaseTable, base: Base): TableChange[] {
  return base.table === undefined ? diffNewTable(current.table) : diffTables(current.id, base.table, current.table);
}
