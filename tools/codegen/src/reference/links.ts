/**
 * Where the reference pages live and how every link to them is spelled: the one place that knows the pages' folder,
 * each code's anchor, and the URL of a release's page (derived from the table's `repository`, at the release's tag).
 */
import type { Model } from '../model/build-model';
import { repositoryPath } from '../targets/default-names';

/** The folder of the reference pages, relative to the output root. */
export const referenceFolder = 'docs/reference';

/** One Markdown page per table, `<table id>.md`: what the HTML page beside it links to. */
export function tablePageName(tableId: string): string {
  return `${tableId}.md`;
}

/** The Markdown page's path: `docs/reference/<table id>.md`. */
export function tablePagePath(tableId: string): string {
  return `${referenceFolder}/${tablePageName(tableId)}`;
}

/** The one HTML page that searches every table. */
export const indexPagePath = `${referenceFolder}/index.html`;

/**
 * The tag that marks a release of one table, whatever languages it has: `tables/<id>/vX.Y.Z` (the release tool tags
 * it and compares with it). Not `packages/<id>/vX.Y.Z`: the go command would take that for a version of a module at
 * `packages/<id>`, a prefix of every Go module path of the table.
 */
export function tableReleaseTag(id: string, version: string): string {
  return `tables/${id}/v${version}`;
}

/**
 * A code's anchor on its table's Markdown page: the slug GitHub gives the code's heading `### 48 \`NAME\``
 * (lower-cased, spaces to hyphens, backticks dropped), so the link works where the page renders.
 *
 * @example codeAnchor({ code: -105, name: 'REQUESTS_TOO_FREQUENT' }) // '-105-requests_too_frequent'
 */
export function codeAnchor(code: { code: number; name: string }): string {
  return `${code.code}-${code.name.toLowerCase()}`;
}

/** A code's anchor on the HTML page, where several tables share one page: `<table id>/<code>`. */
export function indexAnchor(tableId: string, code: number): string {
  return `${tableId}/${code}`;
}

/** What a page's URL depends on. */
type TableRelease = Pick<Model, 'id' | 'repository' | 'version'>;

/** Each model's page URL, built once: every code of a table links to it, from every language. */
const pageUrls = new WeakMap<TableRelease, string>();

/**
 * The table's Markdown page as the repository serves it at the table's release tag, so that a package links to the
 * page of its own release: `https://github.com/errtable/errtable/blob/tables/<id>/v1.2.0/docs/reference/<id>.md`.
 * The repository is a GitHub-style HTTPS URL (`/blob/<ref>/<path>`); a trailing `.git` or `/` is dropped.
 */
export function tablePageUrl(model: TableRelease): string {
  let url = pageUrls.get(model);
  if (url === undefined) {
    url = `https://${repositoryPath(model.repository).hostPath}/blob/${tableReleaseTag(model.id, model.version)}/${tablePagePath(model.id)}`;
    pageUrls.set(model, url);
  }
  return url;
}

/** The link to one code on its table's page, as doc comments and the lookup command print it. */
export function codeUrl(model: TableRelease, code: { code: number; name: string }): string {
  return `${tablePageUrl(model)}#${codeAnchor(code)}`;
}
