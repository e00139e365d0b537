import { relative } from 'node:path';
import { loadSchemaValidator, loadTable } from './load/load-table';
import { loadCompiledTemplates } from './load/load-templates';
import { loadReleaseVersion } from './load/load-version';
import { buildModel } from './model/build-model';
import { renderVectors } from './model/build-vectors';
import { schemaPath, templatesDir } from './paths';
import { byPath, renderFiles, type OutputFile } from './render/render-files';
import { targets } from './targets/registry';
import type { Diagnostic } from './validate/diagnostic';
import { type Validation, validateTable } from './validate/validate-table';

export interface PipelineOptions {
  /** Path of the table to read. */
  table: string;
  /** Root the packages are rendered for (where their `package.json` versions are read). */
  outDir: string;
  strict?: boolean;
}

export type PipelineResult =
  | { ok: true; files: OutputFile[]; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** load -> validate, reporting positions relative to the working directory. */
export function validateFile(table: string, strict = false): Validation {
  const file = relative(process.cwd(), table) || table;
  return validateTable(file, loadTable(table), loadSchemaValidator(schemaPath), { strict });
}

/** load -> validate -> model -> render. Writing is the caller's: the CLI writes to disk, Nx to its tree. */
export function runPipeline({ table, outDir, strict = false }: PipelineOptions): PipelineResult {
  const validation = validateFile(table, strict);
  if (!validation.ok) return validation;
  const model = buildModel(validation.table, loadReleaseVersion(outDir, targets));
  const files = [...renderFiles(model, targets, loadCompiledTemplates(templatesDir, targets, model)), renderVectors(model)];
  return { ok: true, files: files.sort(byPath), warnings: validation.warnings };
}
