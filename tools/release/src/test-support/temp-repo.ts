import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { loadReleaseVersion } from '@errtable/codegen/dist/load/load-version';
import { inputsFrom, renderAll, type TableSource } from '@errtable/codegen/dist/pipeline';
import { textOf } from '@errtable/codegen/dist/render/render-files';
import type { CodeRow, ErrorTable } from '@errtable/codegen/dist/table';
import { go } from '@errtable/codegen/dist/targets/go/target';
import { targetsOf } from '@errtable/codegen/dist/targets/table-targets';
import { packageDir } from '@errtable/codegen/dist/targets/target';
import { legacyTablePathOf, tablePathOf } from '../load/load-table';
import { loadTables } from '../load/load-tables';
import { swiftTrainDir } from '../swift-train/swift-train';

export const workspaceRoot = resolve(__dirname, '..', '..', '..', '..');

/** The two bundled tables, by id. */
export const xgpush = 'xgpush-error-codes';
export const tpns = 'tpns-android-client-return-codes';
export const bundledTables = [tpns, xgpush] as const;

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

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

export const tags = (repo: string): string[] => run(repo, 'git', ['tag', '--list']).split('\n').filter(Boolean).sort();

/** The bundled table `id`, as the workspace has it. */
export function bundledTable(id: string): ErrorTable {
  return JSON.parse(readFileSync(join(workspaceRoot, tablePathOf(id)), 'utf8')) as ErrorTable;
}

/** Writes the `package.json` of every package of table `id` at `version`, as the generator writes it. */
export function setPackageVersions(repo: string, id: string, version: string): void {
  const table = JSON.parse(readRepoFile(repo, tablePathOf(id))) as ErrorTable;
  for (const target of targetsOf(table)) {
    const path = `${packageDir(id, target.id)}/package.json`;
    const manifest = JSON.parse(readFileSync(join(workspaceRoot, path), 'utf8')) as Record<string, unknown>;
    writeRepoFile(repo, path, json({ ...manifest, version }));
  }
}

