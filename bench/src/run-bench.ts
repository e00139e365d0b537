#!/usr/bin/env node
/**
 * `npm run bench`: the generator beside a plain string-building baseline and quicktype, on the real table and on
 * seeded synthetic tables of 1,000, 10,000 and 100,000 codes; per-stage times, Nx overhead, a no-change
 * regeneration, what the generated code costs to compile and to bundle, lookup speed; then the budgets,
 * each PASS or FAIL. Writes bench/RESULTS.md and bench/results.json.
 *
 *   npm run bench -- [--runs N] [--sizes 1000,10000,100000] [--skip quicktype,compile,nx,bundle,lookups,stages] [--keep]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultTable, repoRoot, schemaPath } from '@errtable/codegen/dist/paths';
import { loadSchemaValidator } from '@errtable/codegen/dist/load/load-table';
import { validateTable } from '@errtable/codegen/dist/validate/validate-table';
import { type Budget, judge, verdict } from './budgets';
import { bundleSizes, type BundleSize } from './bundle';
import { compileSteps } from './compile';
import { goLookups, type LookupProbe, type LookupTimes, typescriptLookups } from './lookups';
import { type Command, compare, type Comparison, type Contender, medianRatio, nodeCommand, pairedRatio, runProcess, sample, type Sample } from './measure';
import { quicktypeCommands, writeEnumSchema } from './quicktype';
import { budgetTable, megabytes, ratio, seconds, spread, table } from './report';
import type { StageTimes } from './stages';
import { readTable, syntheticTable, tableText } from './synthetic-table';
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
const log = (line: string) => process.stderr.write(`${line}\n`);

const cli = join(repoRoot, 'tools', 'codegen', 'dist', 'errtable-codegen.js');
const baseline = join(__dirname, 'baseline.js');
const work = mkdtempSync(join(tmpdir(), 'errtable-bench-'));
const realTable = readTable(join(repoRoot, defaultTable));

interface Table {
  label: string;
  codes: number;
  path: string;
}

/** The real table, and synthetic ones written beside it; every one must pass validation, warnings included. */
function prepareTables(): Table[] {
  const tables: Table[] = [{ label: 'real', codes: realTable.codes.length, path: join(repoRoot, defaultTable) }];
  for (const size of sizes) {
    const path = join(work, `table-${size}.json`);
    writeFileSync(path, tableText(syntheticTable(realTable, size)));
    tables.push({ label: size.toLocaleString('en-US'), codes: size, path });
  }
  const validator = loadSchemaValidator(schemaPath);
  for (const { path, label } of tables) {
    const result = validateTable(path, require('node:fs').readFileSync(path, 'utf8') as string, validator);
    const problems = result.ok ? result.warnings : result.diagnostics;
    if (problems.length > 0) throw new Error(`the ${label} table does not pass validation: ${problems[0]!.message}`);
  }
  return tables;
}

const freshDir = (name: string) => () => rmSync(join(work, name), { recursive: true, force: true });
const cliGenerate = (table: Table, out: string, extra: Partial<Command> = {}) =>
  nodeCommand('errtable CLI', cli, ['generate', '--table', table.path, '--out', join(work, out)], { before: freshDir(out), ...extra });

interface SizeResult {
  table: Table;
  /** The CLI and the baseline, round by round. */
  comparison: Comparison;
  /** The CLI and quicktype, in rounds of their own. */
  quicktype?: Comparison;
  stages?: Record<string, Sample>;
}

