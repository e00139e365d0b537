import { allLocales } from '../../locale/model-locales';
import type { Model } from '../../model/build-model';
import type { TranslatedText } from '../../table';
import { kotlinString } from './escaping';

/** `Text(description = "…")`: the fields a translation has, as named arguments. */
function textConstructor(text: TranslatedText): string {
  const fields = (['description', 'solution'] as const).filter((field) => text[field] !== undefined);
  return `Text(${fields.map((field) => `${field} = ${kotlinString(text[field]!)}`).join(', ')})`;
}

/** The languages of the package: every literal final, the translations as they resolve (locale/model-locales.ts). */
export function kotlinLocaleView(model: Model) {
  const { locales } = model;
  return {
    defaultLocale: locales.defaultLocale,
    locales: allLocales(locales).map(kotlinString).join(', '),
    translations: locales.translations.map((translation) => ({
      locale: kotlinString(translation.locale),
      fallback: textConstructor(translation.fallback),
      codes: translation.codes.map(({ code, text }) => ({ code, text: textConstructor(text) })),
    })),
    localeKeys: [...locales.keys].map(([key, locale]) => ({ key: kotlinString(key), locale: kotlinString(locale) })),
  };
}
