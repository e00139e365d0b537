import { allLocales } from '../../locale/model-locales';
import type { Model } from '../../model/build-model';
import type { TranslatedText } from '../../table';
import { swiftString } from './escaping';

/** `Text(description: "…")`: the fields a translation has, as arguments of the memberwise initializer. */
function textInitializer(text: TranslatedText): string {
  const fields = (['description', 'solution'] as const).filter((field) => text[field] !== undefined);
  return `Text(${fields.map((field) => `${field}: ${swiftString(text[field]!)}`).join(', ')})`;
}

/** The languages of the package: every literal final, the translations as they resolve (locale/model-locales.ts). */
export function swiftLocaleView(model: Model) {
  const { locales } = model;
  return {
    defaultLocale: locales.defaultLocale,
    locales: allLocales(locales).map((locale) => `Locale(identifier: ${swiftString(locale)})`).join(', '),
    translations: locales.translations.map((translation) => ({
      locale: swiftString(translation.locale),
      fallback: textInitializer(translation.fallback),
      codes: translation.codes.map(({ code, text }) => ({ code, text: textInitializer(text) })),
    })),
    localeKeys: [...locales.keys].map(([key, locale]) => ({ key: swiftString(key), locale: swiftString(locale) })),
  };
}
