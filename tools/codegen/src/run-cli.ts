import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './load/load-table';
import { applyPlan } from './apply-plan';
import { orphanedPackages, orphanProblem } from './load/orphaned-packages';
import type { ImportArguments } from './import/load-import';
import type { CommandIo } from './import/run-import';
import { formatCoverage, tableCoverage } from './locale/translations';
import { repoRoot, tablesFolder } from './paths';
import { checkOutputFor, type Inputs, loadInputs, plan, type Planned, validateInputs } from './pipeline';
import { type RenderHelper, startRenderHelper } from './render/render-helper';
import type { ErrorTable } from './table';
import type { Diagnostic } from './validate/diagnostic';
import { formatReport } from './validate/report';
import { editDistance } from './validate/did-you-mean';
import { quote, showText } from './validate/show-text';
import { errorCode, type WriteFileSystem } from './write/file-system';
import { type CliOutput, processOutput } from './process-output';
import { exitCodeOf, formatProblem, Interrupted, problemAsDiagnostic, reasonOf, WriteError } from './write/output-error';
import type { OutputMode, UpdateOptions } from './write/update-output';
import type { FileChange } from './write/write-files';
import { translationTagProblem } from './validate/rules/translations';

const help = `Usage: npm run codegen -- <command> [options]

Commands:
  validate [TABLE...]  Check tables (default: every table in ${tablesFolder}) and print every problem found.
  generate             Render the packages of every table and write the files that changed.
  check                Exit 1 if any generated file differs from what the tables produce.
  import PAGE.md --table TABLE
                       Merge the error table of a vendor's Markdown page into TABLE by code: the vendor's texts
                       replace description and solution; new codes are added with a proposed name (marked
                       "proposed"); codes the page no longer lists are reported and kept. See docs/vendor-sync.md.
  drift PAGE.md --table TABLE
                       Read-only: list where TABLE and the vendor's page disagree, each with the version bump
                       following the vendor needs. Exit 1 when they disagree.

A TABLE is the id of a table in ${tablesFolder} (its file name without .json) or the path of a table file.

Options:
  --table TABLE      Render only this table's packages (repeatable); files made from every table (the root
                     Package.swift) still see the others. A table outside ${tablesFolder} is rendered on its own.
  --out DIR          Root to write the packages under (generate, check). Default: the repository
  --dry-run          generate, import: list what would change, write nothing.
  --new              import: create TABLE from the page (every code proposed).
  --repository URL   import --new: the repository the packages are published from (default: the other tables').
  --deprecate-missing
                     import: deprecate the codes the page no longer lists (a minor bump) instead of only reporting them.
  --vendor-table N   import, drift: read the page's Nth table with a code column, when it has several.
  --locale TAG       import, drift: the page is the table in another language (a BCP 47 tag, e.g. zh-Hans);
                     its texts go to the table's translations of TAG, marked as the vendor's (docs/translations.md).
  --strict           Warnings fail too.
  --format FORMAT    text (default) or json: how diagnostics are printed (json: one array on stdout).
  -h, --help         Show this help.

Exit codes: 0 success; 1 the table is invalid (alone, or with the others), or check found stale files, leftover
temporary files or a deleted table's packages, or the vendor's page has problems (import, drift) or disagrees with
the table (drift);
2 usage error (unknown option, missing table) or an output that cannot be written (nothing is written then);
130 or 143 stopped by SIGINT or SIGTERM (temporary files removed, no file replaced).

Environment: ERRTABLE_CODEGEN_CACHE=DIR keeps in DIR the validator of a schema the build did not compile, such
as one changed since (off: compile it every run);
ERRTABLE_CODEGEN_THREADS=1 renders on one thread, =2 always with a helper thread (unset: tables of about 3,000
to 50,000 codes render on two threads when the machine has two cores).`;

