#!/usr/bin/env node
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchId, type BatchTable, type Failure } from './batch';
import { fuzzCase, type FuzzCase } from './case-arbitrary';
import { checkRendering, type RenderedTable } from './check-rendering';
import { compileBatch, fixtureTables, withDistinctPackages } from './compile';
import { countCases } from './count-cases';
import { type Options, parseOptions, replayCommand } from './options';

const log = (line = '') => process.stdout.write(`${line}\n`);
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

/** Prints a counterexample: its story, where its file is kept, and its text when short. */
function showCase(fuzz: FuzzCase, workDir: string, name: string): void {
  const path = join(workDir, `${name}.json`);
  writeFileSync(path, fuzz.text);
  log(`  what the fuzzer did: ${fuzz.story} (expected: ${fuzz.expectation.outcome}${'at' in fuzz.expectation ? ` at ${fuzz.expectation.at}` : ''})`);
  log(`  table id: ${fuzz.id} (as schema/tables/${fuzz.id}.json; its default coordinates come from the id)`);
  log(`  table file: ${path}`);
  if (fuzz.text.length <= 6000) log(fuzz.text.replace(/^/gm, '    '));
  if (fuzz.sibling === undefined) return;
  const siblingPath = join(workDir, `${name}-second-table.json`);
  writeFileSync(siblingPath, fuzz.sibling.text);
  log(`  planned with a second table, after it: id ${fuzz.sibling.id}, file ${siblingPath}`);
  if (fuzz.sibling.text.length <= 6000) log(fuzz.sibling.text.replace(/^/gm, '    '));
}

interface ValidationStage {
  /** Cases of the run that went through validation and rendering (up to the failing one). */
  cases: number;
  accepted: { index: number; rendered: RenderedTable }[];
  rejected: number;
  failed: boolean;
}

/** Validation and rendering of every case, in process; a failure is shrunk by fast-check and printed. */
function validateAndRender(options: Options, workDir: string): ValidationStage {
  const accepted: ValidationStage['accepted'] = [];
  let rejected = 0;
  const first = options.only ?? 0;
  const started = Date.now();
  const { predicate, count } = countCases<FuzzCase>(
    (fuzz, index) => {
      const rendered = checkRendering(fuzz, workDir);
      // A shrink step (index null) is a variant of the failing case, not a case of the run.
      if (index === null) return;
      if (rendered === null) rejected += 1;
      else accepted.push({ index: first + index, rendered });
    },
    ({ cases, shrinkSteps }, shrinking) => {
      if (!shrinking && cases % 1000 === 0) log(`  ${cases} cases (${seconds(started)})`);
      if (shrinking && shrinkSteps === 1) log(`  case ${first + cases - 1} failed; shrinking it (${seconds(started)})`);
      if (shrinking && shrinkSteps % 10_000 === 0) log(`  shrinking case ${first + cases - 1}: ${shrinkSteps} shrink steps (${seconds(started)})`);
    },
  );
  const property = fc.property(fuzzCase, predicate);
  const details = options.only === null ? fc.check(property, { seed: options.seed, numRuns: options.runs }) : fc.check(property, { seed: options.seed, path: String(options.only), numRuns: 1 });
  if (!details.failed) return { cases: count.cases, accepted, rejected, failed: false };
  const [firstRun] = (details.counterexamplePath ?? '').split(':');
  log(`\nFAILED: validation and rendering, case ${firstRun} (shrunk ${details.numShrinks} times in ${count.shrinkSteps} shrink steps, fast-check path ${details.counterexamplePath})`);
  log(`  ${String((details.errorInstance as Error | undefined)?.message ?? details.errorInstance).replace(/\n/g, '\n  ')}`);
  if (details.counterexample !== null) showCase(details.counterexample[0], workDir, 'counterexample');
  log(`  replay: ${replayCommand(options, Number(firstRun))}`);
  return { cases: count.cases, accepted, rejected, failed: true };
}

