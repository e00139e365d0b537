import { allLocales } from '../../locale/model-locales';
import type { Model } from '../../model/build-model';
import type { TranslatedText } from '../../table';
import { goString } from './escaping';
import { goMemberName } from './naming';

/** The fields a translation has, as keyed struct fields padded the way gofmt aligns them. */
function textFields(text: TranslatedText): string[] {
  const fields = (['description', 'solution'] as const).filter((field) => text[field] !== undefined);
  const width = Math.max(...fields.map((field) => field.length + 1));
  return fields.map((field) => `${`${field}:`.padEnd(width)} ${goString(text[field]!)}`);
}

/** The languages of the package: every literal final, the translations as they resolve (locale/model-locales.ts). */
export function goLocaleView(model: Model) {
  const { locales } = model;
  const keys = [...locales.keys].map(([key, locale]) => ({ key: `${goString(key)}:`, locale: goString(locale) }));
  const keyWidth = Math.max(0, ...keys.map(({ key }) => key.length));
  const members = new Map(model.codes.map((code) => [code.code, goMemberName(code.name)]));
  return {
    defaultLocale: goString(locales.defaultLocale),
    locales: allLocales(locales).map(goString).join(', '),
    translations: locales.translations.map((translation) => ({
      locale: goString(translation.locale),
      fallback: textFields(translation.fallback),
      codes: translation.codes.map(({ code, text }) => ({ member: members.get(code)!, fields: textFields(text) })),
    })),
    // gofmt aligns the values of a map literal whose keys are short; padding here keeps the output gofmt-clean.
    localeKeys: keys.map(({ key, locale }) => ({ key: key.padEnd(keyWidth), locale })),
  };
}
