import type { ErrorTable, TranslatedText, Translation } from '../table';
import { truncations } from './locale-tag';

const fields = ['description', 'solution'] as const;

/** One language's texts, each taken from the translation itself or, failing that, from a less specific one it has. */
export interface ResolvedTexts {
  fallback: TranslatedText;
  /** By the code's number as written (`"10002"`): the codes with at least one text in this language. */
  codes: Map<string, TranslatedText>;
}

/** The first text each field has along `chain`, most specific first; only the fields some member has. */
function firstTexts(chain: readonly (TranslatedText | undefined)[]): TranslatedText {
  const text: TranslatedText = {};
  for (const field of fields) {
    const found = chain.find((member) => member?.[field] !== undefined)?.[field];
    if (found !== undefined) text[field] = found;
  }
  return text;
}

/**
 * `locale`'s texts with the BCP 47 parents the table also translates filled in: `zh-Hans-SG` takes what it lacks from
 * `zh-Hans`. What no translation has falls back to the default language, at run time, field by field.
 */
export function resolveTexts(locale: string, translations: Readonly<Record<string, Translation>>): ResolvedTexts {
  const chain = truncations(locale).flatMap((tag) => (Object.hasOwn(translations, tag) ? [translations[tag]!] : []));
  const codeKeys = new Set(chain.flatMap((translation) => Object.keys(translation.codes ?? {})));
  const codes = new Map([...codeKeys].map((key) => [key, firstTexts(chain.map((translation) => translation.codes?.[key]))] as const));
  return { fallback: firstTexts(chain.map((translation) => translation.fallback)), codes };
}

/** What a translation may translate: a code's (or the fallback's) description, and its solution when it has one. */
export interface TranslatableRow {
  code?: number;
  name?: string;
  description?: string;
  solution?: string;
}

export interface Coverage {
  locale: string;
  origin: Translation['origin'] | undefined;
  translated: number;
  total: number;
  /** What is not translated, as a maintainer names it: `the description of 10109 UNKNOWN_EXCEPTION`. */
  missing: string[];
}

function translatable(row: TranslatableRow): (typeof fields)[number][] {
  return fields.filter((field) => (field === 'description' ? row.description !== undefined : row.solution !== undefined && row.solution !== ''));
}

/**
 * How much of the table `locale` translates (its parents' texts included): every description, and every solution the
 * default language has (an empty one has nothing to translate).
 */
export function coverageOf(locale: string, translations: Readonly<Record<string, Translation>>, rows: readonly TranslatableRow[], fallback: TranslatableRow | undefined): Coverage {
  const texts = resolveTexts(locale, translations);
  const missing: string[] = [];
  let total = 0;
  const count = (row: TranslatableRow, text: TranslatedText | undefined, label: string) => {
    for (const field of translatable(row)) {
      total += 1;
      if (text?.[field] === undefined) missing.push(`the ${field} of ${label}`);
    }
  };
  for (const row of rows) if (row.code !== undefined) count(row, texts.codes.get(String(row.code)), `${row.code} ${row.name ?? ''}`.trim());
  if (fallback !== undefined) count(fallback, texts.fallback, 'the fallback');
  return { locale, origin: translations[locale]?.origin, translated: total - missing.length, total, missing };
}

/** `zh-Hans: 22 of 22 texts (100%), the vendor's own` */
export function formatCoverage({ locale, origin, translated, total }: Coverage): string {
  const percent = total === 0 ? 100 : Math.floor((translated * 100) / total);
  const from = origin === 'vendor' ? "the vendor's own" : origin === 'project' ? 'written by this project' : 'of unknown origin';
  return `${locale}: ${translated} of ${total} texts (${percent}%), ${from}`;
}

/** The coverage of each of a valid table's translations, in tag order. */
export function tableCoverage(table: ErrorTable): Coverage[] {
  const translations = table.translations ?? {};
  return Object.keys(translations)
    .sort()
    .map((locale) => coverageOf(locale, translations, table.codes, table.fallback));
}
