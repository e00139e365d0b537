import { type Diagnostic, formatDiagnostic } from '../validate/diagnostic';
import { quote, showText } from '../validate/show-text';
import { formatProblem } from '../write/output-error';
import type { VendorChange } from './compare-with-vendor';
import type { TranslationChange } from './translate';
import type { LocatedDrift } from './plan-import';

function sentence(drift: LocatedDrift, deprecatingMissing: boolean): string {
  const { change } = drift;
  switch (change.kind) {
    case 'added': {
      const { code, description, name, category, retryable } = change.row;
      return `the vendor added ${code} ${quote(description)}; import proposes ${name}, category ${category}, ${retryable ? '' : 'not '}retryable`;
    }
    case 'missing': {
      if (deprecatingMissing && drift.deprecation !== undefined) return `the vendor no longer lists ${change.row.code} ${change.row.name}; import deprecates it (removing it would be a ${drift.bump} change)`;
      const instead = drift.deprecation === undefined ? '' : ` (--deprecate-missing deprecates it, a ${drift.deprecation.bump} change)`;
      return `the vendor no longer lists ${change.row.code} ${change.row.name}; removing it is a ${drift.bump} change, so import keeps it${instead}`;
    }
    case 'text':
      return `the ${change.field} of ${change.row.code} ${change.row.name} changed: ${quote(change.before)} -> ${quote(change.after)}`;
    case 'fallback':
      return `the fallback's ${change.field} changed: ${quote(change.before)} -> ${quote(change.after)}`;
    case 'translation': {
      const what = change.code === 'fallback' ? `the fallback's ${change.locale} ${change.field}` : `the ${change.locale} ${change.field} of ${change.code}`;
      return change.before === undefined ? `${what} is new: ${quote(change.after)}` : `${what} changed: ${quote(change.before)} -> ${quote(change.after)}`;
    }
  }
}

/**
 * One line per difference: the bump following the vendor needs, where it is, what changed. With
 * `deprecatingMissing` (import --deprecate-missing), a code the page dropped is deprecated, with that bump.
 *
 *     minor  vendor.md:31:3  the vendor added 93 "Too many tags"; import proposes TOO_MANY_TAGS, category quota, not retryable
 */
export function driftLines(drift: readonly LocatedDrift[], { deprecatingMissing = false } = {}): string[] {
  return drift.map((one) => {
    const bump = deprecatingMissing && one.change.kind === 'missing' && one.deprecation !== undefined ? one.deprecation.bump : one.bump;
    return `${bump.padEnd(5)}  ${showText(one.where.file)}:${one.where.line}:${one.where.column}  ${sentence(one, deprecatingMissing)}`;
  });
}

function changeFields(change: VendorChange | TranslationChange): Record<string, unknown> {
  switch (change.kind) {
    case 'added':
      return { code: change.row.code, name: change.row.name, proposed: change.row };
    case 'missing':
      return { code: change.row.code, name: change.row.name };
    case 'text':
      return { code: change.row.code, name: change.row.name, field: change.field, before: change.before, after: change.after };
    case 'fallback':
      return { field: change.field, before: change.before, after: change.after };
    case 'translation':
      return { locale: change.locale, code: change.code, field: change.field, before: change.before ?? null, after: change.after };
  }
}

/** What `--format json` prints for each difference. */
export function driftJson(drift: readonly LocatedDrift[]): Record<string, unknown>[] {
  return drift.map((one) => ({
    kind: one.change.kind,
    ...changeFields(one.change),
    bump: one.bump,
    summary: one.summary,
    ...(one.deprecation === undefined ? {} : { deprecation: one.deprecation }),
    ...one.where,
  }));
}

/**
 * A finding of an import, as a line: one located on the vendor's page (it has no JSON pointer) as the page's
 * problems are printed, with its severity; any other as the table's.
 */
export function formatImportFinding(diagnostic: Diagnostic): string {
  if (diagnostic.pointer !== '') return formatDiagnostic(diagnostic);
  return formatProblem({ ...diagnostic, message: `${diagnostic.severity === 'warning' ? 'warning: ' : ''}${diagnostic.message}` });
}
