import { basename, dirname, resolve } from 'node:path';
import { tablesDir } from '../paths';
import { textFile } from '../render/render-files';
import type { Diagnostic } from '../validate/diagnostic';
import { formatProblem, shownPath } from '../write/output-error';
import { updateOutput, type UpdateOptions } from '../write/update-output';
import { type ImportArguments, loadImportRequest } from './load-import';
import { type ImportPlan, planImport } from './plan-import';
import { driftJson, driftLines, formatImportFinding } from './report-drift';
import { unlistedFallback } from './new-table';

/** How a command speaks: results on `out`, everything for a person on `err`, diagnostics to the shared report. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  /** Diagnostics of a table, or (with `formatLine`) of the vendor's page. */
  report(diagnostics: readonly Diagnostic[], formatLine?: (diagnostic: Diagnostic) => string): void;
  /** `--format json`: the results the command prints as its one JSON array. */
  results?: unknown[];
}

type Planned = Extract<ImportPlan, { ok: true }>;

/** A failed plan's problems, a page's without JSON pointer: `vendor.md:12:3: "0x1F" is not a code...`. */
function reportFailure(plan: Extract<ImportPlan, { ok: false }>, io: CommandIo): void {
  if (plan.on === 'page') io.report(plan.diagnostics, formatProblem);
  else io.report(plan.diagnostics);
}

/** Writes the table atomically (a temporary file renamed over it), under the lock of its folder. */
async function writeTable(path: string, text: string, options: UpdateOptions): Promise<void> {
  const name = basename(path);
  await updateOutput(dirname(path), 'write', () => ({ scopes: [], paths: [name], render: () => [textFile(name, text)] }), options);
}

/** --locale: the table's codes a translated page does not list, whose translations neither import nor drift touches. */
function reportUnlisted(plan: Planned, args: ImportArguments, io: CommandIo): void {
  const unlisted = plan.unlisted ?? [];
  if (unlisted.length > 0) io.err(`The page does not list ${unlisted.length} of the table's codes (${unlisted.join(', ')}); their ${args.locale} text stays as it is.`);
}

function newTableSummary(plan: Planned, file: string, dryRun: boolean): string[] {
  const count = plan.vendor.rows.length;
  const lines = [`${dryRun ? 'Would create' : 'Created'} ${file} from ${plan.vendor.file}: ${count} code${count === 1 ? '' : 's'}, each with a proposed name, retryable and category (marked "proposed").`];
  if (plan.vendor.fallback === undefined) lines.push(`The page has no catch-all row (Others): the fallback says "${unlistedFallback.description}"; word it as the vendor would.`);
  lines.push('Review every proposal, delete its "proposed", then run npm run generate.');
  return lines;
}

function mergeSummary(plan: Planned, file: string, dryRun: boolean): string {
  if (!plan.changed) return `No change: ${file} already says what ${plan.vendor.file} says${plan.drift.length > 0 ? ' (but for the codes above, which import keeps)' : ''}.`;
  const bump = plan.bump === undefined ? 'no release bump' : `a ${plan.bump} bump (npm run release:diff -- --write-changeset)`;
  return dryRun ? `Would update ${file}, which would need ${bump}; nothing was written.` : `Updated ${file}; the table needs ${bump}. Then run npm run generate.`;
}

/**
 * `import <page.md> --table <id> [--new] [--dry-run] [--deprecate-missing] [--vendor-table N]`: 0 written (or nothing
 * to write), 1 the page or the table has problems (each at file:line:column; nothing written).
 */
export async function runImport(args: ImportArguments & { dryRun: boolean }, io: CommandIo, options: UpdateOptions): Promise<number> {
  const { request, tablePath } = loadImportRequest(args);
  const plan = planImport(request);
  if (!plan.ok) {
    reportFailure(plan, io);
    io.err('Nothing was written.');
    return 1;
  }
  if (plan.drift.length > 0) io.err(driftLines(plan.drift, { deprecatingMissing: args.deprecateMissing === true }).join('\n'));
  reportUnlisted(plan, args, io);
  io.report(plan.warnings, formatImportFinding);
  const file = request.table.file;
  if (plan.changed && !args.dryRun) await writeTable(tablePath, plan.text, options);
  io.err((request.create === undefined ? [mergeSummary(plan, file, args.dryRun)] : newTableSummary(plan, file, args.dryRun)).join('\n'));
  return 0;
}

/** `path` as a shell word, for a command line to copy: from the working folder when inside it, else absolute. */
export function shellWord(path: string): string {
  const word = shownPath(path);
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * A table as `--table` takes it in the command drift suggests, which `npm run codegen --` runs from the folder npm
 * was run in (as this run): a table of the folder by its id, any other by its path, so that the suggestion imports
 * into the very table compared.
 */
function tableArgument(path: string): string {
  return dirname(path) === tablesDir ? basename(path, '.json') : shellWord(path);
}

/** `drift <page.md> --table <id>`: read-only. 0 no drift, 1 drift (or a page that cannot be read as a table). */
export function runDrift(args: ImportArguments, io: CommandIo): number {
  const { request, tablePath } = loadImportRequest({ ...args, create: false, deprecateMissing: false });
  const plan = planImport(request);
  if (!plan.ok) {
    reportFailure(plan, io);
    io.err(`The vendor's page cannot be compared with ${request.table.file}.`);
    return 1;
  }
  if (io.results !== undefined) io.results.push(...driftJson(plan.drift));
  else if (plan.drift.length > 0) io.out(driftLines(plan.drift).join('\n'));
  reportUnlisted(plan, args, io);
  const count = plan.drift.length;
  io.err(
    count === 0
      ? `No drift: ${request.table.file} says what ${plan.vendor.file} says${(plan.unlisted ?? []).length > 0 ? ' of every code the page lists' : ''}.`
      : `${count} difference${count === 1 ? '' : 's'} between ${request.table.file} and ${plan.vendor.file}; npm run codegen -- import ${shellWord(resolve(request.page.file))} --table ${tableArgument(tablePath)}${args.locale === undefined ? '' : ` --locale ${args.locale}`} takes the vendor's side.`,
  );
  return count === 0 ? 0 : 1;
}
