import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './load/load-table';
import { defaultTable, repoRoot } from './paths';
import { prepareRendering, validateFile } from './pipeline';
import type { Diagnostic } from './validate/diagnostic';
import { formatReport } from './validate/report';
import { type FileChange, planRemovals, planWrites, removeFiles, WriteError, writeFiles } from './write/write-files';
import { findStaleFiles } from './load/find-generated-files';
import { releasingMemory } from './write/release-memory';

const help = `Usage: npm run codegen -- <command> [options]

Commands:
  validate [TABLE]   Check a table (default: ${defaultTable}) and print every problem found.
  generate           Render every package from the table and write the files that changed.
  check              Exit 1 if any generated file differs from what the table produces.

Options:
  --table FILE       The table to read (generate, check). Default: ${defaultTable}
  --out DIR          Root to write the packages under (generate, check). Default: the repository
  --dry-run          generate: list what would change, write nothing.
  --strict           Warnings fail too.
  --format FORMAT    text (default) or json: how diagnostics are printed (json: one array on stdout).
  -h, --help         Show this help.

Exit codes: 0 success; 1 the table is invalid, or check found stale files;
2 usage error (unknown option, missing table) or an output file that cannot be written.`;

const options = {
  table: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const commands = ['validate', 'generate', 'check'] as const;

/** Where the CLI prints: `out` for results (the JSON array with --format json), `err` for everything said to a person. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: CliOutput = { out: (text) => console.log(text), err: (text) => console.error(text) };

interface Invocation {
  command: (typeof commands)[number];
  table: string;
  outDir: string;
  dryRun: boolean;
  strict: boolean;
  json: boolean;
}

function parseInvocation(argv: readonly string[]): Invocation | 'help' {
  const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true });
  const [command, ...rest] = positionals;
  if (values.help) return 'help';
  if (command === undefined) throw new UsageError(`missing command; run with --help`);
  if (!commands.includes(command as Invocation['command'])) throw new UsageError(`unknown command "${command}"; run with --help`);
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  if (rest.length > (command === 'validate' ? 1 : 0)) throw new UsageError(`unexpected argument "${rest.at(-1)}"`);
  return {
    command: command as Invocation['command'],
    table: resolve(rest[0] ?? values.table ?? resolve(repoRoot, defaultTable)),
    outDir: resolve(values.out ?? repoRoot),
    dryRun: values['dry-run'],
    strict: values.strict,
    json: values.format === 'json',
  };
}

function printDiagnostics(diagnostics: readonly Diagnostic[], invocation: Invocation, output: CliOutput): void {
  if (invocation.json) output.out(JSON.stringify(diagnostics, null, 2));
  else if (diagnostics.length > 0) output.err(formatReport(diagnostics));
}

/** One line per changed file, then a count; printed at once (one write to the terminal, not one per line). */
function summarize(changes: readonly FileChange[], verb: string, output: CliOutput): void {
  const changed = changes.filter((change) => change.kind !== 'unchanged');
  const lines = changed.map((change) => `${change.kind.toUpperCase()} ${change.path}`);
  lines.push(changed.length === 0 ? `No changes: all ${changes.length} files are up to date.` : `${changed.length} of ${changes.length} files ${verb}.`);
  output.err(lines.join('\n'));
}

function execute(invocation: Invocation, output: CliOutput): number {
  const { command, table, outDir, strict } = invocation;
  const result = command === 'validate' ? validateFile(table, strict) : prepareRendering({ table, outDir, strict });
  if (!result.ok) {
    printDiagnostics(result.diagnostics, invocation, output);
    output.err(command === 'validate' ? 'The table is invalid.' : 'The table is invalid; no file was written.');
    return 1;
  }
  printDiagnostics(result.warnings, invocation, output);
  if (!('render' in result)) {
    const note = result.warnings.length > 0 ? '; warnings fail only with --strict' : '';
    output.err(`${relative(process.cwd(), table) || table}: valid${note}.`);
    return 0;
  }
  const stale = findStaleFiles(outDir, result.paths);
  const files = releasingMemory(result.render());
  if (command === 'check' || invocation.dryRun) {
    const plan = [...planWrites(outDir, files), ...planRemovals(stale)];
    summarize(plan, 'would change', output);
    return command === 'check' && plan.some((change) => change.kind !== 'unchanged') ? 1 : 0;
  }
  summarize([...writeFiles(outDir, files), ...removeFiles(outDir, stale)], 'written', output);
  return 0;
}

function isUsageError(error: unknown): error is Error {
  return error instanceof UsageError || error instanceof WriteError || String((error as { code?: unknown } | null)?.code).startsWith('ERR_PARSE_ARGS');
}

/** The whole CLI except the process: returns the exit code. 0 success, 1 invalid table or stale files, 2 usage error. */
export function runCli(argv: readonly string[], output: CliOutput = processOutput): number {
  try {
    const invocation = parseInvocation(argv);
    if (invocation !== 'help') return execute(invocation, output);
    output.out(help);
    return 0;
  } catch (error) {
    if (!isUsageError(error)) throw error;
    output.err(`error: ${error.message}`);
    return 2;
  }
}
