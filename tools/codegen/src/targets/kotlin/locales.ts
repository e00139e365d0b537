import { allLocales } from '../../locale/model-locales';
import type { Model } from '../../model/build-model';
import type { TranslatedText } from '../../table';
import { kotlinString } from './escaping';

/** `Text(description = "…")`: the fields a translation has, as named arguments. */
function textConstructor(text: TranslatedText): string {
  const fields = (['description', 'solution'] as const).filter((field) => text[field] !== undefined);
  return `Text(${fields.map((field) => `${field} = ${kotlinString(text[field]!)}`).join(', ')})`;
}

/**
 * The languages of the package: every literal final, the translations as they resolve (locale/model-locales.ts). A
 * translation of more than `groupSize` codes is listed in groups, each an object of its own, for the reason the codes
 * are (kotlinGroupSize in target.ts): a JVM method holds 64 KB of bytecode, a class 65,535 constants.
 */
export function kotlinLocaleView(model: Model, translationsName: string, groupSize: number) {
  const { locales } = model;
  let groupCount = 0;
  const translations = locales.translations.map((translation) => {
    const codes = translation.codes.map(({ code, text }) => ({ code, text: textConstructor(text) }));
    const grouped = codes.length > groupSize;
    const groups = grouped ? Array.from({ length: Math.ceil(codes.length / groupSize) }, (_, index) => ({ object: `${translationsName}Group${groupCount++}`, codes: codes.slice(index * groupSize, (index + 1) * groupSize) })) : [];
    return { locale: kotlinString(translation.locale), fallback: textConstructor(translation.fallback), codes: grouped ? [] : codes, groups };
  });
  return {
    defaultLocale: locales.defaultLocale,
    locales: allLocales(locales).map(kotlinString).join(', '),
    translations: translations.map(({ groups, ...translation }) => ({ ...translation, groups: groups.map(({ object }) => object) })),
    translationGroups: translations.flatMap(({ locale, groups }) => groups.map((group) => ({ ...group, locale }))),
    localeKeys: [...locales.keys].map(([key, locale]) => ({ key: kotlinString(key), locale: kotlinString(locale) })),
  };
}
