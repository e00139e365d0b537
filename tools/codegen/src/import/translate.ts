import { applyEdits, type JSONPath, modify } from 'jsonc-parser';
import { type ErrorTable, implicitDefaultLocale, type TranslatedText, type Translation } from '../table';
import type { Diagnostic } from '../validate/diagnostic';
import { quote } from '../validate/show-text';
import { formattingOf } from './edit-table-text';
import type { Place, VendorTable, VendorText } from './vendor-table';

/** The texts a translation gives: those of the table's codes and fallback. */
export type TranslatedField = 'description' | 'solution';

/** One text of a locale the vendor's page gives differently from the table (or that the table lacks). */
export interface TranslationChange {
  kind: 'translation';
  locale: string;
  /** The code, or `fallback` for the page's catch-all row. */
  code: number | 'fallback';
  field: TranslatedField;
  /** The table's text in that locale; undefined when it has none. */
  before: string | undefined;
  after: string;
  at: Place;
}

export type TranslationPlan =
  | { ok: false; diagnostics: Diagnostic[] }
  | {
      ok: true;
      changes: TranslationChange[];
      /** Codes of the table the page does not list: they stay untranslated (or keep the translation they have). */
      unlisted: number[];
      text: string;
    };

/** The fields a vendor row fills: the solution only when the page gives one (a two-column page has none). */
function translatedFields(text: VendorText): [TranslatedField, string][] {
  return text.solution === '' ? [['description', text.description]] : [['description', text.description], ['solution', text.solution]];
}

function changesOf(locale: string, code: number | 'fallback', text: VendorText, current: TranslatedText | undefined): TranslationChange[] {
  return translatedFields(text)
    .filter(([field, after]) => current?.[field] !== after)
    .map(([field, after]) => ({ kind: 'translation', locale, code, field, before: current?.[field], after, at: text.at }));
}

/** A problem of the import with a locale, located on the page's row or at the table's top. */
function localeError(file: string, at: Place, pointer: string, message: string, hint: string): Diagnostic {
  return { severity: 'error', rule: 'translatesATableCode', pointer, file, line: at.line, column: at.column, message, hint };
}

/** A page row whose code the table does not have: a translation can only translate the table's codes. */
function unknownCodes(table: ErrorTable, tableFile: string, vendor: VendorTable, locale: string): Diagnostic[] {
  const known = new Set(table.codes.map((row) => row.code));
  return vendor.rows
    .filter((row) => !known.has(row.code))
    .map((row) =>
      localeError(
        vendor.file,
        row.at,
        '',
        `${row.code} is not a code of ${tableFile}, so its ${locale} text translates nothing`,
        `Import the page in the table's own language first (import PAGE --table ${tableFile}), or check that this page is the same table in ${locale}`,
      ),
    );
}

/** The path of one translated text in the table. */
function pathOf(locale: string, change: TranslationChange): JSONPath {
  return change.code === 'fallback' ? ['translations', locale, 'fallback', change.field] : ['translations', locale, 'codes', String(change.code), change.field];
}

/** A locale the table does not have yet: marked as the vendor's own text, naming the page it came from. */
function newTranslation(vendor: VendorTable, changes: readonly TranslationChange[]): Translation {
  const texts = (code: number | 'fallback') => Object.fromEntries(changes.filter((change) => change.code === code).map((change) => [change.field, change.after])) as TranslatedText;
  const codes = [...new Set(changes.flatMap((change) => (change.code === 'fallback' ? [] : [change.code])))];
  const fallback = changes.some((change) => change.code === 'fallback') ? { fallback: texts('fallback') } : {};
  return { origin: 'vendor', source: vendor.title === undefined ? vendor.file : `${vendor.title} (${vendor.file})`, ...fallback, codes: Object.fromEntries(codes.map((code) => [String(code), texts(code)])) };
}

/**
 * The table's text with the locale's changed texts set in place (jsonc-parser edits; everything else stays); a locale
 * the table does not have (`exists` false) is added whole, marked as the vendor's. The one place that knows how a
 * translated text is set: the drift classifier parses what this writes.
 */
export function editTranslations(text: string, locale: string, vendor: VendorTable, exists: boolean, changes: readonly TranslationChange[]): string {
  const formattingOptions = formattingOf(text);
  const edit = (current: string, path: JSONPath, value: unknown) => applyEdits(current, modify(current, path, value, { formattingOptions }));
  if (!exists) return changes.length === 0 ? text : edit(text, ['translations', locale], newTranslation(vendor, changes));
  return changes.reduce((current, change) => edit(current, pathOf(locale, change), change.after), text);
}

/**
 * `import --locale <tag>`: the vendor's page in another language, merged by code into the table's translations of
 * that locale. The page's texts replace the locale's; the table's own texts, names and everything else stay. A code
 * the page lists and the table has not is an error (import the page in the default language first); a code the
 * table has and the page does not list keeps what it has. Pure: the caller validates and writes.
 */
export function planTranslation(table: ErrorTable, tableFile: string, text: string, vendor: VendorTable, locale: string): TranslationPlan {
  const top = { line: 1, column: 1 };
  if (table.defaultLocale === undefined && locale.toLowerCase().split('-')[0] === implicitDefaultLocale) {
    const message = `${quote(locale)} is the table's own language (it declares no defaultLocale, so its texts are in ${implicitDefaultLocale}), not a translation`;
    return { ok: false, diagnostics: [localeError(tableFile, top, '', message, 'Import the page without --locale to update the table\'s own texts')] };
  }
  if (table.defaultLocale === undefined) {
    const message = `${tableFile} does not say which language its own texts are in, so a ${locale} translation has nothing to fall back to`;
    return { ok: false, diagnostics: [localeError(tableFile, top, '', message, 'Add "defaultLocale": "en" (or the tag of its language) to the table, then import again')] };
  }
  if (locale === table.defaultLocale) {
    const message = `${quote(locale)} is the table's own language (its defaultLocale), not a translation`;
    return { ok: false, diagnostics: [localeError(tableFile, top, '/defaultLocale', message, 'Import the page without --locale to update the table\'s own texts')] };
  }
  const unknown = unknownCodes(table, tableFile, vendor, locale);
  if (unknown.length > 0) return { ok: false, diagnostics: unknown };
  const current = table.translations?.[locale];
  const changes = [
    ...vendor.rows.flatMap((row) => changesOf(locale, row.code, row, current?.codes?.[String(row.code)])),
    ...(vendor.fallback === undefined ? [] : changesOf(locale, 'fallback', vendor.fallback, current?.fallback)),
  ];
  const listed = new Set(vendor.rows.map((row) => row.code));
  const unlisted = table.codes.map((row) => row.code).filter((code) => !listed.has(code));
  return { ok: true, changes, unlisted, text: editTranslations(text, locale, vendor, current !== undefined, changes) };
}
