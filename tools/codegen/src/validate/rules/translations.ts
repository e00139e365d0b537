import { canonicalLocale, scriptsByRegion, tableLocalePattern } from '../../locale/locale-tag';
import { coverageOf, formatCoverage } from '../../locale/translations';
import { implicitDefaultLocale, type Translation } from '../../table';
import { escapeSegment } from '../diagnostic';
import type { RuleInput } from '../rule-input';
import { quote } from '../show-text';
import { error, type Rule, rowsWith, warning } from './rule';

function translationsOf(input: RuleInput): [string, Translation][] {
  return Object.entries(input.table.translations ?? {});
}

const localeShape = 'a language, then its script where it has several, then optionally a region: "en", "zh-Hans", "pt-BR"';

function tagProblem(tag: string): { message: string; hint: string } | undefined {
  if (tableLocalePattern.test(tag)) return undefined;
  const canonical = canonicalLocale(tag);
  if (canonical !== undefined) return { message: `${quote(tag)} is not written the way BCP 47 spells it`, hint: `Write it as ${withScript(canonical).map((spelling) => quote(spelling)).join(' or ')}` };
  return { message: `${quote(tag)} is not a BCP 47 tag the packages can match`, hint: `Write ${localeShape}` };
}

/** Tags in BCP 47's own casing (`zh-Hans`, not `zh-hans` or `zh_Hans`), so that no two spellings of one language coexist. */
export const localeTagsAreWellFormed: Rule = (input) => {
  const { defaultLocale } = input.table;
  const problems = defaultLocale === undefined ? [] : [{ pointer: '/defaultLocale', atKey: false, problem: tagProblem(defaultLocale) }];
  for (const [tag] of translationsOf(input)) problems.push({ pointer: `/translations/${escapeSegment(tag)}`, atKey: true, problem: tagProblem(tag) });
  return problems.flatMap(({ pointer, atKey, problem }) => (problem === undefined ? [] : [{ ...error('localeTagsAreWellFormed', pointer, problem.message, problem.hint), atKey }]));
};

/** The scripts a translation into `tag` must choose from, when its language has several and the tag names none. */
function missingScripts(tag: string): string[] | undefined {
  const [language = '', second = ''] = tag.toLowerCase().split(/[-_]/);
  const scripts = scriptsByRegion[language];
  return scripts === undefined || /^[a-z]{4}$/.test(second) ? undefined : [...new Set(Object.values(scripts))];
}

/**
 * The tag with the script its language needs, which translationNamesItsScript would ask for next: `zh-CN` is
 * `zh-Hans-CN`; `zh` is `zh-Hans` or `zh-Hant`.
 */
export function withScript(tag: string): string[] {
  const scripts = missingScripts(tag);
  if (scripts === undefined) return [tag];
  const [language = '', region] = tag.split('-');
  const regionScript = region === undefined ? undefined : scriptsByRegion[language.toLowerCase()]?.[region.toUpperCase()];
  const suffix = region === undefined ? '' : `-${region}`;
  return (regionScript === undefined ? scripts : [regionScript]).map((script) => `${language}-${script}${suffix}`);
}

/** Whether another rule refuses the tag itself: its coverage would only repeat that error. */
function refusedTag(tag: string, defaultLocale: string): boolean {
  return tagProblem(tag) !== undefined || missingScripts(tag) !== undefined || tag.toLowerCase() === defaultLocale.toLowerCase();
}

/** A Chinese tag that names no script: what translationNamesItsScript says of it; undefined for any other tag. */
function missingScriptProblem(tag: string): { message: string; hint: string } | undefined {
  const scripts = missingScripts(tag);
  if (scripts === undefined) return undefined;
  const [language = ''] = tag.toLowerCase().split(/[-_]/);
  const choices = scripts.map((script) => quote(`${language}-${script}`)).join(' or ');
  return { message: `${quote(tag)} does not say which script the text is written in`, hint: `Name the script: ${choices}` };
}

/** What is wrong with `tag` as a translation's language (`--locale` too), as the rules below say it; undefined when nothing. */
export function translationTagProblem(tag: string): { message: string; hint: string } | undefined {
  return tagProblem(tag) ?? missingScriptProblem(tag);
}

