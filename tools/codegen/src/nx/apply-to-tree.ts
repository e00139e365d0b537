import type { Tree } from '@nx/devkit';
import { applyPlan } from '../apply-plan';
import { orphanedPackages, orphanProblem } from '../load/orphaned-packages';
import { checkOutputFor, loadInputs, plan } from '../pipeline';
import { formatDiagnostic } from '../validate/diagnostic';
import { formatReport } from '../validate/report';
import { formatProblem } from '../write/output-error';

export interface TreeChanges {
  /** The paths that change. */
  changed: string[];
  /** Deleted tables' packages (`orphanProblem`), formatted; found only when every table was planned. */
  orphans: string[];
}

/**
 * Plans every table (or those asked for) and applies the plan to the Nx tree. An invalid table, or an output path
 * that is a link or lies under one, throws before the tree is touched, so Nx writes nothing; only files generated
 * from these very tables (by their header line) are deleted as stale.
 */
export async function applyToTree(tree: Tree, tables: readonly string[] = [], strict = false): Promise<TreeChanges> {
  const inputs = loadInputs({ tables, strict });
  checkOutputFor(inputs, tree.root, 'Render it into another folder with npm run codegen -- generate --table FILE --out DIR');
  const planned = plan(inputs);
  if (!planned.ok) throw new Error(`The table is invalid; no file was written.\n${formatReport(planned.diagnostics)}`);
  for (const warning of planned.warnings) console.warn(formatDiagnostic(warning));
  const changes = await applyPlan(planned, { kind: 'tree', tree });
  return {
    changed: changes.filter((change) => change.kind !== 'unchanged').map((change) => change.path),
    orphans: orphanedPackages(tree.root, planned.everyTable).map((folder) => formatProblem(orphanProblem(folder))),
  };
}
