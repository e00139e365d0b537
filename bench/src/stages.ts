import { buildModel, type Model } from '@errtable/codegen/dist/model/build-model';
import { vectorsText } from '@errtable/codegen/dist/model/build-vectors';
import { schemaFile, tablesFolder } from '@errtable/codegen/dist/paths';
import { loadInputs, plan, validateSource } from '@errtable/codegen/dist/pipeline';
import type { CompiledTemplates } from '@errtable/codegen/dist/render/handlebars';
import { licenseFile, type OutputFile, renderReferenceFiles, renderWorkspaceFiles, textFile } from '@errtable/codegen/dist/render/render-files';
import { referenceFiles } from '@errtable/codegen/dist/reference/reference-files';
import { targets } from '@errtable/codegen/dist/targets/registry';
import { packageDir } from '@errtable/codegen/dist/targets/target';
import { checkAcrossTables } from '@errtable/codegen/dist/validate/across-tables';
import { tableSchema } from '@errtable/codegen/dist/validate/table-schema';
import { writeFiles } from '@errtable/codegen/dist/write/write-files';

/** Milliseconds of each stage of one in-process run of the pipeline, in the order they ran. */
export type StageTimes = Record<string, number>;

function timed<T>(times: StageTimes, stage: string, work: () => T): T {
  const start = process.hrtime.bigint();
  const result = work();
  times[stage] = (times[stage] ?? 0) + Number(process.hrtime.bigint() - start) / 1e6;
  return result;
}

/** The stages' names, in the order `timeStages` runs them: one render stage per registered language. */
export const stageNames = ['load', 'validate', 'model', ...targets.map((target) => `render ${target.id}`), 'render vectors', 'render workspace', 'render reference', 'write'] as const;

/**
 * One run of load -> validate -> model -> render (per language) -> write, each stage timed on its own, in this
 * process, for the tables the CLI would be given (`tables`; none: every table in schema/tables). The stages are
 * `plan`'s and `renderPackage`'s steps taken one at a time, so that each language's rendering is timed apart: load
 * (tables, release versions, validator, templates), validate (each table, then the checks across tables), model,
 * render each language's files from its view, render the vectors (once; each package gets a copy), render the files
 * made from every table (Package.swift) and the table schema, render the reference pages, write (atomic, into an empty folder). With
 * `checkPaths`, the files are checked, untimed, to be the ones `plan` plans. The first run also pays for the JIT
 * warming up; the benchmark reports the median of several.
 */
export function timeStages(tables: readonly string[], outDir: string, checkPaths = false): StageTimes {
  const times: StageTimes = Object.fromEntries(stageNames.map((name) => [name, 0]));
  const inputs = timed(times, 'load', () => loadInputs({ tables }));
  const validations = timed(times, 'validate', () => inputs.tables.map((source) => ({ source, validation: validateSource(source, inputs.validator, inputs.strict) })));
  const models = timed(times, 'model', () =>
    validations.map(({ source, validation }) => {
      if (!validation.ok) throw new Error(`${source.file} is invalid: ${validation.diagnostics[0]?.message}`);
      return buildModel(validation.table, source);
    }),
  );
  const across = timed(times, 'validate', () => checkAcrossTables(models, inputs.tables));
  if (across.length > 0) throw new Error(`the tables conflict: ${across[0]!.message}`);
  const rendered = models.filter((model) => inputs.selected.has(model.id));
  const files: OutputFile[] = [];
  for (const target of targets) files.push(...timed(times, `render ${target.id}`, () => rendered.flatMap((model) => renderTarget(model, target, inputs.templates))));
  for (const model of rendered) {
    const vectors = timed(times, 'render vectors', () => vectorsText(model));
    for (const target of model.targets) files.push(textFile(`${packageDir(model.id, target.id)}/${target.vectorsPath(model)}`, vectors));
    for (const target of model.targets) files.push(textFile(`${packageDir(model.id, target.id)}/${licenseFile}`, inputs.license));
  }
  files.push(...timed(times, 'render workspace', () => [...renderWorkspaceFiles(models, inputs.templates), textFile(schemaFile, `${JSON.stringify(tableSchema(targets), null, 2)}\n`)]));
  const workspaceSource = models.length === 1 ? models[0]!.tableFile : tablesFolder;
  files.push(...timed(times, 'render reference', () => [...renderReferenceFiles(referenceFiles(models, inputs.selected, workspaceSource), inputs.templates)]));
  if (checkPaths) expectPlannedPaths(files, plan(inputs));
  timed(times, 'write', () => writeFiles(outDir, files));
  return times;
}

type RegisteredTarget = (typeof targets)[number];

/** One language's files of one table, as `renderPackage` renders them (without the vectors, timed apart). */
function renderTarget(model: Model, target: RegisteredTarget, templates: CompiledTemplates): OutputFile[] {
  if (!model.targets.includes(target)) return [];
  const view = target.buildView(model);
  return target.files(model).map((file) => {
    const template = templates.get(`${target.id}/${file.template}`);
    if (template === undefined) throw new Error(`templates/${target.id}/${file.template} is missing`);
    return textFile(`${packageDir(model.id, target.id)}/${file.path}`, template.render(view));
  });
}

/** The stages render what the pipeline plans, file for file: if the generator's steps change, this says so. */
function expectPlannedPaths(files: readonly OutputFile[], planned: ReturnType<typeof plan>): void {
  if (!planned.ok) throw new Error(`the pipeline refuses the tables: ${planned.diagnostics[0]?.message}`);
  const paths = files.map((file) => file.path).sort();
  if (paths.join('\n') !== planned.paths.join('\n')) throw new Error(`the timed stages render other files than plan() plans:\n${paths.join('\n')}\nplanned:\n${planned.paths.join('\n')}`);
}