const options = {
  table: { type: 'string', multiple: true },
  out: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  new: { type: 'boolean', default: false },
  repository: { type: 'string' },
  'deprecate-missing': { type: 'boolean', default: false },
  'vendor-table': { type: 'string' },
  locale: { type: 'string' },
  strict: { type: 'boolean', default: false },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const commands = ['validate', 'generate', 'check', 'import', 'drift'] as const;

/** What the process gives the CLI besides its arguments; tests replace the file system or shorten the lock wait. */
export interface CliEnvironment {
  /** Aborted with the signal's name on SIGINT, SIGTERM or SIGHUP. */
  signal?: AbortSignal;
  fs?: WriteFileSystem;
  lockWaitMs?: number;
}

interface Invocation {
  command: (typeof commands)[number];
  /** Ids or paths; none means every table in the folder. */
  tables: string[];
  outDir: string;
  dryRun: boolean;
  strict: boolean;
  json: boolean;
  /** import and drift: the vendor's page, the table and their options. */
  vendor?: ImportArguments;
}

function nonEmpty(option: string, value: string | undefined): string | undefined {
  if (value === '') throw new UsageError(`--${option} needs a path; an empty one would mean the current directory. Pass --${option} . for that`);
  return value;
}

type Values = ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>['values'];

const vendorOnly = ['new', 'repository', 'deprecate-missing', 'vendor-table', 'locale'] as const;

const given = (values: Values, option: keyof Values) => values[option] !== undefined && values[option] !== false;

function refuse(values: Values, refused: readonly (keyof Values)[], why: string): void {
  const option = refused.find((name) => given(values, name));
  if (option !== undefined) throw new UsageError(`--${option} ${why}`);
}

/** `--vendor-table 2` -> 2: a table's number among the page's tables with a code column, from 1. */
function tableNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,5}$/.test(value)) throw new UsageError(`--vendor-table takes the number of a table, from 1, not ${quote(value, 60)}`);
  return Number(value);
}

/** import and drift: one page, one --table, and their own options. */
function vendorArguments(command: 'import' | 'drift', rest: readonly string[], values: Values): ImportArguments {
  const usage = `npm run codegen -- ${command} PAGE.md --table TABLE`;
  if (rest.length !== 1 || rest[0] === '') throw new UsageError(`${command} takes one vendor page, a Markdown file (${usage})`);
  const tables = values.table ?? [];
  if (tables.length !== 1) throw new UsageError(`${command} needs one --table, the id or path of the table (${usage})`);
  refuse(values, ['out'], `does not go with ${command}: the table is written where it is`);
  refuse(values, ['strict'], `does not go with ${command}: the codes it proposes warn until a maintainer confirms them (validate --strict fails on them)`);
  if (command === 'drift') refuse(values, ['new', 'repository', 'deprecate-missing', 'dry-run'], 'does not go with drift, which writes nothing');
  if (!values.new) refuse(values, ['repository'], 'goes with --new only');
  if (values.locale !== undefined) refuse(values, ['new', 'deprecate-missing'], 'does not go with --locale: a page in another language only translates the table\'s codes');
  const pick = tableNumber(values['vendor-table']);
  const localeProblem = values.locale === undefined ? undefined : translationTagProblem(values.locale);
  if (localeProblem !== undefined) throw new UsageError(`--locale ${localeProblem.message}. ${localeProblem.hint}`);
  return {
    page: rest[0]!,
    table: nonEmpty('table', tables[0])!,
    create: values.new,
    deprecateMissing: values['deprecate-missing'],
    ...(pick === undefined ? {} : { pick }),
    ...(values.repository === undefined ? {} : { repository: values.repository }),
    ...(values.locale === undefined ? {} : { locale: nonEmpty('locale', values.locale)! }),
  };
}

/** The option within two edits of `word` (`tabel` is two from `table`), nearest first; undefined when none is. */
function nearestOption(word: string): string | undefined {
  const near = Object.keys(options).map((name) => ({ name, distance: editDistance(word, name, 2) }));
  return near.filter(({ distance }) => distance <= 2).sort((a, b) => a.distance - b.distance)[0]?.name;
}

