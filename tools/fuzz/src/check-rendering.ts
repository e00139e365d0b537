import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { vectorsPath } from '@errtable/codegen/dist/model/build-vectors';
import { runPipeline } from '@errtable/codegen/dist/pipeline';
import { type OutputFile, textOf } from '@errtable/codegen/dist/render/render-files';
import { type Diagnostic, formatDiagnostic } from '@errtable/codegen/dist/validate/diagnostic';
import type { FuzzCase } from './case-arbitrary';
import type { TableJson } from './table-arbitrary';

/** Release versions the cases are rendered for (the Go module path gains /vN from 2.0.0 on). */
export const versions = ['0.1.0', '1.4.2', '2.0.0', '12.3.4-rc.1'] as const;

/** A table the validator accepted, with what the generator made of it. */
export interface RenderedTable {
  table: TableJson;
  files: OutputFile[];
  version: string;
}

/** Output roots whose `package.json` carry each of `versions`, so the pipeline reads that release version. */
export function prepareVersionRoots(workDir: string): string[] {
  return versions.map((version, index) => {
    const root = join(workDir, `version-${index}`);
    mkdirSync(join(root, 'packages', 'typescript'), { recursive: true });
    writeFileSync(join(root, 'packages', 'typescript', 'package.json'), JSON.stringify({ version }));
    return root;
  });
}

export class PropertyFailure extends Error {}

function fail(message: string): never {
  throw new PropertyFailure(message);
}

const unprintable = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/** file:line:column must exist in the file, and the printed line must hide nothing. */
function checkLocated(diagnostic: Diagnostic, file: string, text: string): void {
  const printed = formatDiagnostic(diagnostic);
  if (diagnostic.file !== file) fail(`diagnostic names the file ${JSON.stringify(diagnostic.file)}, not ${JSON.stringify(file)}: ${printed}`);
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const { line, column } = diagnostic;
  if (!Number.isInteger(line) || line < 1 || line > lines.length) fail(`diagnostic at line ${line} of a ${lines.length}-line file: ${printed}`);
  if (!Number.isInteger(column) || column < 1 || column > lines[line - 1]!.length + 1) fail(`diagnostic at column ${column} of a ${lines[line - 1]!.length}-character line: ${printed}`);
  if (!printed.startsWith(`${file}:${line}:${column} `)) fail(`diagnostic does not start with file:line:column: ${printed}`);
  if (unprintable.test(printed)) fail(`diagnostic prints an invisible or control character raw: ${JSON.stringify(printed)}`);
}

/** The conformance vectors are the table's rows, exactly. */
function checkVectors(table: TableJson, files: OutputFile[]): void {
  const vectors = files.find((file) => file.path === vectorsPath);
  if (vectors === undefined) fail(`no ${vectorsPath} among the generated files`);
  const { codes } = JSON.parse(textOf(vectors)) as { codes: Record<string, unknown>[] };
  const rows = [...table.codes].sort((a, b) => Number(a.code) - Number(b.code));
  if (codes.length !== rows.length) fail(`${codes.length} vectors for ${rows.length} rows`);
  rows.forEach((row, index) => {
    for (const key of ['code', 'name', 'description', 'solution', 'retryable', 'category'] as const) {
      if (codes[index]![key] !== row[key]) fail(`vector ${index} has ${key} ${JSON.stringify(codes[index]![key])}, the table ${JSON.stringify(row[key])}`);
    }
  });
}

/**
 * Validation and rendering of one case, in process: the pipeline never throws; it rejects the table with
 * located diagnostics or renders it; and the fuzzer's own expectation of the outcome holds.
 */
export function checkRendering(fuzzCase: FuzzCase, workDir: string, versionRoots: readonly string[]): RenderedTable | null {
  const path = join(workDir, 'table.json');
  writeFileSync(path, fuzzCase.text);
  const file = relative(process.cwd(), path) || path;
  let result: ReturnType<typeof runPipeline>;
  try {
    result = runPipeline({ table: path, outDir: versionRoots[fuzzCase.versionIndex]! });
  } catch (error) {
    fail(`the pipeline threw instead of answering: ${(error as Error).stack ?? String(error)}`);
  }
  const { expectation } = fuzzCase;
  if (!result.ok) {
    const errors = result.diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
    if (errors.length === 0) fail('rejected without an error diagnostic');
    for (const diagnostic of result.diagnostics) checkLocated(diagnostic, file, fuzzCase.text);
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
  for (const warning of result.warnings) checkLocated(warning, file, fuzzCase.text);
  const table = JSON.parse(fuzzCase.text.replace(/^\uFEFF/, '')) as TableJson;
  checkVectors(table, result.files);
  return { table, files: result.files, version: versions[fuzzCase.versionIndex]! };
}
