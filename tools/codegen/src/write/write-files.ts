import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { OutputFile } from '../render/render-files';

export type ChangeKind = 'create' | 'update' | 'unchanged';

export interface FileChange {
  path: string;
  kind: ChangeKind;
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** What writing `files` under `root` would change, without writing. */
export function planWrites(root: string, files: readonly OutputFile[]): FileChange[] {
  return files.map(({ path, contents }) => {
    const existing = readIfExists(join(root, path));
    return { path, kind: existing === undefined ? 'create' : existing === contents ? 'unchanged' : 'update' };
  });
}

/** Writes the files that differ, each atomically (temp file + rename): an interrupted run leaves every file old or new. */
export function writeFiles(root: string, files: readonly OutputFile[]): FileChange[] {
  const plan = planWrites(root, files);
  const byPath = new Map(files.map((file) => [file.path, file.contents]));
  for (const change of plan.filter((c) => c.kind !== 'unchanged')) {
    writeAtomically(join(root, change.path), byPath.get(change.path)!);
  }
  return plan;
}

export function writeAtomically(path: string, contents: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, contents);
    renameSync(temporary, path);
  } catch (cause) {
    rmSync(temporary, { force: true });
    throw cause;
  }
}
