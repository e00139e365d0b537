import type { ErrorTable, TranslatedText, Translation } from '../table';
import { implicitDefaultLocale } from '../table';
import { patch, type TableChange } from './table-change';

const fields = ['description', 'solution'] as const;

/** What a text change in one language did: `Translated`, `Changed` or `Removed` the field. */
function fieldChanges(locale: string, before: TranslatedText | undefined, after: TranslatedText | undefined, label: string): TableChange[] {
  return fields.flatMap((field) => {
    const [was, is] = [before?.[field], after?.[field]];
    if (was === is) return [];
    const verb = was === undefined ? 'Translated' : is === undefined ? 'Removed the translation of' : 'Changed the translation of';
    return [patch(`${verb} the ${field} of ${label} into ${locale}`)];
  });
}

/** Every code either side translates, in the table's order of codes, then any the table no longer lists. */
function codeChanges(locale: string, before: Translation, after: Translation, labels: ReadonlyMap<string, string>): TableChange[] {
  const keys = [...new Set([...Object.keys(before.codes ?? {}), ...Object.keys(after.codes ?? {})])].sort((a, b) => Number(a) - Number(b));
  return keys.flatMap((key) => fieldChanges(locale, before.codes?.[key], after.codes?.[key], labels.get(key) ?? key));
}

function translationChanges(locale: string, before: Translation, after: Translation, labels: ReadonlyMap<string, string>): TableChange[] {
  const described = (['origin', 'source'] as const).filter((key) => before[key] !== after[key]).map((key) => patch(`Changed the ${key} of the ${locale} translation`));
  return [...described, ...codeChanges(locale, before, after, labels), ...fieldChanges(locale, before.fallback, after.fallback, 'the fallback')];
}

/**
 * Translations are text, like a row's description: adding, changing or removing one is a patch in every language (a
 * reader in that language sees other words; no app's code stops compiling). So is a new default language.
 */
export function diffTranslations(before: ErrorTable, after: ErrorTable): TableChange[] {
  const [was, is] = [before.translations ?? {}, after.translations ?? {}];
  const labels = new Map(after.codes.map((row) => [String(row.code), `${row.code} ${row.name}`]));
  const locales = [...new Set([...Object.keys(was), ...Object.keys(is)])].sort();
  const changes = locales.flatMap((locale) => {
    if (!Object.hasOwn(was, locale)) return [patch(`Added the ${locale} translation (${is[locale]!.origin === 'vendor' ? "the vendor's own text" : 'written by this project'})`)];
    if (!Object.hasOwn(is, locale)) return [patch(`Removed the ${locale} translation`)];
    return translationChanges(locale, was[locale]!, is[locale]!, labels);
  });
  const [defaultBefore, defaultAfter] = [before.defaultLocale ?? implicitDefaultLocale, after.defaultLocale ?? implicitDefaultLocale];
  return defaultBefore === defaultAfter ? changes : [patch(`Changed the default language from ${defaultBefore} to ${defaultAfter}`), ...changes];
}
