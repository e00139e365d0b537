import { allLocales } from '../../locale/model-locales';
import type { Model } from '../../model/build-model';
import type { TranslatedText } from '../../table';
import { typescriptString } from './escaping';

/** `{ description: "…" }`: the fields a translation has, as an object literal. */
function textLiteral(text: TranslatedText): string {
  const fields = (['description', 'solution'] as const).filter((field) => text[field] !== undefined);
  return fields.length === 0 ? '{}' : `{ ${fields.map((field) => `${field}: ${typescriptString(text[field]!)}`).join(', ')} }`;
}

/** The languages of the package: every literal final, the translations as they resolve (locale/model-locales.ts). */
export function typescriptLocaleView(model: Model) {
  const { locales } = model;
  return {
    defaultLocale: typescriptString(locales.defaultLocale),
    locales: allLocales(locales).map(typescriptString).join(', '),
    translations: locales.translations.map((translation) => ({
      locale: typescriptString(translation.locale),
      fallback: textLiteral(translation.fallback),
      codes: translation.codes.map(({ code, text }) => ({ code, text: textLiteral(text) })),
    })),
    localeKeys: [...locales.keys].map(([key, locale]) => ({ key: typescriptString(key), locale: typescriptString(locale) })),
  };
}
