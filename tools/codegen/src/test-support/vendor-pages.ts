import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportRequest } from '../import/plan-import';
import { loadSchemaValidator } from '../load/load-table';
import { repoRoot, tablesFolder, vendorPagesFolder } from '../paths';

/**
 * The snapshot of the vendor page a bundled table follows (or, with `locale`, the vendor's page of the same table in
 * that language, `<id>.<locale>.md`): its path from the repository root, and its text.
 */
export function vendorPage(id: string, locale?: string): { file: string; text: string } {
  const file = `${vendorPagesFolder}/${id}${locale === undefined ? '' : `.${locale}`}.md`;
  return { file, text: readFileSync(join(repoRoot, file), 'utf8') };
}

/** The text of a bundled table. */
export function tableText(id: string): string {
  return readFileSync(join(repoRoot, tablesFolder, `${id}.json`), 'utf8');
}

/** An import of `page` (by default the table's own vendor page) into the bundled table `id`, as the CLI would ask it. */
export function importRequest(id: string, page = vendorPage(id), extra: Partial<ImportRequest> = {}): ImportRequest {
  return { page, table: { id, file: `${tablesFolder}/${id}.json`, text: tableText(id) }, validator: loadSchemaValidator(), ...extra };
}

/** The page with one exact passage replaced: fails when the passage is not there, so an edit never silently misses. */
export function editPage(page: { file: string; text: string }, from: string, to: string): { file: string; text: string } {
  if (!page.text.includes(from)) throw new Error(`${page.file} does not contain ${JSON.stringify(from)}`);
  return { file: page.file, text: page.text.replace(from, to) };
}
