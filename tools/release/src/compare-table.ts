import { join } from 'node:path';
import { diffTables } from './diff/diff-tables';
import type { TableChange } from './diff/table-change';
import { loadTableAtRef, loadTableFile } from './load/load-table';
import { lastReleaseTag } from './release-tag';

/** The table to compare with: a file, or the table committed at a git ref (a release tag by default). */
export type Base = { file: string } | { ref: string };

export interface Comparison {
  /** How the base is named in messages and changesets: the tag, ref or file. */
  baseLabel: string;
  changes: TableChange[];
}

/** The explicit base if one is given, else the last release tag; undefined before the first release. */
export function resolveBase(repo: string, explicit: Base | undefined): Base | undefined {
  if (explicit !== undefined) return explicit;
  const tag = lastReleaseTag(repo);
  return tag === undefined ? undefined : { ref: tag };
}

/** Diffs the table at `tablePath` (relative to `repo`) against the same path at the base. */
export function compareTable(repo: string, tablePath: string, base: Base): Comparison {
  const before = 'file' in base ? loadTableFile(base.file) : loadTableAtRef(repo, base.ref, tablePath);
  const changes = diffTables(before, loadTableFile(join(repo, tablePath)));
  return { baseLabel: 'file' in base ? base.file : base.ref, changes };
}
