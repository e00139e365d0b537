/**
 * The reference pages, rendered with the packages by the same plan: a Markdown page per rendered table
 * (`docs/reference/<id>.md`) and one HTML page over every table (`docs/reference/index.html`).
 */
import type { Model } from '../model/build-model';
import { headerLines, isOrphanHeader } from '../model/header';
import type { OutputScope } from '../load/find-generated-files';
import { indexPageView } from './index-page';
import { indexPagePath, referenceFolder, tablePagePath } from './links';
import { tablePageView } from './table-page';

/** The reference pages' templates: `templates/reference/`. */
export const referenceTemplatesFolder = 'reference';

/** One reference page: its template (relative to `templates/`), and its view, built when the page is rendered. */
export interface ReferenceFile {
  path: string;
  template: string;
  view(): object;
  /** How many codes the page lists. */
  codes: number;
}

/**
 * The pages of one run: the Markdown page of each rendered table, and the HTML page made from every table, whose
 * header names `headerSource` (the folder of tables, or the one table rendered on its own).
 */
export function referenceFiles(models: readonly Model[], rendered: ReadonlySet<string>, headerSource: string): ReferenceFile[] {
  const tablePages = models
    .filter((model) => rendered.has(model.id))
    .map((model) => ({ path: tablePagePath(model.id), template: `${referenceTemplatesFolder}/table.md.hbs`, view: () => tablePageView(model), codes: model.codes.length }));
  const indexPage = { path: indexPagePath, template: `${referenceTemplatesFolder}/index.html.hbs`, view: () => indexPageView(models, headerSource), codes: models.reduce((sum, model) => sum + model.codes.length, 0) };
  return [...tablePages, indexPage];
}

/**
 * Where stale pages are looked for: the reference folder, whose generated files are the pages of the rendered tables,
 * the page of every table, and (when the tables are the repository's folder) the pages of tables no longer there.
 */
export function referenceScope(models: readonly Model[], rendered: ReadonlySet<string>, headerSource: string, tablesFolder?: string): OutputScope {
  const claimed = new Set([...models.filter((model) => rendered.has(model.id)).map((model) => model.tableFile), headerSource].flatMap(headerLines));
  const current = new Set(models.map((model) => model.id));
  return {
    folder: referenceFolder,
    deep: false,
    generatedFrom: (line) => claimed.has(line) || (tablesFolder !== undefined && isOrphanHeader(line, tablesFolder, current)),
  };
}