/** Chinese without a script is ambiguous: Traditional readers must not get Simplified text, nor the reverse. */
export const translationNamesItsScript: Rule = (input) =>
  translationsOf(input).flatMap(([tag]) => {
    const problem = missingScriptProblem(tag);
    // A tag spelt wrongly is refused once, its hint naming the script too (localeTagsAreWellFormed).
    if (problem === undefined || tagProblem(tag) !== undefined) return [];
    return [{ ...error('translationNamesItsScript', `/translations/${escapeSegment(tag)}`, problem.message, problem.hint), atKey: true }];
  });

/** A translation into the default language would hide the table's own text. */
export const translationIsNotTheDefault: Rule = (input) => {
  const defaultLocale = input.table.defaultLocale ?? implicitDefaultLocale;
  return translationsOf(input)
    .filter(([tag]) => tag.toLowerCase() === defaultLocale.toLowerCase())
    .map(([tag]) => ({
      ...error('translationIsNotTheDefault', `/translations/${escapeSegment(tag)}`, `${quote(tag)} is the table's default language`, 'Edit description and solution in codes and fallback instead, and remove this translation'),
      atKey: true,
    }));
};

/** Each translated code is one of the table's, keyed by its number as `codes` writes it. */
export const translatedCodesExist: Rule = (input) => {
  const codes = new Set(rowsWith(input.rows, 'code').map((row) => String(row.code)));
  if (input.rows.some((row) => row.code === undefined)) return [];
  return translationsOf(input).flatMap(([tag, translation]) =>
    Object.keys(translation.codes ?? {})
      .filter((key) => !codes.has(key))
      .map((key) => ({
        ...error('translatedCodesExist', `/translations/${escapeSegment(tag)}/codes/${escapeSegment(key)}`, `${quote(key)} is not a code of this table`, 'Translate only codes the table lists, keyed by the number as codes writes it: remove this one, or add the code to codes'),
        atKey: true,
      })),
  );
};

/** An empty translated solution would hide, in that language, the advice the default language gives. */
export const translatedSolutionNotEmpty: Rule = (input) => {
  const solutions = new Map(rowsWith(input.rows, 'code').map((row) => [String(row.code), row.solution]));
  return translationsOf(input).flatMap(([tag, translation]) => {
    const emptied = Object.entries(translation.codes ?? {}).filter(([key, text]) => text.solution === '' && (solutions.get(key) ?? '') !== '');
    const fallbackEmptied = translation.fallback?.solution === '' && (input.table.fallback?.solution ?? '') !== '';
    const pointers = [...emptied.map(([key]) => `/translations/${escapeSegment(tag)}/codes/${escapeSegment(key)}/solution`), ...(fallbackEmptied ? [`/translations/${escapeSegment(tag)}/fallback/solution`] : [])];
    return pointers.map((pointer) => error('translatedSolutionNotEmpty', pointer, 'is empty, but the default language gives a solution', 'Translate the solution, or remove "solution" so the default language\'s shows'));
  });
};

const shownMissing = 5;

/** A translation that leaves texts out is usable (they show in the default language), but says how much it covers. */
export const translationsComplete: Rule = (input) =>
  translationsOf(input).flatMap(([tag]) => {
    if (refusedTag(tag, input.table.defaultLocale ?? implicitDefaultLocale)) return [];
    const coverage = coverageOf(tag, input.table.translations ?? {}, input.rows, input.table.fallback);
    if (coverage.missing.length === 0) return [];
    const more = coverage.missing.length > shownMissing ? ` and ${coverage.missing.length - shownMissing} more` : '';
    const message = `${formatCoverage(coverage)}; missing ${coverage.missing.slice(0, shownMissing).join(', ')}${more}`;
    const defaultLocale = input.table.defaultLocale ?? implicitDefaultLocale;
    return [{ ...warning('translationsComplete', `/translations/${escapeSegment(tag)}`, message, `Add them under "codes" (keyed by number) and "fallback"; until then they show in ${quote(defaultLocale)}`), atKey: true }];
  });

export const translationRules: readonly Rule[] = [localeTagsAreWellFormed, translationNamesItsScript, translationIsNotTheDefault, translatedCodesExist, translatedSolutionNotEmpty];
