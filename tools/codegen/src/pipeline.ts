import type { ValidateFunction } from 'ajv';
import { readdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { loadLicense } from './load/load-license';
import { loadSchemaValidator, loadTable, UsageError } from './load/load-table';
import type { OutputScope } from './load/find-generated-files';
import { loadCompiledTemplates } from './load/load-templates';
import { initialVersion, loadReleaseVersion } from './load/load-version';
import { buildModel, type Model } from './model/build-model';
import { headerLines, isOrphanHeader } from './model/header';
import { repoRoot, schemaFile, tablesDir, tablesFolder, templatesDir } from './paths';
import type { CompiledTemplates } from './render/handlebars';
import { referenceFiles, referenceScope } from './reference/reference-files';
import { byPath, type OutputFile, renderedPaths, renderPackage, renderReferenceFiles, renderWorkspaceFiles, sharedFiles, textFile, workspacePaths } from './render/render-files';
import { targets } from './targets/registry';
import { tableDir } from './targets/target';
import { checkAcrossTables } from './validate/across-tables';
import type { Diagnostic } from './validate/diagnostic';
import { latinized } from './validate/latin-letters';
import { showText } from './validate/show-text';
import { tableSchema } from './validate/table-schema';
import { type Validation, validateTable } from './validate/validate-table';
import { nodeFileSystem } from './write/file-system';
import { shownPath } from './write/output-error';

/** One table as read: its id (the file name), where it is, its text, and the release its packages are at. */
export interface TableSource {
  id: string;
  /** The path diagnostics show: relative to the working directory. */
  file: string;
  /** The path generated headers name (`schema/tables/<id>.json`; a table outside the repository by its file name). */
  tableFile: string;
  text: string;
  version: string;
}

/** Everything one run reads, each input once (STYLE §8): `plan` needs nothing else. */
export interface Inputs {
  tables: readonly TableSource[];
  /** Ids of the tables whose packages are rendered; the others only feed the files made from every table. */
  selected: ReadonlySet<string>;
  /** True when the tables are the repository's folder of tables: packages of tables no longer there are stale. */
  wholeFolder: boolean;
  validator: ValidateFunction;
  templates: CompiledTemplates;
  /** The repository's LICENSE, copied into every package. */
  license: string;
  strict: boolean;
}

/** The valid tables, ready to write: every path, the places to look for stale files, and the files on demand. */
export interface Plan {
  ok: true;
  /** Every output path, sorted. */
  paths: string[];
  scopes: OutputScope[];
  /** Renders the files one at a time (each call renders them again), so a writer holds one file at once. */
  render(): Iterable<OutputFile>;
  /** The same files in parts that render independently, in the order `render` yields them (`render-helper.ts`). */
  parts: readonly RenderPart[];
  warnings: Diagnostic[];
  /** Every table's id, when the plan covers the whole folder of tables: packages of any other table are orphans. */
  everyTable?: ReadonlySet<string>;
}

export type Planned = Plan | { ok: false; diagnostics: Diagnostic[] };

/** Files that render on their own, from the models and the inputs alone: a package, a reference page, the schema. */
export interface RenderPart {
  /** `xgpush-error-codes/go`, `docs/reference/index.html`: what the part renders, for messages. */
  name: string;
  files(): Iterable<OutputFile>;
  /** How many codes the part lays out (0: a few lines whatever the tables): the order the threads claim parts by. */
  codes: number;
  /** Called instead of `files` when another thread rendered the part (a package lets go of its table's vectors). */
  delivered?(): void;
}

/** What rendering needs besides the models: the same in every thread that renders. */
export type RenderInputs = Pick<Inputs, 'selected' | 'templates' | 'license'>;

/**
 * render, as independent parts, in the order of `Plan.render`: each selected table's package in each language, the
 * files made from every table, each reference page, the table schema. Deterministic: another thread that builds the
 * same models from the same tables gets the same parts (`render-worker.ts`). `pages`: the reference pages, when the
 * caller has them already.
 */
export function renderParts(models: readonly Model[], { selected, templates, license }: RenderInputs, pages = referenceFiles(models, selected, workspaceSourceOf(models))): RenderPart[] {
  const packages = models
    .filter((model) => selected.has(model.id))
    .flatMap((model) => {
      const shared = sharedFiles(model, license);
      return model.targets.map((target) => ({ name: `${model.id}/${target.id}`, files: () => renderPackage(model, target, templates, shared), delivered: () => shared.packageDone(), codes: model.codes.length }));
    });
  const pageParts = pages.map((page) => ({ name: page.path, files: () => renderReferenceFiles([page], templates), codes: page.codes }));
  const schemaText = `${JSON.stringify(tableSchema(targets), null, 2)}\n`;
  return [...packages, { name: 'workspace', files: () => renderWorkspaceFiles(models, templates), codes: 0 }, ...pageParts, { name: schemaFile, files: () => [textFile(schemaFile, schemaText)], codes: 0 }];
}

/** What the files made from every table name as their source: the folder of tables, or the one table rendered. */
function workspaceSourceOf(models: readonly Model[]): string {
  return models.length === 1 ? models[0]!.tableFile : tablesFolder;
}

/** What the CLI and the Nx generators ask for: which tables (paths or ids; none means every table in the folder). */
export interface LoadOptions {
  tables?: readonly string[];
  strict?: boolean;
  /** False for `validate`, which renders nothing: a broken package.json then does not stop it. Default true. */
  versions?: boolean;
}

/** `schema/tables/<id>.json`: a table's id is its file name. */
const tableIdPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The table's path relative to the repository (`/`-separated), or its file name when it lies outside: never machine-specific. */
export function tableFileName(table: string): string {
  const inRepo = relative(repoRoot, table);
  return inRepo.startsWith('..') || isAbsolute(inRepo) ? basename(table) : inRepo.split(sep).join('/');
}

/** A table file's id, its name without `.json`; a usage error when the name cannot be an id. */
export function tableIdOf(path: string): string {
  const id = basename(path).replace(/\.json$/i, '');
  if (!tableIdPattern.test(id)) {
    const suggestion = latinized(id).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    const rename = tableIdPattern.test(suggestion) ? `Rename it, e.g. to ${suggestion}.json` : 'Rename it (e.g. tpns-android-client-return-codes.json)';
    throw new UsageError(`${showText(shownPath(path))} cannot name a table: the file name is the table's id, lower-case words joined by hyphens, ending in .json. ${rename}`);
  }
  return id;
}

/** Every table file in the folder of tables, sorted. */
function tablesInFolder(): string[] {
  let names: string[];
  try {
    names = readdirSync(tablesDir).filter((name) => name.endsWith('.json'));
  } catch (cause) {
    throw new UsageError(`cannot list the tables in ${tablesFolder}: ${(cause as Error).message}`);
  }
  if (names.length === 0) throw new UsageError(`${tablesFolder} holds no table (*.json). Add one, or pass --table FILE`);
  return names.sort().map((name) => join(tablesDir, name));
}

/** `xgpush-error-codes` -> the table of that id in the folder; anything else is a path. */
export function resolveTableArgument(argument: string): string {
  return tableIdPattern.test(argument) ? join(tablesDir, `${argument}.json`) : resolve(argument);
}

function readTable(path: string, versions: boolean): TableSource {
  const id = tableIdOf(path);
  const version = versions ? loadReleaseVersion(repoRoot, id, targets) : initialVersion;
  return { id, file: relative(process.cwd(), path) || path, tableFile: tableFileName(path), text: loadTable(path), version };
}

/**
 * load: the tables (the whole folder, or those asked for: tables of the folder by id or path render alone but the
 * files made from every table still see the others; a table outside the folder is rendered on its own), the
 * release versions from the repository, the schema's validator and the templates.
 */
export function loadInputs({ tables: requested = [], strict = false, versions = true }: LoadOptions = {}): Inputs {
  const paths = requested.map(resolveTableArgument);
  const inFolder = paths.every((path) => dirname(path) === tablesDir);
  const files = paths.length === 0 || inFolder ? tablesInFolder() : paths;
  for (const path of paths) if (inFolder && !files.includes(path)) throw new UsageError(`there is no table ${showText(relative(process.cwd(), path))}. The tables are: ${files.map(tableIdOf).join(', ')}`);
  const tables = files.map((path) => readTable(path, versions));
  const selected = new Set(paths.length === 0 ? tables.map((table) => table.id) : paths.map(tableIdOf));
  return inputsFrom(tables, { selected, wholeFolder: inFolder, strict });
}

/** The folder with every link resolved; as given when it does not exist (yet). */
const realFolder = (path: string): string => nodeFileSystem.realPath(path) ?? resolve(path);

/**
 * A table outside the folder is rendered on its own, and so are the files made from every table (the root
 * Package.swift, the reference pages): written into the repository, they would replace those of the folder's tables.
 * Such a table needs an output folder of its own; a usage error says so, with the caller's `advice` (the CLI's
 * --out, or for Nx, which always writes into the repository, the CLI), before anything is written.
 */
export function checkOutputFor(inputs: Pick<Inputs, 'tables' | 'wholeFolder'>, outputRoot: string, advice = 'Pass --out DIR to render it into another folder'): void {
  if (inputs.wholeFolder || realFolder(outputRoot) !== realFolder(repoRoot)) return;
  const outside = inputs.tables.find((table) => dirname(resolve(table.file)) !== tablesDir) ?? inputs.tables[0]!;
  throw new UsageError(
    `${showText(outside.file)} is not in ${tablesFolder}: a table from elsewhere is rendered on its own, and written into the repository its Package.swift and reference pages would replace those made from the tables there. ${advice}, or move it into ${tablesFolder}`,
  );
}

/** The inputs for tables already read (tests, the benchmark): the schema's validator and the templates are loaded here. */
export function inputsFrom(tables: readonly TableSource[], options: { selected?: ReadonlySet<string>; wholeFolder?: boolean; strict?: boolean } = {}): Inputs {
  return {
    tables,
    selected: options.selected ?? new Set(tables.map((table) => table.id)),
    wholeFolder: options.wholeFolder ?? false,
    validator: loadSchemaValidator(),
    templates: loadCompiledTemplates(templatesDir, targets),
    license: loadLicense(),
    strict: options.strict ?? false,
  };
}

/** validate, one table: its own id drives its default coordinates. */
export function validateSource(source: TableSource, validator: ValidateFunction, strict: boolean): Validation {
  return validateTable(source.file, source.text, validator, { strict, tableId: source.id });
}

/** Every table validated; then, when all are valid, their models and what the checks across tables find. */
export function validateInputs(inputs: Inputs): { validations: { source: TableSource; validation: Validation }[]; models?: Model[]; across: Diagnostic[] } {
  const validations = inputs.tables.map((source) => ({ source, validation: validateSource(source, inputs.validator, inputs.strict) }));
  if (!validations.every(({ validation }) => validation.ok)) return { validations, across: [] };
  const models = validations.map(({ source, validation }) => buildModel((validation as Extract<Validation, { ok: true }>).table, source));
  return { validations, models, across: checkAcrossTables(models, inputs.tables) };
}

/** The scopes in which stale files are looked for: each rendered table's folder, the root, and tables no longer there. */
function scopesOf(models: readonly Model[], selected: ReadonlySet<string>, workspaceSource: string, wholeFolder: boolean): OutputScope[] {
  const current = new Set(models.map((model) => model.id));
  const tables = models
    .filter((model) => selected.has(model.id))
    .map((model) => ({ folder: tableDir(model.id), deep: true, generatedFrom: (line: string) => headerLines(model.tableFile).includes(line) }));
  const root = { folder: '.', deep: false, generatedFrom: (line: string) => headerLines(workspaceSource).includes(line) };
  const reference = referenceScope(models, selected, workspaceSource, wholeFolder ? tablesFolder : undefined);
  const removed = { folder: 'packages', deep: true, generatedFrom: (line: string) => isOrphanHeader(line, tablesFolder, current) };
  return wholeFolder ? [...tables, root, reference, removed] : [...tables, root, reference];
}

/**
 * validate -> model -> (render, on demand): pure. Every table is validated and every problem of every table
 * reported at once; then the checks across tables (two tables naming one npm package...). The plan renders the
 * selected tables' packages and reference pages, the files made from every table (SwiftPM's root Package.swift, the
 * reference page that searches them all) and the table schema.
 */
export function plan(inputs: Inputs): Planned {
  const { validations, models, across } = validateInputs(inputs);
  if (models === undefined) return { ok: false, diagnostics: validations.flatMap(({ validation }) => (validation.ok ? [] : validation.diagnostics)) };
  if (across.length > 0) return { ok: false, diagnostics: across };
  const rendered = models.filter((model) => inputs.selected.has(model.id));
  const workspaceSource = workspaceSourceOf(models);
  const pages = referenceFiles(models, inputs.selected, workspaceSource);
  const parts = renderParts(models, inputs, pages);
  return {
    ok: true,
    paths: [...rendered.flatMap(renderedPaths), ...workspacePaths(models), ...pages.map((page) => page.path), schemaFile].sort(),
    scopes: scopesOf(models, inputs.selected, workspaceSource, inputs.wholeFolder),
    *render() {
      for (const part of parts) yield* part.files();
    },
    parts,
    warnings: validations.flatMap(({ validation }) => (validation.ok ? validation.warnings : [])),
    ...(inputs.wholeFolder && { everyTable: new Set(models.map((model) => model.id)) }),
  };
}

/** plan -> render, every file in memory, sorted by path: for tests and the benchmark. */
export function renderAll(inputs: Inputs): { ok: true; files: OutputFile[]; plan: Plan } | { ok: false; diagnostics: Diagnostic[] } {
  const planned = plan(inputs);
  return planned.ok ? { ok: true, files: [...planned.render()].sort(byPath), plan: planned } : planned;
}

