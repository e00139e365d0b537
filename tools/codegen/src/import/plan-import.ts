import type { ValidateFunction } from 'ajv';
import { findNodeAtLocation } from 'jsonc-parser';
import { diffTables, requiredBump } from '../semantic-diff/diff-tables';
import type { Bump } from '../semantic-diff/bump';
import type { ErrorTable } from '../table';
import type { Diagnostic } from '../validate/diagnostic';
import { positionsIn } from '../validate/locate';
import { validateTable } from '../validate/validate-table';
import { type ApplyOptions, applyChanges } from './apply-changes';
import { classifyDrift, classifyTranslations, type Drift } from './classify-drift';
import { compareWithVendor, type VendorChange } from './compare-with-vendor';
import { editTableText } from './edit-table-text';
import { newTable, type NewTableOptions } from './new-table';
import { pageInAnotherScript } from './page-language';
import { readVendorTable } from './read-vendor-table';
import { planTranslation } from './translate';
import type { VendorTable } from './vendor-table';

/** Everything an import or a drift report reads, already loaded: the plan is pure. */
export interface ImportRequest extends ApplyOptions {
  /** The vendor's Markdown page: its path as messages show it, and its text. */
  page: { file: string; text: string };
  /** The table: its id, its path as messages show it, its text (undefined when `create`). */
  table: { id: string; file: string; text?: string };
  /** `--new`: create the table from the page, with these. */
  create?: NewTableOptions;
  /** `--vendor-table`: which of several error tables of the page. */
  pick?: number;
  /** `--locale`: the page is the table in this other language (a BCP 47 tag); its texts go to `translations`. */
  locale?: string;
  validator: ValidateFunction;
}

/** A difference, classified, and where it is: the page's row, or for a code the page dropped, the table's row. */
export interface LocatedDrift extends Drift {
  where: { file: string; line: number; column: number };
}

export type ImportPlan =
  /** `on`: whether the vendor's page or the table (as it is, or as import would leave it) has the problems. */
  | { ok: false; diagnostics: Diagnostic[]; on: 'page' | 'table' }
  | {
      ok: true;
      /** The table's new text; equal to the old when nothing changes. */
      text: string;
      changed: boolean;
      /** Every difference with the page, classified (empty for a new table). */
      drift: LocatedDrift[];
      /** The bump the written table needs over the old one; undefined for none, or a new table. */
      bump: Bump | undefined;
      /** The page as read: for a new table, what it holds. */
      vendor: VendorTable;
      /** What validating the new text warns about (proposed codes). */
      warnings: Diagnostic[];
      /** With `locale`: the table's codes the page does not list, which keep what they have in that locale. */
      unlisted?: number[];
    };

/** The result, validated as any table is: an import never writes a table that `validate` would refuse. */
function validated(request: ImportRequest, text: string): { ok: true; warnings: Diagnostic[] } | Extract<ImportPlan, { ok: false }> {
  const validation = validateTable(request.table.file, text, request.validator, { tableId: request.table.id });
  return validation.ok ? { ok: true, warnings: validation.warnings } : { ...validation, on: 'table' };
}

function planNewTable(request: ImportRequest, vendor: VendorTable, create: NewTableOptions): ImportPlan {
  const text = `${JSON.stringify(newTable(vendor, create), null, 2)}\n`;
  const validation = validated(request, text);
  return validation.ok ? { ok: true, text, changed: true, drift: [], bump: undefined, vendor, warnings: validation.warnings } : validation;
}

function locatedDrift(request: ImportRequest, vendor: VendorTable, oldText: string, drift: readonly Drift<VendorChange>[]): LocatedDrift[] {
  const positions = positionsIn(oldText);
  const whereOf = (change: VendorChange): LocatedDrift['where'] => {
    if (change.kind !== 'missing') return { file: vendor.file, ...change.at };
    const row = findNodeAtLocation(positions.tree()!, ['codes', change.index]);
    return { file: request.table.file, ...positions.lineColumn(row?.offset ?? 0) };
  };
  return drift.map((one) => ({ ...one, where: whereOf(one.change) }));
}

const vendorTextPointer = /^\/(?:codes\/(\d+)|fallback)\/(description|solution)$/;

