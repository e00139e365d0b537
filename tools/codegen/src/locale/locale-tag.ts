/**
 * The BCP 47 matching every generated package does at run time, written once: the generator computes with it what
 * it can ahead of time (which lookup key selects which translation) and what the conformance vectors expect. Each
 * language's template implements `lookupKeys` in a few lines, and the vectors hold it to this one.
 */

/** A locale tag as a table writes it: a language, then optionally its script, then optionally its region (`zh-Hans-CN`). */
export const tableLocalePattern = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;

/**
 * Languages written in more than one script, with the script each region writes them in (CLDR's likely subtags):
 * `zh-CN` means `zh-Hans-CN`, `zh-TW` means `zh-Hant-TW`. A table's translation into one of them names its script,
 * and a request that gives only a region is matched through it. Chinese alone (`zh`) names no script and matches
 * none: Traditional readers must never get Simplified text, nor the reverse.
 */
export const scriptsByRegion: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  zh: { CN: 'Hans', SG: 'Hans', MY: 'Hans', TW: 'Hant', HK: 'Hant', MO: 'Hant' },
};

const subtag = /^[A-Za-z0-9]{1,8}$/;
const language = /^[a-z]{2,8}$/;
const script = /^[a-z]{4}$/;
const region = /^([a-z]{2}|[0-9]{3})$/;

/**
 * The keys a requested tag is looked up by, most specific first (RFC 4647 lookup): `language[-script][-region]` in
 * lower case. Variants, extensions and private use are ignored; `_` separates like `-` (ICU and POSIX ids such as
 * `zh_Hans_CN`); what follows `.`, `@` or `;` (a POSIX charset, ICU keywords, an Accept-Language entry's weight) is
 * dropped, and so is the white space around the rest (` zh-CN;q=0.9` is `zh-CN`). A malformed tag gives none.
 *
 * @example lookupKeys('zh-Hans-CN') // ['zh-hans-cn', 'zh-hans', 'zh']
 */
export function lookupKeys(tag: string): string[] {
  const subtags = tag.split(/[.@;]/)[0]!.trim().split(/[-_]/);
  // ASCII is checked before lower-casing: Unicode lower-cases the Kelvin sign (U+212A) to "k".
  if (!subtags.every((part) => subtag.test(part))) return [];
  const [lang = '', ...rest] = subtags.map((part) => part.toLowerCase());
  if (!language.test(lang)) return [];
  const keys = [lang];
  let next = 0;
  if (script.test(rest[next] ?? '')) keys.unshift(`${keys[0]}-${rest[next++]}`);
  if (region.test(rest[next] ?? '')) keys.unshift(`${keys[0]}-${rest[next]}`);
  return keys;
}

/** `zh-Hans-SG` -> `['zh-Hans-SG', 'zh-Hans', 'zh']`: the tag and each shorter prefix of it. */
export function truncations(tag: string): string[] {
  const parts = tag.split('-');
  return parts.map((_, index) => parts.slice(0, parts.length - index).join('-'));
}

/**
 * Every lookup key that selects one of `locales` (a table's translation tags), in key order: each tag in lower case,
 * and `language-region` for each region that implies the script of a `language-Script` tag (`zh-cn` -> `zh-Hans`),
 * or of a `language-Script-REGION` tag, the more specific (`zh-sg` -> `zh-Hans-SG` when the table has it).
 */
export function localeKeys(locales: readonly string[]): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [lang, regions] of Object.entries(scriptsByRegion)) {
    for (const [regionCode, regionScript] of Object.entries(regions)) {
      const selected = [`${lang}-${regionScript}-${regionCode}`, `${lang}-${regionScript}`].find((locale) => locales.includes(locale));
      if (selected !== undefined) keys.set(`${lang}-${regionCode}`.toLowerCase(), selected);
    }
  }
  for (const locale of locales) keys.set(locale.toLowerCase(), locale);
  return new Map([...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The translation a requested tag selects, or undefined for the table's default language. */
export function matchLocale(tag: string, keys: ReadonlyMap<string, string>): string | undefined {
  for (const key of lookupKeys(tag)) {
    const locale = keys.get(key);
    if (locale !== undefined) return locale;
  }
  return undefined;
}

/**
 * What a tag that is not in the table's form should be written as (`zh-hans` -> `zh-Hans`), when there is such a form;
 * undefined when it is not a BCP 47 tag of that shape at all.
 */
export function canonicalLocale(tag: string): string | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(tag.replaceAll('_', '-'))[0];
  } catch {
    return undefined;
  }
  return canonical !== undefined && tableLocalePattern.test(canonical) ? canonical : undefined;
}
