import type { Bump } from '../semantic-diff/bump';
import { diffTables } from '../semantic-diff/diff-tables';
import type { TableChange } from '../semantic-diff/table-change';
import type { ErrorTable } from '../table';
import { applyChanges } from './apply-changes';
import type { VendorChange } from './compare-with-vendor';
import { editTranslations, type TranslationChange } from './translate';
import type { VendorTable } from './vendor-table';

/** One difference with what the release tooling's classifier says of it. */
export interface Drift<C extends VendorChange | TranslationChange = VendorChange | TranslationChange> {
  change: C;
  /** The bump following the vendor needs; for a missing code, removing it. */
  bump: Bump;
  /** The classifier's sentence: `Added 93 TOO_MANY_TAGS`. */
  summary: string;
  /** For a missing code: what deprecating it instead (`--deprecate-missing`) needs. */
  deprecation?: TableChange;
}

/** The one change the classifier finds between the table and the table after `after`. */
function classify(id: string, table: ErrorTable, after: ErrorTable): TableChange {
  const [change] = diffTables(id, table, after);
  if (change === undefined) throw new Error('a vendor change that changes nothing in the table');
  return change;
}

/**
 * Each translated text the page changes, classified by the release tooling's classifier as the one change it makes:
 * the table against its text with that text alone set by `editTranslations`, as import writes it.
 */
export function classifyTranslations(id: string, table: ErrorTable, text: string, vendor: VendorTable, changes: readonly TranslationChange[]): Drift<TranslationChange>[] {
  return changes.map((change) => {
    const exists = table.translations?.[change.locale] !== undefined;
    const after = JSON.parse(editTranslations(text, change.locale, vendor, exists, [change])) as ErrorTable;
    return { change, ...classify(id, table, after) };
  });
}

/**
 * Each difference classified on its own by the release tooling's classifier (`semantic-diff/`), as the one change
 * between the table and the table following the vendor: an added code is minor, a changed text or fallback a patch,
 * a code the vendor dropped major to remove (minor to deprecate, which is what import can do).
 */
export function classifyDrift(id: string, table: ErrorTable, changes: readonly VendorChange[]): Drift<VendorChange>[] {
  return changes.map((change) => {
    if (change.kind !== 'missing') return { change, ...classify(id, table, applyChanges(table, [change])) };
    const removal = classify(id, table, { ...table, codes: table.codes.filter((_, index) => index !== change.index) });
    const deprecation = classify(id, table, applyChanges(table, [change], { deprecateMissing: true }));
    return { change, bump: removal.bump, summary: removal.summary, deprecation };
  });
}
