/** What every package's README shows of its table, computed once for the four README templates. */

import { type Model, exampleCode, type ModelCode, unknownName } from './build-model';
import { unknownSamples } from './build-vectors';
import { fileHeader } from './text';
import { tablePageUrl } from '../reference/links';
import { allLocales } from '../locale/model-locales';
import { tablesFolder } from '../paths';

/**
 * A README lists at most this many codes: a page of 100,000 rows helps no one and slows the registries' pages. The
 * rest are in the table file, which the README links.
 */
export const readmeRowLimit = 2000;

/** Text in a Markdown table cell: no pipe ends the cell, no line break ends the row, no HTML is interpreted. */
export function markdownCell(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replaceAll('`', '\\`')
    .replace(/\r\n|[\n\r\u2028\u2029]/g, '<br>');
}

/** An identifier as inline code, with a fence longer than any backtick run inside it (Swift's `` `default` ``). */
export function markdownCode(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest === 0 ? `${fence}${text}${fence}` : `${fence} ${text} ${fence}`;
}

/** The longest run of backticks in `text`. */
function longestBacktickRun(text: string): number {
  if (!text.includes('`')) return 0;
  return Math.max(...[...text.matchAll(/`+/g)].map((run) => run[0].length));
}

/** A code block fence that no text of the table can close: longer than any backtick run in the texts shown. */
function codeFence(model: Model, shownToo: readonly string[]): string {
  let longest = Math.max(longestBacktickRun(model.fallback.description), ...shownToo.map(longestBacktickRun));
  for (const code of model.codes) longest = Math.max(longest, longestBacktickRun(code.name), longestBacktickRun(code.description));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** A row of the README's table, around the language's identifier for the code. */
interface CodeRow {
  code: ModelCode;
  before: string;
  after: string;
}

function codeRow(code: ModelCode): CodeRow {
  const name = code.deprecated === undefined ? markdownCode(code.name) : `${markdownCode(code.name)} (deprecated)`;
  return { code, before: `| ${code.code} | ${name} | `, after: ` | ${markdownCode(code.category)} | ${code.retryable ? 'yes' : 'no'} | ${markdownCell(code.description)} |` };
}

/** A link to a reference page about the codes (the vendor's documentation, a page per code). */
export interface ReferenceDoc {
  title: string;
  url: string;
}

/** What the README of every language shows alike: computed once per table, not once per language. */
const sharedViews = new WeakMap<Model, ReturnType<typeof sharedReadmeView>>();

/**
 * The usage example's line on the table's other languages, when it has translations: the example code's description
 * in the first of them, as the packages give it (the default language's where the translation has none).
 */
function otherLanguages(model: Model, example: ModelCode) {
  const [first] = model.locales.translations;
  if (first === undefined) return null;
  const description = first.codes.find((entry) => entry.code === example.code)?.text.description ?? example.description;
  return { list: allLocales(model.locales).join(', '), tagJson: JSON.stringify(first.locale), description, descriptionJson: JSON.stringify(description) };
}

/**
 * The table's file, linked into the repository when it is one of the tables folder's, where the repository keeps
 * it; a table from elsewhere (rendered into another folder) by its file name alone, which no link would find.
 */
function tableReference(model: Model): string {
  const name = markdownCode(model.tableFile);
  return model.tableFile.startsWith(`${tablesFolder}/`) ? `[${name}](${model.repository}/blob/main/${model.tableFile})` : name;
}

function sharedReadmeView(model: Model) {
  const example = exampleCode(model);
  const languages = otherLanguages(model, example);
  return {
    xmlHeader: fileHeader(model.tableFile, 'xml'),
    title: markdownCell(model.title),
    source: markdownCell(model.source),
    tableReference: tableReference(model),
    licenseLink: 'LICENSE',
    fence: codeFence(model, languages === null ? [] : [languages.description]),
    codeCount: model.codes.length,
    rows: model.codes.slice(0, readmeRowLimit).map(codeRow),
    rowsLeftOut: model.codes.length > readmeRowLimit ? model.codes.length - readmeRowLimit : null,
    /** Reference pages about the codes: the table's page of this release, every code with its own anchor. */
    referenceDocs: [{ title: `${markdownCell(model.title)}: every code, its text and its link`, url: tablePageUrl(model) }] as ReferenceDoc[],
    known: {
      code: example.code,
      name: example.name,
      nameJson: JSON.stringify(example.name),
      descriptionJson: JSON.stringify(example.description),
      retryable: example.retryable,
      messageJson: JSON.stringify(`${example.name} (${example.code}): ${example.description}: sent by the service`),
    },
    languages,
    unknown: { code: unknownSamples(model).find((code) => code > 0) ?? unknownSamples(model)[0]!, nameJson: JSON.stringify(unknownName) },
    version: model.version,
  };
}

/**
 * The README's view shared by every language: `identifier` is the language's name for a code (`InvalidToken`,
 * `.invalidToken`). Examples use the table's own example code and an unlisted number, so no template names a code.
 */
export function readmeView(model: Model, identifier: (code: ModelCode) => string) {
  let shared = sharedViews.get(model);
  if (shared === undefined) sharedViews.set(model, (shared = sharedReadmeView(model)));
  const { rows, ...view } = shared;
  return { ...view, codeRows: rows.map((row) => `${row.before}${markdownCode(identifier(row.code))}${row.after}`) };
}
