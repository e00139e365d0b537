import { describe, expect, it } from 'vitest';
import { canonicalLocale, localeKeys, lookupKeys, matchLocale, tableLocalePattern, truncations } from './locale-tag';

describe('lookupKeys', () => {
  it.each([
    ['zh-Hans-CN', ['zh-hans-cn', 'zh-hans', 'zh']],
    ['zh_Hans_CN', ['zh-hans-cn', 'zh-hans', 'zh']],
    ['ZH-HANS', ['zh-hans', 'zh']],
    ['zh-CN', ['zh-cn', 'zh']],
    ['zh_CN.UTF-8', ['zh-cn', 'zh']],
    ['zh-Hans@calendar=chinese', ['zh-hans', 'zh']],
    ['zh-Hans-CN-u-nu-hanidec', ['zh-hans-cn', 'zh-hans', 'zh']],
    ['es-419', ['es-419', 'es']],
    ['de-1996', ['de']],
    ['en', ['en']],
    ['zh-CN;q=0.9', ['zh-cn', 'zh']],
    [' zh-Hans ', ['zh-hans', 'zh']],
    ['en ;q=0.8', ['en']],
  ])('%j is looked up as %j', (tag, keys) => {
    expect(lookupKeys(tag)).toEqual(keys);
  });

  it.each(['', 'x-private', 'i-klingon', 'not a tag', 'zh--Hans', '12', 'zh-', '-zh', 'zh-Hänt', 'toolonglanguage', '\u212Ah', ';q=0.9', 'zh CN'])('%j is malformed: no key', (tag) => {
    expect(lookupKeys(tag)).toEqual([]);
  });
});

describe('localeKeys', () => {
  it('selects each translation by its tag, and Chinese regions by the script they write', () => {
    expect([...localeKeys(['zh-Hans'])]).toEqual([
      ['zh-cn', 'zh-Hans'],
      ['zh-hans', 'zh-Hans'],
      ['zh-my', 'zh-Hans'],
      ['zh-sg', 'zh-Hans'],
    ]);
  });

  it('sends a region to the translation for that script and region when the table has it', () => {
    const keys = localeKeys(['zh-Hans', 'zh-Hans-SG', 'zh-Hant']);
    expect(keys.get('zh-sg')).toBe('zh-Hans-SG');
    expect(keys.get('zh-cn')).toBe('zh-Hans');
    expect(keys.get('zh-tw')).toBe('zh-Hant');
    expect(keys.get('zh-hk')).toBe('zh-Hant');
    expect(keys.has('zh')).toBe(false);
  });

  it('adds no region of another script, and nothing for a language written in one script', () => {
    expect([...localeKeys(['pt-BR']).keys()]).toEqual(['pt-br']);
    expect(localeKeys(['zh-Hans-SG']).get('zh-cn')).toBeUndefined();
  });
});

describe('matchLocale over a table translated into zh-Hans', () => {
  const keys = localeKeys(['zh-Hans']);

  it.each([
    ['zh-Hans-CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-CN', 'zh-Hans'],
    ['zh_CN.UTF-8', 'zh-Hans'],
    ['zh-Hant-TW', undefined],
    ['zh-TW', undefined],
    ['zh', undefined],
    ['zh-Latn-CN', undefined],
    ['en-GB', undefined],
    ['tlh', undefined],
    ['not a tag', undefined],
  ])('%s selects %s', (tag, locale) => {
    expect(matchLocale(tag, keys)).toBe(locale);
  });
});

describe('table tags', () => {
  it('are language, then script, then region', () => {
    for (const tag of ['en', 'zh-Hans', 'zh-Hans-SG', 'pt-BR', 'es-419']) expect(tag).toMatch(tableLocalePattern);
    for (const tag of ['zh-hans', 'EN', 'pt_BR', 'en-GB-oxendict', 'x-private']) expect(tag).not.toMatch(tableLocalePattern);
  });

  it('get their BCP 47 spelling suggested', () => {
    expect(canonicalLocale('zh-hans')).toBe('zh-Hans');
    expect(canonicalLocale('pt_br')).toBe('pt-BR');
    expect(canonicalLocale('EN')).toBe('en');
    expect(canonicalLocale('Chinese')).toBeUndefined();
    expect(canonicalLocale('not a tag')).toBeUndefined();
  });

  it('truncate to their parents', () => {
    expect(truncations('zh-Hans-SG')).toEqual(['zh-Hans-SG', 'zh-Hans', 'zh']);
  });
});
