import type { Nodes, Root, Table } from 'mdast';
import type { Diagnostic } from '../validate/diagnostic';
import { quote, showText } from '../validate/show-text';
import { type ColumnLayout, columnLayout, type LayoutResult, roleOf } from './columns';
import { plainText } from './plain-text';
import { markdownError, type Place, type ReadOptions } from './vendor-table';

/** A table of the page whose header names a code column. */
interface Candidate extends PageTable {
  layout: LayoutResult;
  at: Place;
}

export interface FoundTable {
  node: Table;
  layout: ColumnLayout;
  title: string | undefined;
  at: Place;
}

export const placeOf = (node: Nodes): Place => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

/** The text of a heading or paragraph as a title: one line, without the colon that introduces a table. */
function titleOf(node: Nodes): string {
  return plainText(node).replaceAll('\n', ' ').replace(/\s*[:：]$/, '');
}

/** A table of the page: its node, its header's texts, the nearest heading above it (or, lacking one, paragraph). */
interface PageTable {
  node: Table;
  headers: string[];
  title: string | undefined;
}

/** Every table of the page, in order, also those inside block quotes and lists. */
function tablesOf(root: Root): PageTable[] {
  const tables: PageTable[] = [];
  let heading: string | undefined;
  let paragraph: string | undefined;
  const walk = (node: Nodes): void => {
    if (node.type === 'heading') [heading, paragraph] = [titleOf(node), undefined];
    else if (node.type === 'paragraph') paragraph = titleOf(node);
    else if (node.type === 'table') tables.push({ node, headers: (node.children[0]?.children ?? []).map((cell) => plainText(cell)), title: heading ?? paragraph });
    else if ('children' in node) node.children.forEach(walk);
  };
  walk(root);
  return tables;
}

const headersOf = (table: PageTable) => table.headers.map((header) => showText(header, 60)).join(' | ');

function candidatesOf(tables: readonly PageTable[]): Candidate[] {
  return tables.filter(({ headers }) => headers.some((header) => roleOf(header) === 'code')).map((table) => ({ ...table, layout: columnLayout(table.headers), at: placeOf(table.node) }));
}

/** `line 5 (Value | Description | Solution, under "Server error codes")` */
const describe = (candidate: Candidate) => `line ${candidate.at.line} (${headersOf(candidate)}${candidate.title === undefined ? ')' : `, under ${quote(candidate.title)})`}`;

const codeHeaders = 'Value, Code, Error code, 值, 错误码';

/** Why no table can be read: the page has none, none names a code column, or each that does has a column the importer does not know. */
function noErrorTable(file: string, tables: readonly PageTable[], candidates: readonly Candidate[]): Diagnostic[] {
  if (tables.length === 0) {
    return [markdownError(file, { line: 1, column: 1 }, 'errorTableFound', 'the page holds no table', "Pass the vendor's page that lists the error codes in a Markdown table (GFM)")];
  }
  if (candidates.length === 0) {
    const list = tables.map((table) => `line ${placeOf(table.node).line} (${headersOf(table)})`).join(', ');
    const message = `no table of the page has a code column: ${list}`;
    return [markdownError(file, placeOf(tables[0]!.node), 'errorTableFound', message, `Name the column of codes ${codeHeaders}; or pass the page that lists the error codes`)];
  }
  return candidates.map((candidate) => {
    const layout = candidate.layout as Extract<LayoutResult, { ok: false }>;
    const cell = candidate.node.children[0]!.children[layout.column]!;
    return markdownError(file, placeOf(cell), 'knownColumns', layout.message, layout.hint);
  });
}

/**
 * The page's error table: the one table whose header names a code column and whose every column the importer
 * knows; with several, the one `options.pick` numbers, else an error listing them. Other tables, headings and prose
 * around it are ignored.
 */
export function findErrorTable(file: string, root: Root, options: ReadOptions): { ok: true; table: FoundTable } | { ok: false; diagnostics: Diagnostic[] } {
  const tables = tablesOf(root);
  const candidates = candidatesOf(tables);
  const readable = candidates.filter((candidate) => candidate.layout.ok);
  if (readable.length === 0) return { ok: false, diagnostics: noErrorTable(file, tables, candidates) };
  const list = readable.map((candidate, index) => `${index + 1}: ${describe(candidate)}`).join('; ');
  if (options.pick !== undefined && (options.pick < 1 || options.pick > readable.length)) {
    const message = `there is no error table ${options.pick}: the page holds ${readable.length} (${list})`;
    return { ok: false, diagnostics: [markdownError(file, { line: 1, column: 1 }, 'errorTableFound', message, `Pass --vendor-table with a number from 1 to ${readable.length}`)] };
  }
  if (options.pick === undefined && readable.length > 1) {
    const message = `the page holds ${readable.length} tables with a code column (${list})`;
    return { ok: false, diagnostics: [markdownError(file, readable[1]!.at, 'oneErrorTable', message, 'Pick one with --vendor-table <number>')] };
  }
  const chosen = readable[(options.pick ?? 1) - 1]!;
  return { ok: true, table: { node: chosen.node, layout: (chosen.layout as Extract<LayoutResult, { ok: true }>).layout, title: chosen.title, at: chosen.at } };
}