/**
 * The merged table's findings in a text the page brought (a bidirectional control in a description, an invisible
 * character) are the page's: each is reported at its row of the page, which holds it, not at a line of the table,
 * which does not yet.
 */
function locatedOnPage(diagnostics: readonly Diagnostic[], text: string, vendor: VendorTable): Diagnostic[] {
  const codes = (JSON.parse(text) as ErrorTable).codes;
  return diagnostics.map((diagnostic) => {
    const [, index, field] = vendorTextPointer.exec(diagnostic.pointer) ?? [];
    if (field === undefined) return diagnostic;
    const code = index === undefined ? undefined : codes[Number(index)]?.code;
    const row = code === undefined ? vendor.fallback : vendor.rows.find((candidate) => candidate.code === code);
    if (row === undefined) return diagnostic;
    return { ...diagnostic, file: vendor.file, ...row.at, pointer: '', message: `the ${field} of ${code ?? 'the catch-all row'} ${diagnostic.message}` };
  });
}

function planMerge(request: ImportRequest, vendor: VendorTable, table: ErrorTable, oldText: string): ImportPlan {
  const changes = compareWithVendor(table, vendor);
  const text = editTableText(oldText, changes, request);
  const validation = validated(request, text);
  if (!validation.ok) {
    const diagnostics = locatedOnPage(validation.diagnostics, text, vendor);
    return { ok: false, diagnostics, on: diagnostics.every((diagnostic) => diagnostic.file === vendor.file) ? 'page' : 'table' };
  }
  const bump = requiredBump(diffTables(request.table.id, table, applyChanges(table, changes, request)));
  const warnings = locatedOnPage(validation.warnings, text, vendor);
  return { ok: true, text, changed: text !== oldText, drift: locatedDrift(request, vendor, oldText, classifyDrift(request.table.id, table, changes)), bump, vendor, warnings };
}

function planLocale(request: ImportRequest, vendor: VendorTable, table: ErrorTable, oldText: string, locale: string): ImportPlan {
  const translation = planTranslation(table, request.table.file, oldText, vendor, locale);
  if (!translation.ok) return { ...translation, on: translation.diagnostics.some((diagnostic) => diagnostic.file === vendor.file) ? 'page' : 'table' };
  const validation = validated(request, translation.text);
  if (!validation.ok) return validation;
  const drift = classifyTranslations(request.table.id, table, oldText, vendor, translation.changes).map((one) => ({ ...one, where: { file: vendor.file, line: one.change.at.line, column: one.change.at.column } }));
  const bump = requiredBump(diffTables(request.table.id, table, JSON.parse(translation.text) as ErrorTable));
  return { ok: true, text: translation.text, changed: translation.text !== oldText, drift, bump, vendor, warnings: validation.warnings, unlisted: translation.unlisted };
}

/**
 * import and drift, without I/O: the page's error table, merged by code into the table (the vendor's text replaces
 * `description` and `solution`; names, categories, retryable, deprecations and packages stay; new codes are
 * proposed; codes the page dropped are kept, or deprecated with `deprecateMissing`), or a new table from the page,
 * or with `locale` the page as the table in another language, merged into that locale's translations.
 * The table must be valid before, and the result is validated after; every problem comes back located.
 */
export function planImport(request: ImportRequest): ImportPlan {
  const reading = readVendorTable(request.page.file, request.page.text, request.pick === undefined ? {} : { pick: request.pick });
  if (!reading.ok) return { ...reading, on: 'page' };
  if (request.create !== undefined) return planNewTable(request, reading.table, request.create);
  const before = validateTable(request.table.file, request.table.text ?? '', request.validator, { tableId: request.table.id });
  if (!before.ok) return { ...before, on: 'table' };
  if (request.locale !== undefined) return planLocale(request, reading.table, before.table, request.table.text ?? '', request.locale);
  const otherLanguage = pageInAnotherScript(reading.table, before.table);
  if (otherLanguage !== undefined) return { ok: false, diagnostics: [otherLanguage], on: 'page' };
  return planMerge(request, reading.table, before.table, request.table.text ?? '');
}
