#!/usr/bin/env node
/**
 * `npm run bench`: the generator beside a plain string-building baseline and quicktype, on the bundled tables (the
 * CLI's default run over schema/tables) and on seeded synthetic tables of 1,000, 10,000 and 100,000 codes (each
 * `synthetic.json`, rendered on its own with --table); per-stage times, Nx overhead, a no-change
 * regeneration, what the generated code costs to compile and to bundle, lookup speed; then the budgets,
 * each PASS or FAIL. Writes bench/RESULTS.md and bench/results.json.
 *
 *   npm run bench -- [--runs N] [--sizes 1000,10000,100000] [--skip quicktype,compile,nx,bundle,lookups,stages] [--keep]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultTable, repoRoot, tablesDir } from '@errtable/codegen/dist/paths';
import { loadInputs, plan } from '@errtable/codegen/dist/pipeline';
import type { PackageCoordinates, TargetId } from '@errtable/codegen/dist/targets/coordinates';
import { targets } from '@errtable/codegen/dist/targets/registry';
import { resolvePackages, targetsOf } from '@errtable/codegen/dist/targets/table-targets';
import { packageDir } from '@errtable/codegen/dist/targets/target';
import { type Budget, judge, verdict } from './budgets';
import { bundleSizes, type BundleSize } from './bundle';
import { type CompileStep, compileSteps } from './compile';
import { type LookupProbe, lookupTimers, type LookupTimes } from './lookups';
import { type Command, compare, type Comparison, type Contender, medianRatio, nodeCommand, pairedRatio, runProcess, sample, type Sample } from './measure';
import { quicktypeCommands, writeEnumSchema } from './quicktype';
import { budgetTable, megabytes, ratio, seconds, spread, table } from './report';
import { stageNames, type StageTimes } from './stages';
import { readTable, syntheticId, syntheticTable, tableText } from './synthetic-table';
import { fileIdentities, filesTouched, makeNxWorkspace, nxCli, nxEnv } from './workspace';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    skip: { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
const sizes = options.sizes.split(',').filter(Boolean).map(Number);
const skipped = new Set(options.skip.split(',').filter(Boolean));
/** The machine's one-minute load average, sampled at every line logged: how busy the shared machine was. */
const loads: number[] = [];
const log = (line: string) => {
  loads.push(loadavg()[0]!);
  process.stderr.write(`${line}\n`);
};

const cli = join(repoRoot, 'tools', 'codegen', 'dist', 'errtable-codegen.js');

/** What the bin saves after its first run (tools/codegen/src/launch.ts): a cold start has none. */
function removeCodeCaches(): void {
  const dist = dirname(cli);
  for (const name of readdirSync(dist)) if (name.endsWith('.v8-cache')) rmSync(join(dist, name), { force: true });
}
const baseline = join(__dirname, 'baseline.js');
const work = mkdtempSync(join(tmpdir(), 'errtable-bench-'));
const realTable = readTable(join(repoRoot, defaultTable));
/** How many languages the generator has: the registry's count, in the budgets' names. */
const languageCount = `${targets.length} languages`;

interface Table {
  label: string;
  /** Codes in all its files together. */
  codes: number;
  /** The table files. */
  files: string[];
  /** The bundled tables, which the CLI renders by default (no --table); a synthetic table is passed with --table. */
  real: boolean;
}

/** A table file's id (its file name) and every language's coordinates, defaults filled in as the generator does. */
function coordinatesOf(path: string): { id: string; codes: number[]; packages: PackageCoordinates; table: ReturnType<typeof readTable> } {
  const table = readTable(path);
  const id = basename(path, '.json');
  return { id, codes: table.codes.map((code) => code.code), packages: resolvePackages({ id, repository: table.repository }, table.packages), table };
}

/** What the CLI, the baseline and the stages are given: every synthetic file; nothing for the bundled tables. */
const tableArgs = (table: Table) => (table.real ? [] : table.files.flatMap((file) => ['--table', file]));

/**
 * The bundled tables (every table in schema/tables, as the CLI's default run renders them), and synthetic ones of
 * each size, each as `synthetic.json` in a folder of its own; all must pass validation, warnings included.
 */
