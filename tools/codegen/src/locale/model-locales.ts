import type { ErrorTable, TranslatedText, Translation } from '../table';
import { implicitDefaultLocale } from '../table';
import { localeKeys } from './locale-tag';
import { resolveTexts } from './translations';

/** One language's texts as the packages carry them: each already filled in from the translations it inherits from. */
export interface ModelTranslation {
  /** BCP 47 tag, as the table writes it (`zh-Hans`). */
  locale: string;
  origin: Translation['origin'];
  source: string;
  fallback: TranslatedText;
  /** Ascending by code: the codes with at least one text in this language. */
  codes: readonly { code: number; text: TranslatedText }[];
}

/** The languages a table's packages speak: the default one, the translations, and what selects each. */
export interface ModelLocales {
  defaultLocale: string;
  /** In tag order. */
  translations: readonly ModelTranslation[];
  /**
   * Lower-case lookup key -> translation tag, in key order: computed here so that the packages only look a requested
   * tag's keys up (`lookupKeys` in locale-tag.ts), most specific first.
   */
  keys: ReadonlyMap<string, string>;
}

function byTag(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function buildLocales(table: ErrorTable): ModelLocales {
  const translations = table.translations ?? {};
  const tags = Object.keys(translations).sort(byTag);
  return {
    defaultLocale: table.defaultLocale ?? implicitDefaultLocale,
    translations: tags.map((locale) => {
      const { origin, source } = translations[locale]!;
      const texts = resolveTexts(locale, translations);
      const codes = [...texts.codes].map(([key, text]) => ({ code: Number(key), text })).sort((a, b) => a.code - b.code);
      return { locale, origin, source, fallback: texts.fallback, codes };
    }),
    keys: localeKeys(tags),
  };
}

/** Every tag the packages have text in: the default language first, then the translations. */
export function allLocales(locales: ModelLocales): string[] {
  return [locales.defaultLocale, ...locales.translations.map((translation) => translation.locale)];
}
