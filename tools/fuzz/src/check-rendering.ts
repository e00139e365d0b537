import { loadTable } from '@errtable/codegen/dist/load/load-table';
import { buildModel, type Model } from '@errtable/codegen/dist/model/build-model';
import { inputsFrom, type Inputs, renderAll, type TableSource } from '@errtable/codegen/dist/pipeline';
import { indexPagePath, tablePagePath } from '@errtable/codegen/dist/reference/links';
import { type OutputFile, textOf } from '@errtable/codegen/dist/render/render-files';
import type { ErrorTable } from '@errtable/codegen/dist/table';
import { packageDir } from '@errtable/codegen/dist/targets/target';
import { type Diagnostic, formatDiagnostic } from '@errtable/codegen/dist/validate/diagnostic';
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FuzzCase } from './case-arbitrary';
import type { TableJson } from './table-arbitrary';

/** Release versions the cases are rendered at (the Go module path gains /vN from 2.0.0 on). */
export const versions = ['0.1.0', '1.4.2', '2.0.0', '12.3.4-rc.1'] as const;

/** A table the validator accepted, with what the generator made of it. */
export interface RenderedTable {
  /** The table's id, as the fuzzer named its file: its packages are under `packages/<id>/`. */
  id: string;
  table: TableJson;
  /** The generator's model of the table: coordinates resolved (defaults filled in), the languages it is generated into. */
  model: Model;
  /** Every file the plan renders for the table alone: its packages, the root Package.swift, the schema. */
  files: OutputFile[];
  version: string;
}

export class PropertyFailure extends Error {}

function fail(message: string): never {
  throw new PropertyFailure(message);
}

const unprintable = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** file:line:column must exist in the file it names (one of `texts`, by file), and the printed line must hide nothing. */
function checkLocated(diagnostic: Diagnostic, texts: ReadonlyMap<string, string>): void {
  const printed = formatDiagnostic(diagnostic);
  const { file } = diagnostic;
  const text = texts.get(file);
  if (text === undefined) fail(`diagnostic names the file ${JSON.stringify(file)}, not ${[...texts.keys()].map((name) => JSON.stringify(name)).join(' or ')}: ${printed}`);
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const { line, column } = diagnostic;
  if (!Number.isInteger(line) || line < 1 || line > lines.length) fail(`diagnostic at line ${line} of a ${lines.length}-line file: ${printed}`);
  if (!Number.isInteger(column) || column < 1 || column > lines[line - 1]!.length + 1) fail(`diagnostic at column ${column} of a ${lines[line - 1]!.length}-character line: ${printed}`);
  if (!printed.startsWith(`${file}:${line}:${column} `)) fail(`diagnostic does not start with file:line:column: ${printed}`);
  if (unprintable.test(printed)) fail(`diagnostic prints an invisible or control character raw: ${JSON.stringify(printed)}`);
}

/**
 * The packages are the table's languages' and no other's, each in `packages/<id>/<language>/`, each with its own copy
 * of the conformance vectors (`Target.vectorsPath`) holding exactly the table's rows; the root Package.swift exists
 * when the table is generated into a language that writes files from every table.
 */
function checkFiles(model: Model, table: TableJson, files: readonly OutputFile[], sibling: Model | null): void {
  const named = Array.isArray(table.languages) ? (table.languages as string[]) : null;
  const generated = model.targets.map((target) => target.id);
  if (named !== null && [...named].sort().join() !== [...generated].sort().join()) fail(`the table names the languages ${named.join(', ')}, the model has ${generated.join(', ')}`);
  const dirs = model.targets.map((target) => `${packageDir(model.id, target.id)}/`);
  const stray = files.filter((file) => file.path.startsWith('packages/') && !dirs.some((dir) => file.path.startsWith(dir)));
  if (stray.length > 0) fail(`files outside the table's languages' packages: ${stray.map((file) => file.path).slice(0, 5).join(', ')}`);
  const rows = [...table.codes].sort((a, b) => Number(a.code) - Number(b.code));
  for (const target of model.targets) {
    const dir = packageDir(model.id, target.id);
    const path = `${dir}/${target.vectorsPath(model)}`;
    const vectors = files.find((file) => file.path === path);
    if (vectors === undefined) fail(`no ${path} among the generated files`);
    const { codes, version } = JSON.parse(textOf(vectors)) as { codes: Record<string, unknown>[]; version: string };
    if (version !== model.version) fail(`${path} has the version ${JSON.stringify(version)}, the release is ${model.version}`);
    if (codes.length !== rows.length) fail(`${path}: ${codes.length} vectors for ${rows.length} rows`);
    rows.forEach((row, index) => {
      for (const key of ['code', 'name', 'description', 'solution', 'retryable', 'category'] as const) {
        if (codes[index]![key] !== row[key]) fail(`${path}: vector ${index} has ${key} ${JSON.stringify(codes[index]![key])}, the table ${JSON.stringify(row[key])}`);
      }
    });
    if (!files.some((file) => file.path.startsWith(`${dir}/`) && file.path !== path)) fail(`no files in ${dir} but the vectors`);
  }
  checkReferencePages(model, rows, files);
  // SwiftPM's root Package.swift is rendered from every table of the folder: one library product per table in Swift.
  const inSwift = [model, ...(sibling === null ? [] : [sibling])].filter((each) => each.targets.some((target) => target.id === 'swift'));
  const manifest = files.find((file) => file.path === 'Package.swift');
  if ((manifest !== undefined) !== inSwift.length > 0) fail(`${inSwift.length} tables generated into Swift, and ${manifest === undefined ? 'no' : 'a'} root Package.swift`);
  for (const each of inSwift) {
    const product = `.library(name: ${JSON.stringify(each.packages.swift.moduleName)}`;
    if (!textOf(manifest!).includes(product)) fail(`the root Package.swift has no product for table ${each.id} (${product})`);
  }
}