/** Writes the Swift train's `package.json` at `version`. */
export function setSwiftTrainVersion(repo: string, version: string): void {
  const manifest = JSON.parse(readFileSync(join(workspaceRoot, swiftTrainDir, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeRepoFile(repo, `${swiftTrainDir}/package.json`, json({ ...manifest, version }));
}

export function editTable(repo: string, id: string, edit: (table: ErrorTable) => void): void {
  const table = JSON.parse(readRepoFile(repo, tablePathOf(id))) as ErrorTable;
  edit(table);
  writeRepoFile(repo, tablePathOf(id), json(table));
}

export function codeRow(table: ErrorTable, code: number): CodeRow {
  const row = table.codes.find((candidate) => candidate.code === code);
  if (row === undefined) throw new Error(`the table has no code ${code}`);
  return row;
}

export function commitAll(repo: string, message: string): void {
  run(repo, 'git', ['add', '--all']);
  run(repo, 'git', ['commit', '--quiet', '--message', message]);
}

/** The workspace's Changesets configuration with the fixed groups of `ids` only. */
function changesetConfig(ids: readonly string[]): string {
  const config = JSON.parse(readFileSync(join(workspaceRoot, '.changeset/config.json'), 'utf8')) as { fixed: string[][] };
  const fixed = config.fixed.filter((group) => ids.some((id) => group.some((name) => name.endsWith(`/${id}`) || name.includes(`/${id}-`))));
  return json({ ...config, fixed });
}

/** Copies the tables `ids` with their Go modules, and writes their manifests at `version`. */
function addTables(repo: string, ids: readonly string[], version: string): void {
  for (const id of ids) {
    writeRepoFile(repo, tablePathOf(id), readFileSync(join(workspaceRoot, tablePathOf(id)), 'utf8'));
    if (targetsOf(bundledTable(id)).some((target) => target.id === go.id)) {
      const goMod = `${packageDir(id, go.id)}/go.mod`;
      writeRepoFile(repo, goMod, readFileSync(join(workspaceRoot, goMod), 'utf8'));
    }
    setPackageVersions(repo, id, version);
  }
}

/** Tags HEAD as `tag` would for tables `ids` at `version`, and the Swift train at `swiftVersion`. */
export function tagAsReleased(repo: string, ids: readonly string[], version: string, swiftVersion = version): void {
  for (const id of ids) {
    run(repo, 'git', ['tag', `tables/${id}/v${version}`]);
    run(repo, 'git', ['tag', `${packageDir(id, go.id)}/v${version}`]);
  }
  run(repo, 'git', ['tag', swiftVersion]);
}

function initRepo(): string {
  const repo = mkdtempSync(join(tmpdir(), 'errtable-release-'));
  made.push(repo);
  run(repo, 'git', ['init', '--quiet', '--initial-branch', 'main']);
  writeRepoFile(repo, 'package.json', json({ name: 'release-test', private: true, workspaces: ['tools/*', 'packages/*/*'] }));
  return repo;
}

/**
 * A temporary repository shaped like this one: the bundled tables (both, or `tables`), the Changesets config with
 * their fixed groups, every package's `package.json` at `version` with the Go modules, and the Swift train at
 * `version`, committed on `main`; tagged as `tag` would when `tagged`.
 */
export function makeReleaseRepo(version: string, { tagged, tables = bundledTables }: { tagged: boolean; tables?: readonly string[] }): string {
  const repo = initRepo();
  writeRepoFile(repo, '.changeset/config.json', changesetConfig(tables));
  addTables(repo, tables, version);
  setSwiftTrainVersion(repo, version);
  commitAll(repo, `release ${version}`);
  if (tagged) tagAsReleased(repo, tables, version);
  return repo;
}

/**
 * A repository as it was before it held many tables, released as `version`: the one table at
 * `schema/xgpush-error-codes.json` (its Go module at `packages/go`, no list of categories), the packages at
 * `packages/<language>`, tagged `X.Y.Z`, `packages/go/vX.Y.Z` and the npm tag.
 */
export function makeLegacyRepo(version: string): string {
  const repo = initRepo();
  const table = bundledTable(xgpush) as Partial<ErrorTable> & Record<string, unknown>;
  const packages = table.packages as Record<string, Record<string, string>>;
  packages['go']!['module'] = 'github.com/errtable/errtable/packages/go';
  packages['swift'] = { packageName: 'XGPushErrorCodes', ...packages['swift'] };
  delete table.categories;
  writeRepoFile(repo, legacyTablePathOf(xgpush), json({ ...table, $schema: './error-table.schema.json' }));
  const names = ['', '-go', '-kotlin', '-swift'].map((suffix) => `@errtable/${xgpush}${suffix}`);
  ['typescript', 'go', 'kotlin', 'swift'].forEach((language, index) => {
    writeRepoFile(repo, `packages/${language}/package.json`, json({ name: names[index], version, private: index > 0 }));
  });
  writeRepoFile(repo, 'packages/go/go.mod', 'module github.com/errtable/errtable/packages/go\n\ngo 1.21\n');
  writeRepoFile(repo, '.changeset/config.json', json({ fixed: [names], privatePackages: { version: true, tag: false } }));
  commitAll(repo, `release ${version}`);
  for (const tag of [version, `packages/go/v${version}`, `@errtable/${xgpush}@${version}`]) run(repo, 'git', ['tag', tag]);
  return repo;
}

/**
 * The commit that moved a legacy repository to many tables: both bundled tables, xgpush's packages still at the
 * legacy release's `version`, the new table at 0.1.0, and the Swift train continuing the legacy line at `version`.
 */
export function migrateToManyTables(repo: string, version: string): void {
  run(repo, 'git', ['rm', '--quiet', '-r', legacyTablePathOf(xgpush), 'packages']);
  writeRepoFile(repo, '.changeset/config.json', changesetConfig(bundledTables));
  addTables(repo, [xgpush], version);
  addTables(repo, [tpns], '0.1.0');
  setSwiftTrainVersion(repo, version);
  commitAll(repo, 'many tables');
}

/** Lets Changesets resolve its changelog module from the temporary repository. */
export function linkNodeModules(repo: string): void {
  symlinkSync(join(workspaceRoot, 'node_modules'), join(repo, 'node_modules'), 'dir');
  writeRepoFile(repo, '.gitignore', 'node_modules\n');
}

/**
 * What `npm run generate` does, pointed at the temporary repository: every table rendered at the version its
 * packages there declare. Returns the paths whose content changed.
 */
export function generateInto(repo: string): string[] {
  const sources: TableSource[] = loadTables(repo).map(({ id, path, table }) => ({
    id,
    file: path,
    tableFile: path,
    text: readRepoFile(repo, path),
    version: loadReleaseVersion(repo, id, targetsOf(table)),
  }));
  const rendered = renderAll(inputsFrom(sources));
  if (!rendered.ok) throw new Error(`the tables do not render: ${JSON.stringify(rendered.diagnostics).slice(0, 500)}`);
  const changed: string[] = [];
  for (const file of rendered.files) {
    const text = textOf(file);
    if (existsSync(join(repo, file.path)) && readRepoFile(repo, file.path) === text) continue;
    writeRepoFile(repo, file.path, text);
    changed.push(file.path);
  }
  return changed;
}

export function removeTempRepos(): void {
  for (const repo of made.splice(0)) rmSync(repo, { recursive: true, force: true });
}
