import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTable, repoRoot } from '../paths';
import { inputsFrom, loadInputs, type LoadOptions, renderAll, type TableSource } from '../pipeline';
import type { OutputFile } from '../render/render-files';

/** A table given as text, as if it were `schema/tables/<id>.json` at release 0.1.0 unless said otherwise. */
export function tableSource(id: string, text: string, overrides: Partial<TableSource> = {}): TableSource {
  return { id, file: `schema/tables/${id}.json`, tableFile: `schema/tables/${id}.json`, text, version: '0.1.0', ...overrides };
}

/** The bundled table's text. */
export function bundledTableText(): string {
  return readFileSync(join(repoRoot, defaultTable), 'utf8');
}

/** Every file the tables render, sorted by path; throws with the diagnostics when one is invalid. */
export function renderSources(sources: readonly TableSource[]): OutputFile[] {
  return filesOf(renderAll(inputsFrom(sources)));
}

/** Every file the tables on disk render (by default the whole folder), sorted by path. */
export function renderTables(options: LoadOptions = {}): OutputFile[] {
  return filesOf(renderAll(loadInputs(options)));
}

function filesOf(result: ReturnType<typeof renderAll>): OutputFile[] {
  if (!result.ok) throw new Error(`expected valid tables, got:\n${result.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.pointer}: ${d.message}`).join('\n')}`);
  return result.files;
}
