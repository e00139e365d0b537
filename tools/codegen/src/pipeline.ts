import { basename, isAbsolute, relative, sep } from 'node:path';
import { loadSchemaValidator, loadTable } from './load/load-table';
import { loadCompiledTemplates } from './load/load-templates';
import { loadReleaseVersion } from './load/load-version';
import { buildModel } from './model/build-model';
import { renderVectors, vectorsPath } from './model/build-vectors';
import { repoRoot, schemaPath, templatesDir } from './paths';
import { byPath, type OutputFile, renderedPaths, renderFiles } from './render/render-files';
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

type Invalid = { ok: false; diagnostics: Diagnostic[] };

/** A valid table, ready to render: every path it produces, and the files themselves on demand. */
export interface Rendering {
  ok: true;
  /** The table's path as headers name it (`tableFileName`): what marks a file as generated from this table. */
  tableFile: string;
  /** Every output path, sorted. */
  paths: string[];
  /** Renders the files one at a time (each call renders them again), so a writer can hold one file at once. */
  render(): Iterable<OutputFile>;
  warnings: Diagnostic[];
}

export type PipelineResult = { ok: true; tableFile: string; files: OutputFile[]; warnings: Diagnostic[] } | Invalid;

/** The table's path relative to the repository (`/`-separated), or its file name when it lies outside: never machine-specific. */
export function tableFileName(table: string): string {
  const inRepo = relative(repoRoot, table);
  return inRepo.startsWith('..') || isAbsolute(inRepo) ? basename(table) : inRepo.split(sep).join('/');
}

/** load -> validate, reporting positions relative to the working directory. */
export function validateFile(table: string, strict = false): Validation {
  const file = relative(process.cwd(), table) || table;
  return validateTable(file, loadTable(table), loadSchemaValidator(schemaPath), { strict });
}

/**
 * model, for a table already validated: reads the release version from `outDir` (a WriteError when a package.json
 * holds no semantic version) and the templates. The CLI calls it while it holds the output root's lock.
 */
export function renderValidated(validation: Extract<Validation, { ok: true }>, table: string, outDir: string): Rendering {
  const model = buildModel(validation.table, loadReleaseVersion(outDir, targets), tableFileName(table));
  const templates = loadCompiledTemplates(templatesDir, targets, model);
  return {
    ok: true,
    tableFile: model.tableFile,
    paths: [...renderedPaths(model, targets), vectorsPath].sort(),
    *render() {
      yield* renderFiles(model, targets, templates);
      yield renderVectors(model);
    },
    warnings: validation.warnings,
  };
}

/** load -> validate -> model, with rendering left to the caller, which can write each file as it is rendered. */
export function prepareRendering({ table, outDir, strict = false }: PipelineOptions): Rendering | Invalid {
  const validation = validateFile(table, strict);
  return validation.ok ? renderValidated(validation, table, outDir) : validation;
}

/** load -> validate -> model -> render, every file in memory, sorted by path: for Nx's tree and for tests. */
export function runPipeline(options: PipelineOptions): PipelineResult {
  const rendering = prepareRendering(options);
  if (!rendering.ok) return rendering;
  return { ok: true, tableFile: rendering.tableFile, files: [...rendering.render()].sort(byPath), warnings: rendering.warnings };
}