/** parseArgs, with an unknown option named as a usage error that suggests the nearest known one. */
function parsed(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: true });
  } catch (error) {
    const unknown = errorCode(error) === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/.exec((error as Error).message)?.[1] : undefined;
    if (unknown === undefined) throw error;
    const suggestion = nearestOption(unknown.replace(/^-+/, ''));
    throw new UsageError(`unknown option ${quote(unknown, 60)}; ${suggestion === undefined ? 'run' : `did you mean --${suggestion}? Run`} with --help`);
  }
}

function parseInvocation(argv: readonly string[]): Invocation | 'help' {
  const { values, positionals } = parsed(argv);
  const [command, ...rest] = positionals;
  if (values.help) return 'help';
  if (command === undefined) throw new UsageError(`missing command; run with --help`);
  if (!commands.includes(command as Invocation['command'])) throw new UsageError(`unknown command ${quote(command, 60)}; run with --help`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not ${quote(values.format, 60)}`);
  const vendor = command === 'import' || command === 'drift' ? vendorArguments(command, rest, values) : undefined;
  if (vendor === undefined) {
    if (command !== 'validate' && rest.length > 0) throw new UsageError(`unexpected argument ${quote(rest[0]!, 60)}; pass a table with --table`);
    refuse(values, vendorOnly, 'goes with import (and drift, for --vendor-table and --locale) only');
  }
  if (command === 'validate') refuse(values, ['out', 'dry-run'], 'does not go with validate, which reads the tables and writes nothing');
  return {
    command: command as Invocation['command'],
    tables: vendor === undefined ? [...rest, ...(values.table ?? [])].map((table) => nonEmpty('table', table)!) : [],
    outDir: resolve(nonEmpty('out', values.out) ?? repoRoot),
    dryRun: values['dry-run'],
    strict: values.strict,
    json: values.format === 'json',
    ...(vendor === undefined ? {} : { vendor }),
  };
}

/** Diagnostics to print: as text on stderr at once, or gathered for the one JSON array printed at the end. */
interface Report {
  json: boolean;
  diagnostics: Diagnostic[];
  /** drift --format json: the differences, printed instead of the diagnostics when the command succeeds. */
  results?: unknown[];
}

function report(diagnostics: readonly Diagnostic[], into: Report, output: CliOutput, formatLine?: (diagnostic: Diagnostic) => string): void {
  if (into.json) into.diagnostics.push(...diagnostics);
  else if (diagnostics.length > 0) output.err(formatReport(diagnostics, formatLine));
}

/** One line per changed file, then a count; printed at once (one write to the terminal, not one per line). */
function summarize(changes: readonly FileChange[], mode: OutputMode, output: CliOutput): void {
  const leftovers = changes.filter((change) => change.kind === 'leftover');
  const files = changes.filter((change) => change.kind !== 'leftover');
  const changed = files.filter((change) => change.kind !== 'unchanged');
  const lines = [...changed, ...leftovers].map((change) => `${change.kind.toUpperCase()} ${change.path}`);
  lines.push(changed.length === 0 ? `No changes: all ${files.length} files are up to date.` : `${changed.length} of ${files.length} files ${mode === 'write' ? 'written' : 'would change'}.`);
  const removal = mode === 'write' ? 'were removed' : 'would be removed by generate';
  if (leftovers.length > 0) lines.push(`${leftovers.length} temporary file(s) left by an interrupted run ${removal}.`);
  if (mode === 'check' && changed.length + leftovers.length > 0) lines.push('The generated files are not in step with the tables: edit the tables, never the generated files, then run `npm run generate`.');
  output.err(lines.join('\n'));
}

const outOfStepMessages: Partial<Record<FileChange['kind'], string>> = {
  create: 'is missing: the tables generate it',
  update: 'differs from what the tables generate (edited by hand, or a table changed since)',
  delete: 'was generated from a table that no longer generates it',
  leftover: 'is a temporary file an interrupted run left behind',
};

/** `check --format json`: a file out of step with the tables, as a diagnostic (the text output lists it by kind). */
function outOfStep(change: FileChange): Diagnostic[] {
  const message = outOfStepMessages[change.kind];
  if (message === undefined) return [];
  return [problemAsDiagnostic({ file: change.path, message, hint: 'Run `npm run generate`' }, change.kind === 'leftover' ? 'leftover' : 'stale')];
}

/** How much of a valid table each translation covers, one line per language: `<file>: zh-Hans: 22 of 22 texts (100%), ...`. */
function reportCoverage(file: string, table: ErrorTable, output: CliOutput): void {
  const lines = tableCoverage(table).map((coverage) => `${showText(file)}: ${formatCoverage(coverage)}.`);
  if (lines.length > 0) output.err(lines.join('\n'));
}

/** validate: every table on its own, each reported; the count of valid ones. */
function validateAll(inputs: Inputs, into: Report, output: CliOutput): number {
  const { validations, across } = validateInputs(inputs);
  let invalid = 0;
  for (const { source, validation } of validations.filter(({ source }) => inputs.selected.has(source.id))) {
    report(validation.ok ? validation.warnings : validation.diagnostics, into, output);
    if (!validation.ok) invalid += 1;
    else {
      const alone = across.length > 0 ? ' on its own' : '';
      output.err(`${showText(source.file)}: valid${alone}${validation.warnings.length > 0 ? '; warnings fail only with --strict' : ''}.`);
      reportCoverage(source.file, validation.table, output);
    }
  }
  if (invalid > 0) output.err(invalid === 1 ? 'The table is invalid.' : `${invalid} tables are invalid.`);
  // What generate would refuse across tables (two tables naming one package), once each table is valid.
  report(across, into, output);
  if (across.length > 0) output.err('The tables are valid one by one, but not together.');
  return invalid > 0 || across.length > 0 ? 1 : 0;
}

/** import and drift speak through the CLI's output and report. */
function commandIo(output: CliOutput, into: Report, results: boolean): CommandIo {
  if (results && into.json) into.results = [];
  return { out: output.out, err: output.err, report: (diagnostics, formatLine) => report(diagnostics, into, output, formatLine), ...(into.results === undefined ? {} : { results: into.results }) };
}

async function execute(invocation: Invocation, output: CliOutput, environment: CliEnvironment, into: Report): Promise<number> {
  const { command, tables, outDir, strict, vendor } = invocation;
  const writeOptions = { ...environment, onWait: (message: string) => output.err(message) };
  if (command === 'import' || command === 'drift') {
    // Loaded on demand: the Markdown parser is most of the bundle, and the other commands never need it.
    const { runDrift, runImport } = await import('./import/run-import.js');
    if (command === 'import') return runImport({ ...vendor!, dryRun: invocation.dryRun }, commandIo(output, into, false), writeOptions);
    return runDrift(vendor!, commandIo(output, into, true));
  }
  if (command === 'validate') return validateAll(loadInputs({ tables, strict, versions: false }), into, output);
  const inputs = loadInputs({ tables, strict });
  checkOutputFor(inputs, outDir);
  const { planned, helper } = planWithHelper(inputs);
  try {
    return await applyPlanned(planned, invocation, { output, into, writeOptions, helper });
  } finally {
    await helper?.stop();
  }
}

/**
 * The plan, with the render helper started first, so that it reads the tables while they are validated. The inputs
 * (every table's text) are let go once the plan is made: at 100,000 codes they hold tens of megabytes.
 */
function planWithHelper(inputs: Inputs): { planned: Planned; helper: RenderHelper | undefined } {
  const helper = startRenderHelper(inputs);
  try {
    return { planned: plan(inputs), helper };
  } catch (error) {
    void helper?.stop();
    throw error;
  }
}

/** `generate` and `check` once planned: report an invalid table, else apply (the helper, if any, renders along). */
async function applyPlanned(planned: Planned, invocation: Invocation, run: { output: CliOutput; into: Report; writeOptions: UpdateOptions; helper: RenderHelper | undefined }): Promise<number> {
  const { output, into } = run;
  if (!planned.ok) {
    report(planned.diagnostics, into, output);
    output.err('The table is invalid; no file was written.');
    return 1;
  }
  report(planned.warnings, into, output);
  const mode: OutputMode = invocation.command === 'check' ? 'check' : invocation.dryRun ? 'dry-run' : 'write';
  const changes = await applyPlan(planned, { kind: 'disk', root: invocation.outDir, mode, options: run.writeOptions, ...(run.helper && { helper: run.helper }) });
  summarize(changes, mode, output);
  if (mode === 'check' && into.json) into.diagnostics.push(...changes.flatMap(outOfStep));
  const orphans = orphanedPackages(invocation.outDir, planned.everyTable);
  for (const folder of orphans) reportOrphan(folder, mode, into, output);
  return mode === 'check' && (orphans.length > 0 || changes.some((change) => change.kind !== 'unchanged')) ? 1 : 0;
}

/** A deleted table's packages (`orphanProblem`): an error for check, as any output out of step; else a warning. */
function reportOrphan(folder: string, mode: OutputMode, into: Report, output: CliOutput): void {
  const problem = orphanProblem(folder);
  const severity = mode === 'check' ? 'error' : 'warning';
  if (into.json) into.diagnostics.push({ ...problemAsDiagnostic(problem, 'orphanedPackages'), severity });
  else output.err(`${severity}: ${formatProblem(problem)}`);
}

function isUsageError(error: unknown): error is Error {
  return error instanceof UsageError || String(errorCode(error)).startsWith('ERR_PARSE_ARGS');
}

/** A file-system error no check foresaw (a disk failing, a race): still one line, never a stack trace. */
function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}

/** Prints a failure (text on stderr; gathered for JSON) and returns its exit code; a bug is rethrown. */
function reportFailure(error: unknown, into: Report, output: CliOutput): number {
  if (error instanceof Interrupted) {
    output.err(`error: ${error.message}; temporary files removed, no output file was replaced.`);
    into.diagnostics.push(problemAsDiagnostic({ file: '', message: error.message, hint: 'Run again to finish' }, 'interrupted'));
    return exitCodeOf(error);
  }
  const failure = error instanceof WriteError ? error : isSystemError(error) ? new WriteError([{ file: (error as NodeJS.ErrnoException).path ?? '', message: reasonOf(error), hint: 'Fix the cause, then run again' }], 'The output may be incomplete; run generate again') : undefined;
  if (failure) {
    output.err(failure.lines().map((line) => `error: ${line}`).join('\n'));
    into.diagnostics.push(...failure.problems.map((problem) => problemAsDiagnostic(problem)));
    return 2;
  }
  if (!isUsageError(error)) throw error;
  output.err(`error: ${error.message}`);
  into.diagnostics.push(problemAsDiagnostic({ file: '', message: error.message, hint: 'Run with --help' }, 'usage'));
  return 2;
}

/**
 * The whole CLI except the process: returns the exit code. 0 success, 1 invalid table or stale files, 2 usage error
 * or an output that cannot be written, 128 + n stopped by signal n (see `CliEnvironment.signal`).
 */
export async function runCli(argv: readonly string[], output: CliOutput = processOutput, environment: CliEnvironment = {}): Promise<number> {
  const into: Report = { json: false, diagnostics: [] };
  let code: number;
  try {
    const invocation = parseInvocation(argv);
    if (invocation === 'help') {
      output.out(help);
      return 0;
    }
    into.json = invocation.json;
    code = await execute(invocation, output, environment, into);
  } catch (error) {
    code = reportFailure(error, into, output);
  }
  const failed = into.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  if (into.json) output.out(JSON.stringify(failed ? into.diagnostics : (into.results ?? into.diagnostics), null, 2));
  return code;
}
