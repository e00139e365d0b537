import type { Vector } from '../model/build-vectors';
import type { ModelCode } from '../model/build-model';
import type { Fallback } from '../table';
import { matchLocale } from './locale-tag';
import type { ModelLocales } from './model-locales';

/**
 * Requested tags every package is checked with, whatever its table translates: the cases of the fallback chain
 * (Traditional Chinese must not get Simplified text; Chinese without a script gets none; British English gets the
 * default), other spellings of one tag (case, `_`, a POSIX charset, extensions, an Accept-Language entry), a
 * well-formed tag nobody translates and malformed ones.
 */
const probes = [
  'en', 'en-GB', 'en_US', 'zh', 'zh-Hans', 'zh-Hans-CN', 'zh-hans-cn', 'ZH-HANS', 'zh_Hans_CN', 'zh-CN', 'zh_CN.UTF-8', 'zh-SG',
  'zh-Hans-CN-u-nu-hanidec', 'zh-Hans@calendar=chinese', 'zh-Hant', 'zh-Hant-TW', 'zh-TW', 'zh-HK', 'zh-Latn-CN', 'tlh', 'x-private', '',
  'not a tag', 'zh--Hans', '12', 'zh-CN;q=0.9', ' zh-CN', 'en;q=0.8',
];

/** Each translation's own tag, spelt three ways, and the region-only tags that select it (`zh-SG`). */
function translationProbes(locales: ModelLocales): string[] {
  const own = locales.translations.flatMap(({ locale }) => [locale, locale.toLowerCase(), `${locale.replaceAll('-', '_')}`]);
  const aliases = [...locales.keys.keys()].map((key) => key.replace(/-([a-z]{2})$/, (region) => region.toUpperCase()));
  return [...own, ...aliases, locales.defaultLocale];
}

export interface LocaleMatch {
  tag: string;
  /** A BCP 47 tag with `-` separators, which platform locale types read (`java.util.Locale.forLanguageTag`). */
  bcp47: boolean;
  /** The table's locale whose text the tag gets: a translation, or the default language. */
  locale: string;
}

const bcp47Shape = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

function byTag(a: LocaleMatch, b: LocaleMatch): number {
  return a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0;
}

/** The locale block of the vectors: the default language, the translations, and which text each probe gets. */
export function localeVectors(locales: ModelLocales) {
  const tags = [...new Set([...probes, ...translationProbes(locales)])];
  const matches = tags.map((tag): LocaleMatch => ({ tag, bcp47: bcp47Shape.test(tag), locale: matchLocale(tag, locales.keys) ?? locales.defaultLocale })).sort(byTag);
  return { default: locales.defaultLocale, translated: locales.translations.map((translation) => translation.locale), matches };
}

type Texts = Pick<Vector, 'description' | 'solution'>;

/**
 * A vector's text in every translation, field by field its own or else the default's: a listed code (`code`) its
 * own, an unknown one (`undefined`) the fallback's. A table without translations gets nothing: its vectors stay as
 * they were.
 */
export function vectorTranslations(locales: ModelLocales): (defaults: ModelCode | Fallback, code: number | undefined) => { translations?: Record<string, Texts> } {
  if (locales.translations.length === 0) return () => ({});
  const byCode = locales.translations.map((translation) => ({ translation, texts: new Map(translation.codes.map((entry) => [entry.code, entry.text])) }));
  return (defaults, code) => ({
    translations: Object.fromEntries(
      byCode.map(({ translation, texts }) => {
        const own = code === undefined ? translation.fallback : texts.get(code);
        return [translation.locale, { description: own?.description ?? defaults.description, solution: own?.solution ?? defaults.solution }];
      }),
    ),
  });
}
