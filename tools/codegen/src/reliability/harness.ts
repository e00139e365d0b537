/**
 * Helpers for the write stage's reliability tests (`*.test.ts` beside this file and in `write/`): the bundled CLI as
 * a process (in this repository or a scratch one), seeded tables of any size, and what lies in an output folder. No
 * test framework here.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultTable, repoRoot, tablesFolder } from '../paths';
import { scratchFolder } from '../test-support/scratch';

export { removeScratchFolders, scratchFolder } from '../test-support/scratch';

/** Where the bundle lies in a repository: it takes the folder three levels above this one for the repository's root. */
const bundleFolder = join('tools', 'codegen', 'dist');
export const bundle = join(repoRoot, bundleFolder, 'errtable-codegen.js');
/** Touched by every build (`scripts/bundle.mjs`), which rewrites the bundle only when its bytes change. */
const builtStamp = join(repoRoot, bundleFolder, 'bundle.built');

/** The write stage's sources: a bundle older than any of them would test old code. */
const writeStageSources = ['write', 'apply-plan.ts', 'run-cli.ts', 'cli.ts', 'launch.ts', 'pipeline.ts', 'load/find-generated-files.ts', 'load/load-version.ts'];

function newestModification(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return path.endsWith('.test.ts') ? 0 : stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestModification(join(path, name))));
}

/** Why the bundle cannot be used, or undefined. */
export function staleBundleReason(): string | undefined {
  let built: number;
  try {
    statSync(bundle);
    built = statSync(builtStamp).mtimeMs;
  } catch {
    return `${bundle} is missing, or was built before builds were stamped: run npm run build:codegen`;
  }
  const source = Math.max(...writeStageSources.map((path) => newestModification(join(repoRoot, 'tools', 'codegen', 'src', path))));
  return source > built ? `${bundle} is older than the write stage's sources: run npm run build:codegen` : undefined;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface Running {
  child: ChildProcessWithoutNullStreams;
  finished: Promise<Finished>;
}

/**
 * The bundled CLI as a separate process (its own pid, signals, lock), as `npm run codegen` runs it: the repository's
 * bundle, or the copy in a `scratchRepository` (which then reads that repository's tables and packages).
 */
export function startCli(args: readonly string[], cwd = repoRoot, repository = repoRoot): Running {
  // A scratch repository has no node_modules: Ajv and Handlebars' runtime, left out of the bundle, come from ours.
  const env = repository === repoRoot ? process.env : { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') };
  const child = spawn(process.execPath, [join(repository, bundleFolder, 'errtable-codegen.js'), ...args], { cwd, env, stdio: 'pipe' });
  const [stdout, stderr] = [[] as Buffer[], [] as Buffer[]];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
  const finished = new Promise<Finished>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(stdout).toString(), stderr: Buffer.concat(stderr).toString() }));
  });
  return { child, finished };
}

export function runCliProcess(args: readonly string[], cwd = repoRoot, repository = repoRoot): Promise<Finished> {
  return startCli(args, cwd, repository).finished;
}

/**
 * A repository of its own for the bundled CLI, in a scratch folder: a copy of the bin, the bundle and its precompiled
 * templates in tools/codegen/dist (the bundle takes the folder three levels above its own for the repository), a link
 * to our templates, the LICENSE every package copies, and the bundled table in schema/tables; no packages. What a test plants there (a package.json
 * the release version is read from) leaves the real repository alone. Run it with `runCliProcess(args, cwd, root)`.
 */
export function scratchRepository(): string {
  const root = scratchFolder('errtable-repository-');
  mkdirSync(join(root, bundleFolder), { recursive: true });
  for (const file of ['errtable-codegen.js', 'codegen-bundle.js', 'precompiled-templates.js', 'schema-validator.js']) copyFileSync(join(repoRoot, bundleFolder, file), join(root, bundleFolder, file));
  symlinkSync(join(repoRoot, 'templates'), join(root, 'templates'));
  copyFileSync(join(repoRoot, 'LICENSE'), join(root, 'LICENSE'));
  mkdirSync(join(root, tablesFolder), { recursive: true });
  copyFileSync(join(repoRoot, defaultTable), join(root, defaultTable));
  return root;
}

/** mulberry32: the same seed gives the same numbers on every machine, so a failing run can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The bundled table's id: the tables `writeTable` writes share it, so they render the same paths as it does. */
export const bundledTableId = basename(defaultTable, '.json');

/**
 * Writes a valid table of the bundled table's id and coordinates with `size` extra codes, different for each seed,
 * to `folder/seed-<seed>/<bundled table id>.json` (a table's id is its file name) and returns its path. Outside
 * schema/tables, it is rendered on its own. A few thousand codes make a generation last long enough to be interrupted.
 */
export function writeTable(folder: string, size: number, seed: number): string {
  const table = JSON.parse(readFileSync(join(repoRoot, defaultTable), 'utf8')) as { codes: object[] };
  for (let index = 0; index < size; index += 1) {
    table.codes.push({
      code: 1_000_000 + seed * 100_000 + index,
      name: `SYNTHETIC_${seed}_ERROR_${index}`,
      description: `Synthetic error ${index} of table ${seed}, long enough to make the files a realistic size.`,
      solution: index % 3 === 0 ? '' : `Do what table ${seed} says about error ${index}.`,
      retryable: index % 2 === 0,
      category: 'internal',
    });
  }
  const path = join(folder, `seed-${seed}`, `${bundledTableId}.json`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(table, null, 2)}\n`);
  return path;
}

/** Every file and link under `root`, relative, sorted (folders are walked, links are listed, not followed). */
export function entriesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

/** Temporary files of the writer (any version's naming) under `root` (none while it does not exist). */
export function temporaryFilesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return entriesUnder(root).filter((path) => /(^|\/)\..+\.(errtable-[0-9a-f]{16}|\d+)\.tmp$/.test(path));
}

/** Every file under `root` with its bytes and mode (a link with its target): equal snapshots mean nothing changed. */
export function snapshot(root: string): Map<string, string> {
  return new Map(
    entriesUnder(root).map((path) => {
      const full = join(root, path);
      const stats = lstatSync(full);
      return [path, stats.isSymbolicLink() ? `link ${readlinkSync(full)}` : `${stats.mode.toString(8)} ${readFileSync(full, 'base64')}`];
    }),
  );
}

/** Resolves true once the run has a temporary file under `out` (it is writing), or false if it ends first. */
export async function writing(run: Running, out: string): Promise<boolean> {
  let ended = false;
  void run.finished.then(() => (ended = true));
  while (!ended) {
    if (temporaryFilesUnder(out).length > 0) return true;
    await sleep(2);
  }
  return false;
}
