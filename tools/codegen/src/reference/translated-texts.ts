import type { Model, ModelCode } from '../model/build-model';

/** One code's (or the fallback's) text in one of the table's other languages, as the reference pages show it. */
export interface TranslatedEntry {
  /** BCP 47 tag (`zh-Hans`), also the `lang` of the text on the HTML page. */
  locale: string;
  /** Whose words: the vendor's own documentation, or this project's. */
  origin: 'vendor' | 'project';
  description: string;
  /** Empty when the language gives no solution. */
  solution: string;
}

/** Per language, its texts by code, built once per model: every code of the pages looks its texts up. */
const byModel = new WeakMap<Model, { locale: string; origin: TranslatedEntry['origin']; fallback: TranslatedEntry | undefined; codes: Map<number, TranslatedEntry> }[]>();

function languagesOf(model: Model) {
  let languages = byModel.get(model);
  if (languages === undefined) {
    languages = model.locales.translations.map(({ locale, origin, fallback, codes }) => {
      const entry = (text: { description?: string; solution?: string }): TranslatedEntry | undefined =>
        text.description === undefined && text.solution === undefined ? undefined : { locale, origin, description: text.description ?? '', solution: text.solution ?? '' };
      return { locale, origin, fallback: entry(fallback), codes: new Map(codes.flatMap(({ code, text }) => (entry(text) === undefined ? [] : [[code, entry(text)!] as const]))) };
    });
    byModel.set(model, languages);
  }
  return languages;
}

/** The code's texts in every other language the table has, in tag order; none when it has no translation. */
export function translatedTexts(model: Model, code: Pick<ModelCode, 'code'>): TranslatedEntry[] {
  return languagesOf(model).flatMap((language) => {
    const entry = language.codes.get(code.code);
    return entry === undefined ? [] : [entry];
  });
}

/** The fallback's texts in every other language the table has. */
export function translatedFallbacks(model: Model): TranslatedEntry[] {
  return languagesOf(model).flatMap((language) => (language.fallback === undefined ? [] : [language.fallback]));
}
