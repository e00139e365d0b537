import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { repoRoot } from '@errtable/codegen/dist/paths';

/**
 * A scratch Nx workspace for `nx g @errtable/codegen:generate`, which writes into the workspace it runs in: the
 * repository's nx.json, a bare package.json and its node_modules (through which Nx finds the plugin), and the table
 * if one is given, under its own file name (its id). Without one, the generator renders the repository's tables in
 * schema/tables into it. Generating there leaves the committed packages alone.
 */
export function makeNxWorkspace(dir: string, tablePath: string | undefined): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(repoRoot, 'nx.json'), join(dir, 'nx.json'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "bench-workspace", "private": true }\n');
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
  if (tablePath !== undefined) copyFileSync(tablePath, join(dir, basename(tablePath)));
}

export const nxCli = join(repoRoot, 'node_modules', 'nx', 'dist', 'bin', 'nx.js');
export const nxEnv = { NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', NX_SKIP_NX_CACHE: 'true' };

/** Identity of every generated file under `root` (inode, size, modification time): what a write would change. */
export function fileIdentities(root: string): Map<string, string> {
  const identities = new Map<string, string>();
  const visit = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === '.nx') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (entry.isFile()) {
        const stat = statSync(path, { bigint: true });
        identities.set(relative(root, path), `${stat.ino}:${stat.size}:${stat.mtimeNs}`);
      }
    }
  };
  visit(root);
  return identities;
}

/** How many files differ between two snapshots (created, changed or removed). */
export function filesTouched(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): number {
  let touched = 0;
  for (const [path, identity] of after) if (before.get(path) !== identity) touched += 1;
  for (const path of before.keys()) if (!after.has(path)) touched += 1;
  return touched;
}
