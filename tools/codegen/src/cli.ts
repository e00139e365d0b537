#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './load/load-table';
import { defaultTable, repoRoot } from './paths';
import { runPipeline, validateFile } from './pipeline';
import { type Diagnostic, formatDiagnostic } from './validate/diagnostic';
import { type FileChange, planWrites, writeFiles } from './write/write-files';

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
  --format FORMAT    text (default) or json: how diagnostics are printed.
  -h, --help         Show this help.

Exit codes: 0 success; 1 the table is invalid, or check found stale files; 2 usage error (unknown option, missing file).`;

const options = {
  table: { type: 'string' },
  out: { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  strict: { type: 'boolean', default: false },
  format: { type: 'string', default: 'text' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

function printDiagnostics(diagnostics: readonly Diagnostic[], format: string): void {
  if (format === 'json') {
    console.log(JSON.stringify(diagnostics, null, 2));
    return;
  }
  for (const diagnostic of diagnostics) console.error(formatDiagnostic(diagnostic));
}

function summarize(changes: readonly FileChange[], verb: string): void {
  const changed = changes.filter((change) => change.kind !== 'unchanged');
  for (const change of changed) console.log(`${change.kind === 'create' ? 'CREATE' : 'UPDATE'} ${change.path}`);
  console.log(changed.length === 0 ? `No changes: all ${changes.length} files are up to date.` : `${changed.length} of ${changes.length} files ${verb}.`);
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    console.log(help);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, not "${values.format}"`);
  if (rest.length > (command === 'validate' ? 1 : 0)) throw new UsageError(`unexpected argument "${rest.at(-1)}"`);
  const table = resolve(rest[0] ?? values.table ?? resolve(repoRoot, defaultTable));
  const outDir = resolve(values.out ?? repoRoot);
  if (!['validate', 'generate', 'check'].includes(command)) throw new UsageError(`unknown command "${command}"; run with --help`);

  const result = command === 'validate' ? validateFile(table, values.strict) : runPipeline({ table, outDir, strict: values.strict });
  if (!result.ok) {
    printDiagnostics(result.diagnostics, values.format);
    console.error(`${result.diagnostics.length} problem(s) found; nothing was written.`);
    return 1;
  }
  printDiagnostics(result.warnings, values.format);
  if (!('files' in result)) {
    console.error(`${table}: valid.`);
    return 0;
  }
  if (command === 'check' || values['dry-run']) {
    const plan = planWrites(outDir, result.files);
    summarize(plan, 'would change');
    return command === 'check' && plan.some((change) => change.kind !== 'unchanged') ? 1 : 0;
  }
  summarize(writeFiles(outDir, result.files), 'written');
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = 2;
  } else {
    throw error;
  }
}