/** The CLI against the baseline, then against quicktype (up to 10,000 codes), each pair in its own interleaved rounds. */
function compareWholeProcesses(table: Table): Pick<SizeResult, 'comparison' | 'quicktype'> {
  const cliContender: Contender = { label: 'errtable CLI', commands: [cliGenerate(table, `cli-${table.codes}`)] };
  const baselineContender: Contender = {
    label: 'baseline',
    commands: [nodeCommand('baseline', baseline, ['--table', table.path, '--out', join(work, `baseline-${table.codes}`)], { before: freshDir(`baseline-${table.codes}`) })],
  };
  log(`whole process, ${table.label} codes, CLI and baseline:`);
  // A round of these two takes seconds, so they get more rounds than the other comparisons (11 by default).
  const comparison = compare([cliContender, baselineContender], table.codes >= 100_000 ? Math.min(runs, 3) : 2 * runs + 1, log);
  if (skipped.has('quicktype') || table.codes > 10_000) return { comparison };
  const schema = join(work, `enum-${table.codes}.schema.json`);
  writeEnumSchema(readTable(table.path), schema);
  const quicktype: Contender = { label: 'quicktype', commands: quicktypeCommands(schema, realTable.packages.typescript.typeName, join(work, `quicktype-${table.codes}`)) };
  log(`whole process, ${table.label} codes, CLI and quicktype:`);
  return { comparison, quicktype: compare([cliContender, quicktype], runs, log) };
}

