import { implicitDefaultLocale, type ErrorTable } from '../table';
import type { Diagnostic } from '../validate/diagnostic';
import { withScript } from '../validate/rules/translations';
import type { VendorTable } from './vendor-table';

/** Letters of the scripts Chinese, Japanese and Korean are written in. */
const cjkLetters = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const letters = /\p{L}/gu;

/** The share of the texts' letters that are Chinese, Japanese or Korean: 0 for none, 1 for all. */
export function cjkShare(texts: readonly string[]): number {
  const text = texts.join('\n');
  const all = text.match(letters)?.length ?? 0;
  return all === 0 ? 0 : (text.match(cjkLetters)?.length ?? 0) / all;
}

/** `codes.zh-Hans.md` -> `zh-Hans`: the language tag a page's file name carries before `.md`, if any. */
function tagInFileName(file: string): string | undefined {
  return /\.([a-z]{2,3}(?:-[a-z0-9]{2,8})*)\.md$/i.exec(file)?.[1];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * A page merged into the table's default language must be written in it. A page whose letters are mostly Chinese,
 * Japanese or Korean, for a table whose texts are not (or the other way round), is a translation imported without
 * `--locale`: merged, it would replace every description. Undefined when the two agree.
 */
export function pageInAnotherScript(vendor: VendorTable, table: ErrorTable): Diagnostic | undefined {
  const page = cjkShare(vendor.rows.flatMap((row) => [row.description, row.solution]));
  const own = cjkShare(table.codes.flatMap((code) => [code.description, code.solution]));
  if (Math.abs(page - own) < 0.5) return undefined;
  const [tag, ...others] = withScript(tagInFileName(vendor.file) ?? (page > own ? 'zh-Hans' : 'en'));
  return {
    severity: 'error',
    rule: 'pageInTableLanguage',
    pointer: '',
    file: vendor.file,
    ...vendor.at,
    message: `the page is not in the table's default language (${table.defaultLocale ?? implicitDefaultLocale}): ${percent(page)} of its letters are Chinese, Japanese or Korean, against ${percent(own)} of the table's`,
    hint: `If the page is the table in another language, import it into the table's translations: add --locale ${tag}${others.length === 0 ? '' : ` (or ${others.join(' or ')}, whichever script the page is written in)`}`,
  };
}
