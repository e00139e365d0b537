import { loadCompiledTemplates } from '@errtable/codegen/dist/load/load-templates';
import { loadSchemaValidator, loadTable } from '@errtable/codegen/dist/load/load-table';
import { loadReleaseVersion } from '@errtable/codegen/dist/load/load-version';
import { buildModel } from '@errtable/codegen/dist/model/build-model';
import { renderVectors } from '@errtable/codegen/dist/model/build-vectors';
import { schemaPath, templatesDir } from '@errtable/codegen/dist/paths';
import { type OutputFile, renderFiles } from '@errtable/codegen/dist/render/render-files';
import { targets } from '@errtable/codegen/dist/targets/registry';
import { validateTable } from '@errtable/codegen/dist/validate/validate-table';
import { writeFiles } from '@errtable/codegen/dist/write/write-files';

/** Milliseconds of each stage of one in-process run of the pipeline, in the order they ran. */
export type StageTimes = Record<string, number>;

function timed<T>(times: StageTimes, stage: string, work: () => T): T {
  const start = process.hrtime.bigint();
  const result = work();
  times[stage] = (times[stage] ?? 0) + Number(process.hrtime.bigint() - start) / 1e6;
  return result;
}

/**
 * One run of load -> validate -> model -> render (per language) -> write, each stage timed on its own, in this
 * process. The first run also pays for the JIT warming up; the benchmark reports the median of several.
 */
export function timeStages(tablePath: string, outDir: string): StageTimes {
  const times: StageTimes = {};
  const { text, validator } = timed(times, 'load', () => ({ text: loadTable(tablePath), validator: loadSchemaValidator(schemaPath) }));
  const validation = timed(times, 'validate', () => validateTable(tablePath, text, validator));
  if (!validation.ok) throw new Error(`${tablePath} is invalid: ${validation.diagnostics[0]?.message}`);
  const version = timed(times, 'load', () => loadReleaseVersion(outDir, targets));
  const model = timed(times, 'model', () => buildModel(validation.table, version, 'table.json'));
  const templates = timed(times, 'load', () => loadCompiledTemplates(templatesDir, targets, model));
  const files: OutputFile[] = [];
  for (const target of targets) files.push(...timed(times, `render ${target.id}`, () => [...renderFiles(model, [target], templates)]));
  files.push(timed(times, 'render vectors', () => renderVectors(model)));
  timed(times, 'write', () => writeFiles(outDir, files));
  return times;
}