function measureSize(table: Table): SizeResult {
  const big = table.codes >= 100_000;
  const { comparison, quicktype } = compareWholeProcesses(table);
  if (skipped.has('stages')) return { table, comparison, ...(quicktype ? { quicktype } : {}) };
  log(`in-process stages, ${table.label} codes`);
  const output = execFileSync(process.execPath, [join(__dirname, 'stages-child.js'), table.path, String(big ? 2 : runs), work], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const perRun = JSON.parse(output) as StageTimes[];
  const stageNames = Object.keys(perRun[0]!);
  const stages = Object.fromEntries(stageNames.map((name) => [name, sample(perRun.map((times) => times[name]! / 1000))]));
  stages['total'] = sample(perRun.map((times) => Object.values(times).reduce((sum, value) => sum + value, 0) / 1000));
  return { table, comparison, ...(quicktype ? { quicktype } : {}), stages };
}

/** `node -e 0` beside the CLI on the real table: into an empty directory, over its own output, and with no cache. */
function measureStartup(real: Table): Comparison {
  log('startup, real table:');
  const noChange = join(work, 'cli-real-again');
  runProcess(cliGenerate(real, 'cli-real-again', { before: () => undefined }));
  const coldCache = join(work, 'cold-cache');
  const contenders: Contender[] = [
    { label: 'node -e 0', commands: [nodeCommand('node -e 0', '-e', ['0'])] },
    { label: 'CLI, empty output directory', commands: [cliGenerate(real, 'cli-real')] },
    { label: 'CLI, no change', commands: [nodeCommand('CLI, no change', cli, ['generate', '--out', noChange])] },
    { label: 'CLI, cold cache', commands: [cliGenerate(real, 'cli-real-cold', { env: { ERRTABLE_CODEGEN_CACHE: coldCache }, before: () => { freshDir('cli-real-cold')(); rmSync(coldCache, { recursive: true, force: true }); } })] },
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

/** `nx g` against the CLI on the same table, each into a fresh output, then each again with nothing to change. */
function measureNx(table: Table): NxResult {
  log(`nx generate, ${table.label} codes:`);
  const workspace = join(work, `nx-${table.codes}`);
  const nxGenerate = nodeCommand('nx g', nxCli, ['g', '@errtable/codegen:generate', '--table', 'table.json'], { cwd: workspace, env: nxEnv, before: () => makeNxWorkspace(workspace, table.path) });
  const comparison = compare([{ label: 'nx g', commands: [nxGenerate] }, { label: 'CLI', commands: [cliGenerate(table, `nx-cli-${table.codes}`)] }], Math.min(runs, 3), log);
  const cliOut = join(work, `nx-cli-${table.codes}`);
  const before = [fileIdentities(workspace), fileIdentities(cliOut)] as const;
  runProcess({ ...nxGenerate, before: () => undefined });
  runProcess(nodeCommand('CLI again', cli, ['generate', '--table', table.path, '--out', cliOut]));
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

function measureCompiles(table: Table): CompileResult[] {
  const outDir = join(work, `compile-${table.codes}`);
  runProcess(cliGenerate(table, `compile-${table.codes}`));
  return compileSteps(outDir, realTable.packages.go.packageName).map(({ language, what, command }) => {
    log(`compile ${table.label} codes: ${what}`);
    const run = runProcess(command, { stdio: ['ignore', 'pipe', 'pipe'] });
    // SwiftPM's own count excludes the toolchain wrapper (a chroot here) and the package graph.
    const reported = /Build complete! \((\d+(?:\.\d+)?)s\)/.exec(`${run.stdout}${run.stderr}`)?.[1];
    const result = { language, what, seconds: run.seconds, ...(reported === undefined ? {} : { reported: Number(reported) }) };
    log(`  ${seconds(result.seconds)}`);
    return result;
  });
}

function measureBundles(real: Table): BundleSize[] {
  const outDir = join(work, 'bundle-real');
  runProcess(cliGenerate(real, 'bundle-real'));
  const first = [...realTable.codes].sort((a, b) => a.code - b.code)[0]!;
  const member = first.name.toLowerCase().replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  const { typeName } = realTable.packages.typescript;
  return bundleSizes(join(outDir, 'packages', 'typescript'), mkdtempSync(join(work, 'bundle-')), { enumName: typeName, member, lookupName: `lookup${typeName}`, code: first.code });
}

interface LookupResult {
  language: string;
  codes: number;
  times: LookupTimes;
}

function probeOf(table: Table): LookupProbe {
  const codes = readTable(table.path).codes.map((code) => code.code).sort((a, b) => a - b);
  const listed = new Set(codes);
  let unknown = 1;
  while (listed.has(unknown)) unknown += 1;
  return { first: codes[0]!, last: codes.at(-1)!, unknown };
}

function measureLookups(tables: readonly Table[]): { results: LookupResult[]; shapeTest: boolean } {
  const results: LookupResult[] = [];
  for (const table of tables.filter((t) => t.codes <= 10_000)) {
    log(`lookups, ${table.label} codes`);
    const dir = `lookups-${table.codes}`;
    runProcess(cliGenerate(table, dir));
    const probe = probeOf(table);
    results.push({ language: 'TypeScript', codes: table.codes, times: typescriptLookups(join(work, dir), `lookup${realTable.packages.typescript.typeName}`, probe, work) });
    results.push({ language: 'Go', codes: table.codes, times: goLookups(join(work, dir), realTable.packages.go.packageName, probe) });
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

function main(): void {
  const started = Date.now();
  const tables = prepareTables();
  const real = tables[0]!;
  const startup = measureStartup(real);
  const bySize = tables.slice(1).map(measureSize);
  const realStages = part('stages', () => measureSize(real).stages, undefined);
  const nx = part('nx', () => tables.filter((t) => t === real || t.codes === 10_000).map(measureNx), []);
  const tenThousand = tables.find((t) => t.codes === 10_000);
  const compiles = tenThousand === undefined ? [] : part('compile', () => measureCompiles(tenThousand), []);
  const bundles = part('bundle', () => measureBundles(real), []);
  const lookups = part('lookups', () => measureLookups(tables), undefined);
  const at = (codes: number) => bySize.find((result) => result.table.codes === codes);
  const median = (codes: number, label: string) => at(codes)?.comparison.seconds[label]?.median;
  const divide = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a / b);
  const lookupRatio = lookups === undefined ? undefined : Math.max(...lookups.results.map(({ times }) => Math.max(times.last, times.unknown) / times.first), ...['TypeScript', 'Go'].map((language) => {
    const small = lookups.results.find((r) => r.language === language && r.codes === 1000);
    const large = lookups.results.find((r) => r.language === language && r.codes === 10_000);
    return small && large ? large.times.last / small.times.last : 1;
  }));
  const swiftBuild = compiles.find((c) => c.what.startsWith('swift build (library)'))?.seconds;
  const budgets: Budget[] = [
    judge('10,000 codes, four languages, whole CLI vs plain baseline', '<= 1.6x', pairedRatio(at(10_000)?.comparison, 'errtable CLI', 'baseline'), ratio, (v) => v <= 1.6),
    judge('10,000 codes: quicktype (four languages) vs CLI', '>= 20x faster', pairedRatio(at(10_000)?.quicktype, 'quicktype', 'errtable CLI'), ratio, (v) => v >= 20),
    judge('100,000 codes vs 10,000 codes, whole CLI', '<= 12x', divide(median(100_000, 'errtable CLI'), median(10_000, 'errtable CLI')), ratio, (v) => v <= 12),
    judge('100,000 codes: CLI peak memory (RSS)', '< 1 GB', at(100_000)?.comparison.peakRss['errtable CLI'], megabytes, (v) => v < 1e9),
    judge('real table through the CLI vs `node -e 0`', '< 2x', pairedRatio(startup, 'CLI, empty output directory', 'node -e 0'), ratio, (v) => v < 2),
    judge('lookups O(1)/O(log n): shape test in every language', 'passes', lookups === undefined ? undefined : lookups.shapeTest ? 1 : 0, (v) => (v === 1 ? 'passes' : 'fails'), (v) => v === 1),
    judge('lookups: slowest probe vs first code, and 10,000 vs 1,000 codes (TS, Go)', '< 3x (flat)', lookupRatio, ratio, (v) => v < 3),
    judge('Swift package with 10,000 codes: swift build', '< 60 s', swiftBuild, seconds, (v) => v < 60),
  ];
  const results = { failures, date: new Date().toISOString(), machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memory: totalmem(), node: process.version }, runs, startup, sizes: bySize, realStages, nx, compiles, bundles, lookups, budgets, minutes: (Date.now() - started) / 60000 };
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
  machine: { cpus: number; cpu: string | undefined; memory: number; node: string };
  runs: number;
  startup: Comparison;
  sizes: SizeResult[];
  realStages: Record<string, Sample> | undefined;
  nx: NxResult[];
  compiles: CompileResult[];
  bundles: BundleSize[];
  lookups: { results: LookupResult[]; shapeTest: boolean } | undefined;
  budgets: Budget[];
  minutes: number;
};

function renderMarkdown(r: Results): string {
  const ms = (s: Sample | undefined) => (s === undefined ? '–' : `${Math.round(s.median * 1000)}`);
  const stageRows = [...(r.realStages ? [{ label: 'real', stages: r.realStages }] : []), ...r.sizes.filter((s) => s.stages).map((s) => ({ label: s.table.label, stages: s.stages! }))];
  const stageNames = stageRows[0] ? Object.keys(stageRows[0].stages) : [];
  const bothRatios = (comparison: Comparison | undefined, slower: string, faster: string) => {
    const [paired, medians] = [pairedRatio(comparison, slower, faster), medianRatio(comparison, slower, faster)];
    return paired === undefined || medians === undefined ? '–' : `${ratio(paired)} (${ratio(medians)})`;
  };
  const whole = r.sizes.map(({ table: t, comparison, quicktype }) => {
    const peakRss = { ...quicktype?.peakRss, ...comparison.peakRss };
    return [
      t.label,
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
  return [
    '# Benchmark results',
    '',
    `Written by \`npm run bench\` on ${r.date.slice(0, 10)}: ${r.machine.cpus} × ${r.machine.cpu ?? 'CPU'}, ${megabytes(r.machine.memory)} RAM, Node ${r.machine.node}. ` +
      `Times are medians of ${r.runs} interleaved runs (${2 * r.runs + 1} for the CLI against the baseline, 3 at 100,000 codes) with the fastest and slowest in brackets; ` +
      'every command is a whole process unless marked in-process. The machine is shared, so absolute seconds vary from run to run; the ratios are what the budgets judge.',
    '',
    '## Budgets',
    '',
    budgetTable(r.budgets),
    '',
    '## Whole process: errtable CLI, plain string-building baseline, quicktype',
    '',
    'The CLI validates the table and writes 25 files (four packages, their tests, the conformance vectors) into an empty directory. ' +
      'The baseline writes the same files with the same per-code content, built by string concatenation with no validation. ' +
      'quicktype generates an enum in each of the four languages from a JSON Schema enum of the names (four processes, summed). ' +
      'The CLI runs in rounds with the baseline, and in other rounds with quicktype; each round starts with the other contender. ' +
      'A ratio is the median of the ratios within each round, where the two ran back to back; the ratio of the two medians follows in brackets.',
    '',
    table(['codes', 'errtable CLI', 'baseline', 'quicktype (4 languages)', 'CLI / baseline', 'quicktype / CLI', 'CLI peak RSS', 'baseline peak RSS', 'quicktype peak RSS'], whole),
    '',
    '## Startup: the real table',
    '',
    table(
      ['command', 'time', 'vs `node -e 0`'],
      Object.entries(r.startup.seconds).map(([label, s]) => [label, spread(s), bothRatios(r.startup, label, 'node -e 0')]),
    ),
    '',
    '"cold cache": the first run after a fresh install, which compiles the JSON Schema validator and keeps it in `node_modules/.cache/errtable-codegen` (the templates are precompiled by `npm run build:codegen`).',
    '',
    '## In-process stages (median milliseconds)',
    '',
    table(['codes', ...stageNames], stageRows.map(({ label, stages }) => [label, ...stageNames.map((name) => ms(stages[name]))])),
    '',
    '## `nx generate` and a no-change regeneration',
    '',
    table(
      ['table', 'CLI', 'nx g', 'Nx overhead', 'files written by a no-change CLI run', 'by a no-change nx g'],
      r.nx.map((n) => [n.label, spread(n.cli), spread(n.nx), seconds(n.nx.median - n.cli.median), String(n.cliNoChangeWrites), String(n.nxNoChangeWrites)]),
    ),
    '',
    '## Generated code: compile times at 10,000 codes (one run each, from a clean package; dependencies cached)',
    '',
    table(['language', 'step', 'time (whole command)', 'as the build tool reports it'], r.compiles.map((c) => [c.language, c.what, seconds(c.seconds), c.reported === undefined ? '–' : seconds(c.reported)])),
    '',
    '## Generated TypeScript: what an app bundles (real table, esbuild --minify, gzip -9)',
    '',
    table(['app imports', 'minified', 'gzip'], r.bundles.map((b) => [b.app, `${b.minified} B`, `${b.gzip} B`])),
    '',
    '## Lookups from a raw code (nanoseconds per lookup, best of three)',
    '',
    table(['language', 'codes', 'first code', 'last code', 'unknown code'], (r.lookups?.results ?? []).map((l) => [l.language, l.codes.toLocaleString('en-US'), l.times.first.toFixed(1), l.times.last.toFixed(1), l.times.unknown.toFixed(1)])),
    '',
    `Shape test (\`tools/codegen/src/targets/lookups-are-constant-time.test.ts\`, all four languages at 10,000 codes): ${r.lookups === undefined ? 'skipped' : r.lookups.shapeTest ? 'passes' : 'FAILS'}.`,
    '',
    ...(r.failures.length > 0 ? ['## Parts that failed', '', ...r.failures.map((failure) => `- ${failure.split('\n')[0]}`), ''] : []),
    `The whole benchmark took ${r.minutes.toFixed(1)} minutes.`,
    '',
  ].join('\n');
}

main();
