/**
 * The text rules and size limits of docs/validation.md, written again from the documentation rather than imported from
 * the validator, so that the fuzzer can tell when the validator rejects text the documentation allows, or accepts text
 * it forbids.
 */

/** Controls other than the line feed, U+2028/U+2029, bidi embeddings/overrides/isolates, U+FFFD. */
const forbidden = /(?!\n)[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFD]/u;
/** Whitespace and characters that show nothing (controls, format characters, separators). */
const showsNothing = /^[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

/** Whether `text` may stand in a required text field (`description`, `title`, ...) or, when `optional`, a solution. */
export function isAllowedText(text: string, optional = false): boolean {
  if (!text.isWellFormed() || forbidden.test(text)) return false;
  if (optional && text === '') return true;
  return !showsNothing.test(text);
}

/** Removes every character `isAllowedText` forbids anywhere (not blankness). */
export function withoutForbiddenCharacters(text: string): string {
  return text.replace(/(?!\n)[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFD]/gu, '');
}

/** The key under which two names may collide in some language: a name's letters and digits, lower case, without `_`. */
export function collisionKey(name: string): string {
  return name.replaceAll('_', '').toLowerCase();
}

/**
 * The texts pom.xml shows, which two more rules read (`pomTextIsValidXml`, `noMavenInterpolation`): the title and the
 * repository. Every other text may hold what these two may not.
 */
export const pomTextFields = ['/title', '/repository'] as const;

/**
 * The two noncharacters XML 1.0 does not allow (U+FFFE, U+FFFF). The other noncharacters (U+FDD0-U+FDEF, U+1FFFE,
 * U+10FFFF...) are characters XML allows, and are allowed everywhere, the title included.
 */
const notXml = /[\uFFFE\uFFFF]/;

/** Whether `text`, allowed as text, may also stand in the title or the repository: no U+FFFE/U+FFFF, no `${`. */
export function isAllowedPomText(text: string): boolean {
  return !notXml.test(text) && !text.includes('${');
}

/** Removes what `isAllowedPomText` forbids: U+FFFE and U+FFFF, then every `$` that stands before a `{`. */
export function withoutPomProblems(text: string): string {
  return text.replace(/[\uFFFE\uFFFF]/g, '').replace(/\$+(?=\{)/g, '');
}

/** Names (SCREAMING_SNAKE) and type names (PascalCase) are at most this long; longer is a schema error at the value. */
export const maxNameLength = 100;

/**
 * How deep objects and arrays may nest, the table itself being level 1 (a table needs 4). The first value deeper is
 * one `json` error at its own pointer.
 */
export const maxNesting = 64;

/** Categories (snake_case) are at most this long; longer is a schema error at the value. */
export const maxCategoryLength = 60;