function prepareTables(): Table[] {
  const bundled = readdirSync(tablesDir).filter((name) => name.endsWith('.json')).sort().map((name) => join(tablesDir, name));
  const tables: Table[] = [{ label: 'real', codes: bundled.reduce((sum, file) => sum + readTable(file).codes.length, 0), files: bundled, real: true }];
  for (const size of sizes) {
    const dir = join(work, `table-${size}`);
    mkdirSync(dir);
    const path = join(dir, `${syntheticId}.json`);
    writeFileSync(path, tableText(syntheticTable(realTable, size)));
    tables.push({ label: size.toLocaleString('en-US'), codes: size, files: [path], real: false });
  }
  for (const table of tables) {
    const planned = plan(loadInputs({ tables: table.real ? [] : table.files }));
    const problems = planned.ok ? planned.warnings : planned.diagnostics;
    if (problems.length > 0) throw new Error(`the ${table.label} table does not pass validation: ${problems[0]!.message}`);
  }
  return tables;
}

const freshDir = (name: string) => () => rmSync(join(work, name), { recursive: true, force: true });
const cliGenerate = (table: Table, out: string, extra: Partial<Command> = {}) =>
  nodeCommand('errtable CLI', cli, ['generate', ...tableArgs(table), '--out', join(work, out)], { before: freshDir(out), ...extra });

/** Every file under `dir`, relative to it, sorted. */
function filesUnder(dir: string): string[] {
  return [...fileIdentities(dir).keys()].sort();
}

interface SizeResult {
  table: Table;
  /** How many files the CLI wrote, and whether the baseline wrote the same paths. */
  files: number;
  sameFiles: boolean;
  /** The CLI and the baseline, round by round. */
  comparison: Comparison;
  /** The CLI and quicktype, in rounds of their own. */
  quicktype?: Comparison;
  stages?: Record<string, Sample>;
}

/** The CLI against the baseline, then against quicktype (up to 10,000 codes), each pair in interleaved rounds. */
function compareWholeProcesses(table: Table): Pick<SizeResult, 'comparison' | 'quicktype' | 'files' | 'sameFiles'> {
  const cliContender: Contender = { label: 'errtable CLI', commands: [cliGenerate(table, `cli-${table.codes}`)] };
  const baselineContender: Contender = {
    label: 'baseline',
    commands: [nodeCommand('baseline', baseline, [...table.files.flatMap((file) => ['--table', file]), '--out', join(work, `baseline-${table.codes}`)], { before: freshDir(`baseline-${table.codes}`) })],
  };
  log(`whole process, ${table.label} codes, CLI and baseline:`);
  // A round of these two takes seconds, so they get more rounds than the other comparisons (11 by default).
  const comparison = compare([cliContender, baselineContender], table.codes >= 100_000 ? Math.min(runs, 3) : 2 * runs + 1, log);
  const [cliFiles, baselineFiles] = [filesUnder(join(work, `cli-${table.codes}`)), filesUnder(join(work, `baseline-${table.codes}`))];
  const files = { files: cliFiles.length, sameFiles: cliFiles.join('\n') === baselineFiles.join('\n') };
  if (!files.sameFiles) failures.push(`${table.label} codes: the baseline wrote other files than the CLI (${baselineFiles.length} against ${cliFiles.length})`);
  rmSync(join(work, `baseline-${table.codes}`), { recursive: true, force: true });
  if (skipped.has('quicktype') || table.codes > 10_000) return { comparison, ...files };
  const schema = join(work, `enum-${table.codes}.schema.json`);
  const { typeName } = coordinatesOf(table.files[0]!).packages.typescript;
  writeEnumSchema(readTable(table.files[0]!), typeName, schema);
  const quicktype: Contender = { label: 'quicktype', commands: quicktypeCommands(schema, typeName, join(work, `quicktype-${table.codes}`)) };
  log(`whole process, ${table.label} codes, CLI and quicktype:`);
  return { comparison, quicktype: compare([cliContender, quicktype], runs, log), ...files };
}

