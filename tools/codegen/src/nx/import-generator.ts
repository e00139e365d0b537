import type { Tree } from '@nx/devkit';
import { isAbsolute, relative, sep } from 'node:path';
import { type ImportArguments, loadImportRequest } from '../import/load-import';
import { planImport } from '../import/plan-import';
import { driftLines, formatImportFinding } from '../import/report-drift';
import { formatDiagnostic } from '../validate/diagnostic';
import { formatReport } from '../validate/report';
import { formatProblem } from '../write/output-error';

export interface ImportGeneratorOptions {
  /** The vendor's Markdown page. */
  page: string;
  /** A table id (`xgpush-error-codes`) or the path of a table file. */
  table: string;
  new?: boolean;
  deprecateMissing?: boolean;
  vendorTable?: number;
  locale?: string;
  repository?: string;
}

function argumentsOf(options: ImportGeneratorOptions): ImportArguments {
  const { page, table, vendorTable, repository, locale } = options;
  return {
    page,
    table,
    create: options.new === true,
    deprecateMissing: options.deprecateMissing === true,
    ...(vendorTable === undefined ? {} : { pick: vendorTable }),
    ...(repository === undefined ? {} : { repository }),
    ...(locale === undefined ? {} : { locale }),
  };
}

/** The table's path in the tree: inside the workspace, `/`-separated. */
function treePath(tree: Tree, path: string): string {
  const inside = relative(tree.root, path);
  if (inside.startsWith('..') || isAbsolute(inside)) throw new Error(`${path} lies outside the workspace ${tree.root}; run npm run codegen -- import for a table elsewhere.`);
  return inside.split(sep).join('/');
}

/**
 * `nx g @errtable/codegen:import --page <vendor.md> --table <id> [--new] [--deprecateMissing] [--vendorTable N] [--locale TAG]`: the
 * same plan as `npm run codegen -- import`, written into the Nx tree (Nx shows the change, and honours --dry-run).
 * A page or table with problems throws with every problem located, before the tree is touched.
 */
export default async function importGenerator(tree: Tree, options: ImportGeneratorOptions): Promise<void> {
  const { request, tablePath } = loadImportRequest(argumentsOf(options));
  const plan = planImport(request);
  if (!plan.ok) throw new Error(`Nothing was written.\n${formatReport(plan.diagnostics, plan.on === 'page' ? formatProblem : formatDiagnostic)}`);
  for (const line of driftLines(plan.drift, { deprecatingMissing: request.deprecateMissing === true })) console.log(line);
  for (const warning of plan.warnings) console.warn(formatImportFinding(warning));
  if (plan.changed) tree.write(treePath(tree, tablePath), plan.text);
  else console.log(`${request.table.file} already says what ${request.page.file} says.`);
}