/** Shrinks a case that fails in one language, compiling it alone each time, until the time budget runs out. */
async function shrinkThroughCompiler(options: Options, workDir: string, failure: Failure, caseIndex: number): Promise<void> {
  const deadline = Date.now() + options.shrinkSeconds * 1000;
  const { language } = failure;
  let attempt = 0;
  let smallest: { fuzz: FuzzCase; message: string } | null = null;
  log(`\nShrinking case ${caseIndex} through ${language} (at most ${options.shrinkSeconds} s; ERRTABLE_FUZZ_SHRINK_SECONDS)...`);
  const property = fc.asyncProperty(fuzzCase, async (fuzz) => {
    if (Date.now() > deadline) return;
    const rendered = checkRendering(fuzz, workDir);
    if (rendered === null) return;
    attempt += 1;
    const table: BatchTable = { id: batchId(caseIndex), caseIndex, label: `case ${caseIndex}`, rendered };
    const outcome = await compileBatch(join(workDir, `shrink-${attempt}`), [table], [language], () => {});
    const found = outcome.failures[0];
    if (found !== undefined) {
      smallest = { fuzz, message: found.message };
      throw new Error(found.message);
    }
  });
  const details = await fc.check(property, { seed: options.seed, path: String(caseIndex) });
  const shrunk = smallest as { fuzz: FuzzCase; message: string } | null;
  if (!details.failed || shrunk === null) {
    log('  the case does not fail when compiled alone; see the batch failure above');
    return;
  }
  log(`  smallest failing table after ${attempt} compiles (fast-check path ${details.counterexamplePath}):`);
  log(`  ${shrunk.message.replace(/\n/g, '\n  ')}`);
  showCase(shrunk.fuzz, workDir, `shrunk-${language}`);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2), process.env);
  const started = Date.now();
  const workDir = mkdtempSync(join(tmpdir(), 'errtable-fuzz-'));
  log(`errtable fuzz: seed ${options.seed} (${options.seedOrigin}; replay: ${replayCommand(options)})`);
  log(`  ${options.only === null ? `${options.runs} cases` : `case ${options.only} only`} through validation and rendering; the first ${options.compile} accepted, and the bundled tables and valid fixtures, through ${options.languages.join(', ') || 'no compiler'}`);

  const stage = validateAndRender(options, workDir);
  const { cases } = stage;
  log(`validation and rendering: ${cases} cases, ${stage.accepted.length} accepted, ${stage.rejected} rejected with located diagnostics (${seconds(started)})`);
  if (stage.failed) {
    log(`work directory kept: ${workDir}`);
    return 1;
  }

  const compileStarted = Date.now();
  const fixtures = options.only === null ? fixtureTables(workDir) : [];
  const candidates = stage.accepted.map(({ index, rendered }) => ({ id: batchId(index), caseIndex: index, label: `case ${index}`, rendered }));
  const tables = withDistinctPackages([...fixtures, ...candidates]).slice(0, fixtures.length + options.compile);
  const random = tables.filter((table) => table.caseIndex >= 0);
  let failures: Failure[] = [];
  if (options.languages.length > 0) {
    const outcome = await compileBatch(join(workDir, 'batch'), tables, options.languages, (line) => log(`  ${line}`));
    failures = outcome.failures;
    const counts = outcome.results.map((result) => `${result.language} ${result.compiled.length}`).join(', ');
    log(`compilers: ${random.length} random tables and ${tables.length - random.length} fixture tables; tables compiled and checked per language: ${counts} (${seconds(compileStarted)})`);
  }

  if (failures.length > 0) {
    log(`\nFAILED: ${failures.length} compiler or round-trip failure(s):`);
    for (const failure of failures) {
      const table = tables.find((candidate) => candidate.id === failure.tableId);
      log(`\n[${failure.language}] ${table === undefined ? 'the batch' : `${table.label} (${table.id}, table id ${table.rendered.id})`}:`);
      log(`  ${failure.message.replace(/\n/g, '\n  ')}`);
      if (table !== undefined && table.caseIndex >= 0) log(`  replay: ${replayCommand(options, table.caseIndex)}`);
    }
    const first = failures.map((failure) => ({ failure, table: tables.find((candidate) => candidate.id === failure.tableId) })).find(({ table }) => table !== undefined && table.caseIndex >= 0);
    if (first !== undefined && options.shrinkSeconds > 0) await shrinkThroughCompiler(options, workDir, first.failure, first.table!.caseIndex);
    log(`\nwork directory kept: ${workDir}`);
    log(`errtable fuzz FAILED (seed ${options.seed}, ${seconds(started)}); replay: ${replayCommand(options)}`);
    return 1;
  }
  if (options.keep) log(`work directory kept: ${workDir}`);
  else rmSync(workDir, { recursive: true, force: true });
  const compiled = options.languages.length === 0 ? 'no compiler run' : `${tables.length} tables compiled and round-tripped in ${options.languages.join(', ')}`;
  log(`errtable fuzz passed: seed ${options.seed}, ${cases} cases validated and rendered, ${compiled}, ${seconds(started)}`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