/** The pipeline's stages, each timed, in a process of its own (`stages-child.js`). */
function measureStages(table: Table): Record<string, Sample> {
  log(`in-process stages, ${table.label} codes`);
  const stageRuns = table.codes >= 100_000 ? 2 : runs;
  const output = execFileSync(process.execPath, [join(__dirname, 'stages-child.js'), String(stageRuns), work, ...(table.real ? [] : table.files)], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const perRun = JSON.parse(output) as StageTimes[];
  const stages = Object.fromEntries(stageNames.map((name) => [name, sample(perRun.map((times) => times[name]! / 1000))]));
  stages['total'] = sample(perRun.map((times) => Object.values(times).reduce((sum, value) => sum + value, 0) / 1000));
  return stages;
}

function measureSize(table: Table): SizeResult {
  const whole = compareWholeProcesses(table);
  const stages = part('stages', () => measureStages(table), undefined);
  return { table, ...whole, ...(stages ? { stages } : {}) };
}

/** `node -e 0` beside the CLI's default run (the bundled tables): into an empty folder, over its output, as a dry run, with no cache. */
function measureStartup(real: Table): Comparison {
  log('startup, the bundled tables:');
  const noChange = join(work, 'cli-real-again');
  runProcess(cliGenerate(real, 'cli-real-again', { before: () => undefined }));
  const contenders: Contender[] = [
    { label: 'node -e 0', commands: [nodeCommand('node -e 0', '-e', ['0'])] },
    { label: 'CLI, empty output directory', commands: [cliGenerate(real, 'cli-real')] },
    { label: 'CLI, no change', commands: [nodeCommand('CLI, no change', cli, ['generate', '--out', noChange])] },
    { label: 'CLI, dry run', commands: [nodeCommand('CLI, dry run', cli, ['generate', '--dry-run', '--out', join(work, 'cli-real-dry-run')])] },
    { label: 'CLI, cold cache', commands: [cliGenerate(real, 'cli-real-cold', { before: () => { freshDir('cli-real-cold')(); removeCodeCaches(); } })] },
  ];
  return compare(contenders, Math.max(runs, 10), log);
}

interface NxResult {
  label: string;
  cli: Sample;
  nx: Sample;
  cliNoChangeWrites: number;
  nxNoChangeWrites: number;
}

/** `nx g` against the CLI on the same tables, each into a fresh output, then each again with nothing to change. */
function measureNx(table: Table): NxResult {
  log(`nx generate, ${table.label} codes:`);
  const workspace = join(work, `nx-${table.codes}`);
  const file = table.real ? undefined : table.files[0]!;
  const nxArgs = ['g', '@errtable/codegen:generate', ...(file === undefined ? [] : ['--table', basename(file)])];
  const nxGenerate = nodeCommand('nx g', nxCli, nxArgs, { cwd: workspace, env: nxEnv, before: () => makeNxWorkspace(workspace, file) });
  const comparison = compare([{ label: 'nx g', commands: [nxGenerate] }, { label: 'CLI', commands: [cliGenerate(table, `nx-cli-${table.codes}`)] }], Math.min(runs, 3), log);
  const cliOut = join(work, `nx-cli-${table.codes}`);
  const before = [fileIdentities(workspace), fileIdentities(cliOut)] as const;
  runProcess({ ...nxGenerate, before: () => undefined });
  runProcess({ ...cliGenerate(table, `nx-cli-${table.codes}`), label: 'CLI again', before: () => undefined });
  return {
    label: table.label,
    cli: comparison.seconds['CLI']!,
    nx: comparison.seconds['nx g']!,
    nxNoChangeWrites: filesTouched(before[0], fileIdentities(workspace)),
    cliNoChangeWrites: filesTouched(before[1], fileIdentities(cliOut)),
  };
}

interface CompileResult {
  language: string;
  what: string;
  seconds: number;
  /** The compiler's own figure, where it prints one (SwiftPM). */
  reported?: number;
}

/** A language's compile steps for the first table's package in `outDir`. */
function compileStepsIn(outDir: string, table: Table): { language: string; steps: CompileStep[] }[] {
  const { id, packages, table: source } = coordinatesOf(table.files[0]!);
  return targetsOf(source).map((target) => {
    const steps = compileSteps[target.id as TargetId] as (generated: { dir: string; root: string; names: unknown }) => CompileStep[];
    return { language: target.label, steps: steps({ dir: join(outDir, packageDir(id, target.id)), root: outDir, names: packages[target.id as TargetId] }) };
  });
}

/**
 * Each language's compile steps, once and untimed, on a bundled table's package: on a fresh machine these runs
 * provision the toolchain (the Swift root), fetch the build's dependencies (Maven's plugins and the Kotlin compiler)
 * and compile the standard libraries the steps use (Go's testing and vet), which the timed runs then find cached.
 */
function warmUpCompilers(real: Table): void {
  runProcess(cliGenerate(real, 'compile-warm-up'));
  for (const { language, steps } of compileStepsIn(join(work, 'compile-warm-up'), real)) {
    log(`compile warm-up (untimed): ${language}`);
    for (const { command } of steps) runProcess(command, { stdio: ['ignore', 'pipe', 'pipe'] });
  }
}

/** Each language's compile of the synthetic table's package, in registry order (`compileSteps` is keyed by id). */
function measureCompiles(table: Table, real: Table): CompileResult[] {
  warmUpCompilers(real);
  const outDir = join(work, `compile-${table.codes}`);
  runProcess(cliGenerate(table, `compile-${table.codes}`));
  return compileStepsIn(outDir, table).flatMap(({ language, steps }) =>
    steps.map(({ what, command }) => {
      log(`compile ${table.label} codes: ${what}`);
      const run = runProcess(command, { stdio: ['ignore', 'pipe', 'pipe'] });
      // SwiftPM's own count excludes the toolchain wrapper (a chroot here) and the package graph.
      const reported = /Build complete! \((\d+(?:\.\d+)?)s\)/.exec(`${run.stdout}${run.stderr}`)?.[1];
      const result = { language, what, seconds: run.seconds, ...(reported === undefined ? {} : { reported: Number(reported) }) };
      log(`  ${seconds(result.seconds)}`);
      return result;
    }),
  );
}

/** What an app bundles of each bundled table's TypeScript package. */
function measureBundles(real: Table): (BundleSize & { table: string })[] {
  const outDir = join(work, 'bundle-real');
  runProcess(cliGenerate(real, 'bundle-real'));
  return real.files.flatMap((file) => {
    const { id, packages, table: source } = coordinatesOf(file);
    const first = [...source.codes].sort((a, b) => a.code - b.code)[0]!;
    const member = first.name.toLowerCase().replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    const { typeName } = packages.typescript;
    const names = { enumName: typeName, member, lookupName: `lookup${typeName}`, code: first.code };
    return bundleSizes(join(outDir, packageDir(id, 'typescript')), mkdtempSync(join(work, 'bundle-')), names).map((size) => ({ table: id, ...size }));
  });
}

interface LookupResult {
  language: string;
  /** The bundled table's id, or the synthetic table's size. */
  table: string;
  codes: number;
  times: LookupTimes;
}

function probeOf(codes: readonly number[]): LookupProbe {
  const sorted = [...codes].sort((a, b) => a - b);
  const listed = new Set(sorted);
  let unknown = 1;
  while (listed.has(unknown)) unknown += 1;
  return { first: sorted[0]!, last: sorted.at(-1)!, unknown };
}

/** Lookups in each language with a timer (`lookupTimers`), per table of up to 10,000 codes; then the shape test. */
function measureLookups(tables: readonly Table[]): { results: LookupResult[]; shapeTest: boolean } {
  const results: LookupResult[] = [];
  for (const table of tables.filter((t) => t.codes <= 10_000)) {
    log(`lookups, ${table.label} codes`);
    const dir = `lookups-${table.codes}`;
    runProcess(cliGenerate(table, dir));
    for (const file of table.files) {
      const { id, codes, packages, table: source } = coordinatesOf(file);
      for (const target of targetsOf(source)) {
        const timer = lookupTimers[target.id as TargetId] as ((packageDir: string, names: unknown, probe: LookupProbe, workDir: string) => LookupTimes) | undefined;
        if (timer === undefined) continue;
        const times = timer(join(work, dir, packageDir(id, target.id)), packages[target.id as TargetId], probeOf(codes), work);
        results.push({ language: target.label, table: table.real ? id : table.label, codes: codes.length, times });
      }
    }
  }
  log('lookup shape test (every language, 10,000 codes)');
  const vitest = spawnSync(process.execPath, [join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'), 'run', 'tools/codegen/src/targets/lookups-are-constant-time.test.ts'], { cwd: repoRoot, encoding: 'utf8' });
  return { results, shapeTest: vitest.status === 0 };
}

const failures: string[] = [];

/** Runs one part of the benchmark; a part that fails is reported as such and the others still run. */
function part<T>(name: string, measure: () => T, fallback: T): T {
  if (skipped.has(name)) return fallback;
  try {
    return measure();
  } catch (error) {
    const message = `${name}: ${error instanceof Error ? error.message : String(error)}`;
    failures.push(message.slice(0, 2000));
    log(`FAILED ${message}`);
    return fallback;
  }
}

/**
 * The largest ratio, in any language timed, of a lookup's slowest probe to its first code, and of the 10,000-code
 * table's last code to the 1,000-code table's.
 */
function lookupSpread(results: readonly LookupResult[]): number {
  const languages = [...new Set(results.map((result) => result.language))];
  return Math.max(
    ...results.map(({ times }) => Math.max(times.last, times.unknown) / times.first),
    ...languages.map((language) => {
      const small = results.find((r) => r.language === language && r.codes === 1000);
      const large = results.find((r) => r.language === language && r.codes === 10_000);
      return small && large ? large.times.last / small.times.last : 1;
    }),
  );
}

function main(): void {
  const started = Date.now();
  const tables = prepareTables();
  const real = tables[0]!;
  const startup = measureStartup(real);
  const bySize = tables.slice(1).map(measureSize);
  const realStages = part('stages', () => measureStages(real), undefined);
  const nx = part('nx', () => tables.filter((t) => t === real || t.codes === 10_000).map(measureNx), []);
  const tenThousand = tables.find((t) => t.codes === 10_000);
  const compiles = tenThousand === undefined ? [] : part('compile', () => measureCompiles(tenThousand, real), []);
  const bundles = part('bundle', () => measureBundles(real), []);
  const lookups = part('lookups', () => measureLookups(tables), undefined);
  const at = (codes: number) => bySize.find((result) => result.table.codes === codes);
  const median = (codes: number, label: string) => at(codes)?.comparison.seconds[label]?.median;
  const divide = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a / b);
  const timedLanguages = [...new Set(lookups?.results.map((result) => result.language) ?? [])].join(', ');
  const swiftBuild = compiles.find((c) => c.what.startsWith('swift build (library)'))?.seconds;
  const budgets: Budget[] = [
    judge(`10,000 codes, ${languageCount}, whole CLI vs plain baseline`, '<= 1.6x', pairedRatio(at(10_000)?.comparison, 'errtable CLI', 'baseline'), ratio, (v) => v <= 1.6),
    judge(`10,000 codes: quicktype (${languageCount}) vs CLI`, '>= 20x slower', pairedRatio(at(10_000)?.quicktype, 'quicktype', 'errtable CLI'), ratio, (v) => v >= 20),
    judge('100,000 codes vs 10,000 codes, whole CLI', '<= 12x', divide(median(100_000, 'errtable CLI'), median(10_000, 'errtable CLI')), ratio, (v) => v <= 12),
    judge('100,000 codes: CLI peak memory (RSS)', '< 1 GB', at(100_000)?.comparison.peakRss['errtable CLI'], megabytes, (v) => v < 1e9),
    judge(`the ${real.files.length} bundled tables (the CLI's default run) vs \`node -e 0\``, '<= 2x', pairedRatio(startup, 'CLI, empty output directory', 'node -e 0'), ratio, (v) => v <= 2),
    judge('lookups O(1)/O(log n): shape test in every language', 'passes', lookups === undefined ? undefined : lookups.shapeTest ? 1 : 0, (v) => (v === 1 ? 'passes' : 'fails'), (v) => v === 1),
    judge(`lookups: slowest probe vs first code, and 10,000 vs 1,000 codes (${timedLanguages})`, '< 3x (flat)', lookups === undefined ? undefined : lookupSpread(lookups.results), ratio, (v) => v < 3),
    judge('Swift package with 10,000 codes: swift build', '< 60 s', swiftBuild, seconds, (v) => v < 60),
  ];
  const load = loads.length === 0 ? undefined : { median: sample(loads).median, max: sample(loads).max, cores: cpus().length };
  const results = { failures, date: new Date().toISOString(), workFolder: tmpdir(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memory: totalmem(), node: process.version }, load, bundledTables: real.files.map((file) => basename(file, '.json')), bundledCodes: real.codes, runs, startup, sizes: bySize, realStages, nx, compiles, bundles, lookups, budgets, minutes: (Date.now() - started) / 60000 };
  writeFileSync(join(repoRoot, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = renderMarkdown(results);
  writeFileSync(join(repoRoot, 'bench', 'RESULTS.md'), markdown);
  process.stdout.write(`${markdown}\n`);
  for (const budget of budgets) log(`${verdict(budget).padEnd(7)} ${budget.name}: ${budget.measured} (limit ${budget.limit})`);
  if (!options.keep) rmSync(work, { recursive: true, force: true });
  else log(`work directory kept: ${work}`);
}

type Results = {
  failures: string[];
  date: string;
  workFolder: string;
  machine: { cpus: number; cpu: string | undefined; memory: number; node: string };
  load: { median: number; max: number; cores: number } | undefined;
  bundledTables: string[];
  bundledCodes: number;
  runs: number;
  startup: Comparison;
  sizes: SizeResult[];
  realStages: Record<string, Sample> | undefined;
  nx: NxResult[];
  compiles: CompileResult[];
  bundles: (BundleSize & { table: string })[];
  lookups: { results: LookupResult[]; shapeTest: boolean } | undefined;
  budgets: Budget[];
  minutes: number;
};

function renderMarkdown(r: Results): string {
  const ms = (s: Sample | undefined) => (s === undefined ? '–' : `${Math.round(s.median * 1000)}`);
  const stageRows = [...(r.realStages ? [{ label: 'real', stages: r.realStages }] : []), ...r.sizes.filter((s) => s.stages).map((s) => ({ label: s.table.label, stages: s.stages! }))];
  const stageColumns = stageRows[0] ? Object.keys(stageRows[0].stages) : [];
  const bothRatios = (comparison: Comparison | undefined, slower: string, faster: string) => {
    const [paired, medians] = [pairedRatio(comparison, slower, faster), medianRatio(comparison, slower, faster)];
    return paired === undefined || medians === undefined ? '–' : `${ratio(paired)} (${ratio(medians)})`;
  };
  const whole = r.sizes.map(({ table: t, files, sameFiles, comparison, quicktype }) => {
    const peakRss = { ...quicktype?.peakRss, ...comparison.peakRss };
    return [
      t.label,
      `${files}${sameFiles ? '' : ' (baseline: other files)'}`,
      spread(comparison.seconds['errtable CLI']),
      spread(comparison.seconds['baseline']),
      spread(quicktype?.seconds['quicktype']),
      bothRatios(comparison, 'errtable CLI', 'baseline'),
      bothRatios(quicktype, 'quicktype', 'errtable CLI'),
      peakRss['errtable CLI'] ? megabytes(peakRss['errtable CLI']) : '–',
      peakRss['baseline'] ? megabytes(peakRss['baseline']) : '–',
      peakRss['quicktype'] ? megabytes(peakRss['quicktype']) : '–',
    ];
  });
  const load = r.load === undefined ? '' : ` The one-minute load average, sampled through the run, had a median of ${r.load.median.toFixed(1)} and peaked at ${r.load.max.toFixed(1)} on ${r.load.cores} cores${r.load.median > r.load.cores ? ': other work was running, so every process waited for a core part of the time, which stretches absolute times and adds noise to the ratios' : ''}.`;
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine.cpus} × ${r.machine.cpu ?? 'CPU'}, ${megabytes(r.machine.memory)} RAM, Node ${r.machine.node}. ` +
      `Times are medians of ${r.runs} interleaved runs (${2 * r.runs + 1} for the CLI against the baseline, 3 at 100,000 codes) with the fastest and slowest in brackets; ` +
      'every command is a whole process unless marked in-process. The machine is shared, so absolute seconds vary from run to run; the ratios are what the budgets judge. ' +
      `Outputs are written under ${r.workFolder} (the system's temporary folder; set TMPDIR to move it).` +
      load,
    '',
    '## Budgets',
    '',
    budgetTable(r.budgets),
    '',
    '## Whole process: errtable CLI, plain string-building baseline, quicktype',
    '',
    `A synthetic table (\`synthetic.json\`, derived from the bundled xgpush-error-codes table) goes through the CLI, which validates it and writes the files counted below into an empty directory: a package per language (${targets.map((t) => t.label).join(', ')}) under \`packages/synthetic/\`, each with its tests and its own copy of the conformance vectors, the root Package.swift and the table schema. ` +
      'The baseline writes the same files (its headers and vectors byte for byte the generator\'s) with the same per-code content, built by string concatenation with no validation. ' +
      `quicktype generates an enum in each of the ${languageCount} from a JSON Schema enum of the names (one process per language, summed). ` +
      'The CLI runs in rounds with the baseline, and in other rounds with quicktype; each round starts with the other contender. ' +
      'A ratio is the median of the ratios within each round, where the two ran back to back; the ratio of the two medians follows in brackets.',
    '',
    table(['codes', 'files', 'errtable CLI', 'baseline', `quicktype (${languageCount})`, 'CLI / baseline', 'quicktype / CLI', 'CLI peak RSS', 'baseline peak RSS', 'quicktype peak RSS'], whole),
    '',
    '## Startup: the bundled tables',
    '',
    `The CLI's default run, \`generate --out DIR\`: every table in schema/tables (${r.bundledTables.length}: ${r.bundledTables.join(', ')}; ${r.bundledCodes} codes together), each with its packages, then the root Package.swift and the table schema.`,
    '',
    table(
      ['command', 'time', 'vs `node -e 0`'],
      Object.entries(r.startup.seconds).map(([label, s]) => [label, spread(s), bothRatios(r.startup, label, 'node -e 0')]),
    ),
    '',
    '"dry run": `generate --dry-run` into a folder that does not exist, which loads, validates and renders everything and writes nothing; its distance to "empty output directory" is what creating the files and their folders costs on this machine\'s disk.',
    '',
    '"cold cache": a run after V8\'s code cache is deleted (`tools/codegen/dist/*.v8-cache`), which compiles the bundle, the precompiled templates and the schema validator from their source, and saves the cache again. `npm run build:codegen` precompiles the templates and the validator, then saves the cache with one generation of the bundled tables, so a user meets this only after deleting it.',
    '',
    '## In-process stages (median milliseconds)',
    '',
    '"real" is the bundled tables together. load: tables, release versions, validator, templates; validate: each table, then the checks across tables; render <language>: that language\'s files from its view; render vectors: once per table (each package gets a copy); render workspace: the files made from every table and the table schema; render reference: the reference pages (a Markdown page per table, the HTML page over every table); write: every file, atomically, into an empty folder.',
    '',
    table(['codes', ...stageColumns], stageRows.map(({ label, stages }) => [label, ...stageColumns.map((name) => ms(stages[name]))])),
    '',
    '## `nx generate` and a no-change regeneration',
    '',
    table(
      ['table', 'CLI', 'nx g', 'Nx overhead', 'files written by a no-change CLI run', 'by a no-change nx g'],
      r.nx.map((n) => [n.label, spread(n.cli), spread(n.nx), seconds(n.nx.median - n.cli.median), String(n.cliNoChangeWrites), String(n.nxNoChangeWrites)]),
    ),
    '',
    '## Generated code: compile times at 10,000 codes (one run each, from a clean package, after an untimed compile of a bundled table\'s package in each language, which provisions the toolchain and fetches dependencies)',
    '',
    table(['language', 'step', 'time (whole command)', 'as the build tool reports it'], r.compiles.map((c) => [c.language, c.what, seconds(c.seconds), c.reported === undefined ? '–' : seconds(c.reported)])),
    '',
    '## Generated TypeScript: what an app bundles (each bundled table, esbuild --minify, gzip -9)',
    '',
    table(['table', 'app imports', 'minified', 'gzip'], r.bundles.map((b) => [b.table, b.app, `${b.minified} B`, `${b.gzip} B`])),
    '',
    '## Lookups from a raw code (nanoseconds per lookup, best of three)',
    '',
    table(['language', 'table', 'codes', 'first code', 'last code', 'unknown code'], (r.lookups?.results ?? []).map((l) => [l.language, l.table, l.codes.toLocaleString('en-US'), l.times.first.toFixed(1), l.times.last.toFixed(1), l.times.unknown.toFixed(1)])),
    '',
    `Shape test (\`tools/codegen/src/targets/lookups-are-constant-time.test.ts\`, all ${languageCount} at 10,000 codes): ${r.lookups === undefined ? 'skipped' : r.lookups.shapeTest ? 'passes' : 'FAILS'}.`,
    '',
    ...(r.failures.length > 0 ? ['## Parts that failed', '', ...r.failures.map((failure) => `- ${failure.split('\n')[0]}`), ''] : []),
    `The whole benchmark took ${r.minutes.toFixed(1)} minutes.`,
    '',
  ].join('\n');
}

main();
