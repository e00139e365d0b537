import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { type FileKind, loadSchemaValidator, loadTable, loadText, UsageError } from '../load/load-table';
import { schemaPath, tablesDir, tablesFolder } from '../paths';
import { resolveTableArgument, tableIdOf } from '../pipeline';
import type { ImportRequest } from './plan-import';

/** What `import` and `drift` are asked, as given on the command line or to the Nx generator. */
export interface ImportArguments {
  /** The vendor's Markdown page. */
  page: string;
  /** A table id (`xgpush-error-codes`) or the path of a table file. */
  table: string;
  create?: boolean;
  deprecateMissing?: boolean;
  pick?: number;
  /** For `--new`: the repository the packages are published from; default: the other tables'. */
  repository?: string;
  /** `--locale`: the page is the table in this other language. */
  locale?: string;
}

const vendorPage: FileKind = { noun: 'the vendor page', any: 'a vendor page', hint: "Pass the vendor's Markdown page, e.g. schema/vendor/xgpush-error-codes.md" };

const shown = (path: string) => relative(process.cwd(), path) || path;

/** The repository every other table names (validation requires one for all): a new table joins them. */
function repositoryOfTables(except: string): string {
  const others = existsSync(tablesDir) ? readdirSync(tablesDir).filter((name) => name.endsWith('.json')).map((name) => join(tablesDir, name)).filter((path) => path !== except) : [];
  for (const path of others.sort()) {
    const repository = (JSON.parse(loadTable(path)) as { repository?: unknown }).repository;
    if (typeof repository === 'string') return repository;
  }
  throw new UsageError(`no table in ${tablesFolder} names the repository the packages are published from. Pass --repository https://github.com/<owner>/<repo>`);
}

/** The table's path and id, and its text unless it is to be created: a usage error when it does not exist, or does with --new. */
function loadTarget(args: ImportArguments): { path: string; id: string; text?: string } {
  const path = resolveTableArgument(args.table);
  const id = tableIdOf(path);
  const exists = existsSync(path);
  if (args.create === true && exists) throw new UsageError(`${shown(path)} exists already; drop --new to merge the vendor's page into it`);
  if (args.create !== true && !exists) throw new UsageError(`there is no table ${shown(path)}; pass --new to create it from the vendor's page`);
  return args.create === true ? { path, id } : { path, id, text: loadTable(path) };
}

/** load, for import and drift: the page, the table (or what a new one needs), the schema's validator. */
export function loadImportRequest(args: ImportArguments): { request: ImportRequest; tablePath: string } {
  const pagePath = resolve(args.page);
  const text = loadText(pagePath, vendorPage);
  const target = loadTarget(args);
  const create =
    args.create === true
      ? { repository: args.repository ?? repositoryOfTables(target.path), schemaRef: relative(dirname(target.path), schemaPath).split(sep).join('/'), pageName: basename(pagePath) }
      : undefined;
  const request: ImportRequest = {
    page: { file: shown(pagePath), text },
    table: { id: target.id, file: shown(target.path), ...(target.text === undefined ? {} : { text: target.text }) },
    ...(create === undefined ? {} : { create }),
    ...(args.pick === undefined ? {} : { pick: args.pick }),
    ...(args.locale === undefined ? {} : { locale: args.locale }),
    deprecateMissing: args.deprecateMissing === true,
    validator: loadSchemaValidator(),
  };
  return { request, tablePath: target.path };
}