/**
 * The table's Markdown page exists, and the HTML page's embedded JSON (the script's only data) ends at its own
 * `</script>`, whatever the text holds, and gives back every text exactly.
 */
function checkReferencePages(model: Model, rows: readonly TableJson['codes'][number][], files: readonly OutputFile[]): void {
  if (!files.some((file) => file.path === tablePagePath(model.id))) fail(`no ${tablePagePath(model.id)} among the generated files`);
  const index = files.find((file) => file.path === indexPagePath);
  if (index === undefined) fail(`no ${indexPagePath} among the generated files`);
  const json = /<script type="application\/json" id="data">(.*?)<\/script>/s.exec(textOf(index))?.[1];
  if (json === undefined) fail(`${indexPagePath} has no data element`);
  let data: { tables: { id: string; codes: { description: string; solution: string }[] }[] };
  try {
    data = JSON.parse(json) as typeof data;
  } catch (error) {
    fail(`${indexPagePath}: its data element does not hold JSON (the text ended the element early?): ${(error as Error).message}`);
  }
  const codes = data.tables.find((table) => table.id === model.id)?.codes ?? [];
  if (codes.length !== rows.length) fail(`${indexPagePath}: ${codes.length} codes of ${model.id}, the table has ${rows.length}`);
  rows.forEach((row, index) => {
    for (const key of ['description', 'solution'] as const) {
      if (codes[index]![key] !== row[key]) fail(`${indexPagePath}: code ${index} has ${key} ${JSON.stringify(codes[index]![key])}, the table ${JSON.stringify(row[key])}`);
    }
  });
}

let shared: Inputs | undefined;

/** The schema's validator and the templates, loaded once for the whole run. */
export function sharedInputs(): Inputs {
  shared ??= inputsFrom([]);
  return shared;
}

/**
 * A table as the pipeline reads it: written to `path` and read back as `loadTable` reads it (UTF-8, a byte-order mark
 * dropped, what is not UTF-8 turned into U+FFFD), as `schema/tables/<id>.json` at one of the release versions.
 */
function sourceOf(id: string, text: string, path: string, versionIndex: number): TableSource {
  writeFileSync(path, text);
  const file = relative(process.cwd(), path) || path;
  return { id, file, tableFile: `schema/tables/${id}.json`, text: loadTable(path), version: versions[versionIndex]! };
}

/**
 * Validation and rendering of one case, in process, as `plan` does it for a table alone: the pipeline never throws;
 * it rejects the table with located diagnostics or renders it; and the fuzzer's own expectation of the outcome holds.
 * The text is written to `<workDir>/table.json`, the file the diagnostics name (a second table to `sibling.json`).
 */
export function checkRendering(fuzzCase: FuzzCase, workDir: string): RenderedTable | null {
  const source = sourceOf(fuzzCase.id, fuzzCase.text, join(workDir, 'table.json'), fuzzCase.versionIndex);
  const sibling = fuzzCase.sibling === undefined ? null : sourceOf(fuzzCase.sibling.id, fuzzCase.sibling.text, join(workDir, 'sibling.json'), fuzzCase.versionIndex);
  const sources = sibling === null ? [source] : [source, sibling];
  const texts = new Map(sources.map((each) => [each.file, each.text]));
  let result: ReturnType<typeof renderAll>;
  try {
    result = renderAll({ ...sharedInputs(), tables: sources, selected: new Set([source.id]) });
  } catch (error) {
    fail(`the pipeline threw instead of answering: ${(error as Error).stack ?? String(error)}`);
  }
  const { expectation } = fuzzCase;
  if (!result.ok) {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length === 0) fail('rejected without an error diagnostic');
    for (const diagnostic of result.diagnostics) checkLocated(diagnostic, texts);
    const report = result.diagnostics.map(formatDiagnostic).join('\n');
    if (expectation.outcome === 'accept') fail(`rejected a table every documented rule accepts:\n${report}`);
    if (expectation.outcome === 'reject' && !errors.some((diagnostic) => expectation.at.test(diagnostic.pointer))) {
      fail(`rejected, but with no error at ${expectation.at}:\n${report}`);
    }
    const stray = errors.filter((diagnostic) => !expectation.at.test(diagnostic.pointer));
    if (expectation.outcome === 'either' && stray.length > 0) fail(`rejected with errors outside ${expectation.at}:\n${stray.map(formatDiagnostic).join('\n')}`);
    return null;
  }
  if (expectation.outcome === 'reject') fail(`accepted a table with a documented mistake (${fuzzCase.story})`);
  for (const warning of result.plan.warnings) checkLocated(warning, texts);
  const table = JSON.parse(source.text) as TableJson;
  const model = buildModel(table as unknown as ErrorTable, source);
  const siblingModel = sibling === null ? null : buildModel(JSON.parse(sibling.text) as ErrorTable, sibling);
  checkFiles(model, table, result.files, siblingModel);
  return { id: source.id, table, model, files: result.files, version: source.version };
}
