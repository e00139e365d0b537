/**
 * The text rules of docs/validation.md, written again from the documentation rather than imported from the
 * validator, so that the fuzzer can tell when the validator rejects text the documentation allows, or accepts text it
 * forbids.
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
