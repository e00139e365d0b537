import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { CodeRow, ErrorTable } from '@errtable/codegen/dist/table';
import { targets } from '@errtable/codegen/dist/targets/registry';
import { packageDir } from '@errtable/codegen/dist/targets/target';

export const workspaceRoot = resolve(__dirname, '..', '..', '..', '..');
export const tablePath = 'schema/xgpush-error-codes.json';

// Test repositories must not depend on the developer's git configuration (signing, hooks, default branch).
Object.assign(process.env, {
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Release Test',
  GIT_AUTHOR_EMAIL: 'release-test@example.invalid',
  GIT_COMMITTER_NAME: 'Release Test',
  GIT_COMMITTER_EMAIL: 'release-test@example.invalid',
});

const made: string[] = [];

export function run(repo: string, command: string, args: readonly string[]): string {
  return execFileSync(command, args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export function writeRepoFile(repo: string, path: string, contents: string): void {
  mkdirSync(dirname(join(repo, path)), { recursive: true });
  writeFileSync(join(repo, path), contents);
}

export function readRepoFile(repo: string, path: string): string {
  return readFileSync(join(repo, path), 'utf8');
}

/** Writes every package's `package.json` at `version`, formatted as the generator writes it. */
export function setPackageVersions(repo: string, version: string): void {
  for (const target of targets) {
    const path = `${packageDir(target.id)}/package.json`;
    const manifest = JSON.parse(readFileSync(join(workspaceRoot, path), 'utf8')) as Record<string, unknown>;
    writeRepoFile(repo, path, `${JSON.stringify({ ...manifest, version }, null, 2)}\n`);
  }
}

export function editTable(repo: string, edit: (table: ErrorTable) => void): void {
  const table = JSON.parse(readRepoFile(repo, tablePath)) as ErrorTable;
  edit(table);
  writeRepoFile(repo, tablePath, `${JSON.stringify(table, null, 2)}\n`);
}

export function codeRow(table: ErrorTable, code: number): CodeRow {
  const row = table.codes.find((candidate) => candidate.code === code);
  if (row === undefined) throw new Error(`the bundled table has no code ${code}`);
  return row;
}

export function commitAll(repo: string, message: string): void {
  run(repo, 'git', ['add', '--all']);
  run(repo, 'git', ['commit', '--quiet', '--message', message]);
}

/**
 * A temporary repository shaped like this one: the bundled table, the Changesets config, every package's
 * `package.json` at `version` and the Go module, committed on `main`; tagged `version` when `tagged`.
 */
export function makeReleaseRepo(version: string, { tagged }: { tagged: boolean }): string {
  const repo = mkdtempSync(join(tmpdir(), 'errtable-release-'));
  made.push(repo);
  run(repo, 'git', ['init', '--quiet', '--initial-branch', 'main']);
  writeRepoFile(repo, 'package.json', `${JSON.stringify({ name: 'release-test', private: true, workspaces: ['packages/*'] }, null, 2)}\n`);
  for (const path of [tablePath, '.changeset/config.json', 'packages/go/go.mod']) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    copyFileSync(join(workspaceRoot, path), join(repo, path));
  }
  setPackageVersions(repo, version);
  commitAll(repo, `release ${version}`);
  if (tagged) run(repo, 'git', ['tag', version]);
  return repo;
}

/** Lets Changesets resolve its changelog module from the temporary repository. */
export function linkNodeModules(repo: string): void {
  symlinkSync(join(workspaceRoot, 'node_modules'), join(repo, 'node_modules'), 'dir');
  writeRepoFile(repo, '.gitignore', 'node_modules\n');
}

export function removeTempRepos(): void {
  for (const repo of made.splice(0)) rmSync(repo, { recursive: true, force: true });
}
