/**
 * How text from outside (the table's values and keys, its file name) is shown in a message: invisible characters as
 * escapes and long text shortened, so a diagnostic can never hide, reorder or flood the terminal line it is printed on.
 * The one place that does it: the CLI shows a table's file name through `showText` too.
 */

/** Characters a terminal would hide or act on: controls (ESC starts an escape sequence), format characters (bidi), separators, lone surrogates. */
const unprintable = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/gu;

/** `\u001B`; an astral character (a tag character is a format character) as its two UTF-16 escapes, as JSON writes it. */
function escaped(char: string): string {
  let out = '';
  for (let index = 0; index < char.length; index += 1) out += `\\u${char.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}`;
  return out;
}

/** The first `maxLength` code points of `text` and an ellipsis, or `text` when it is no longer; never splits a surrogate pair. */
export function shorten(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let end = 0;
  for (let count = 0; count < maxLength && end < text.length; count += 1) end += (text.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  return end >= text.length ? text : `${text.slice(0, end)}…`;
}

/**
 * Text shown as it is, but with every unprintable character escaped (`\u001B`) and, beyond `maxLength` code points,
 * shortened with an ellipsis. For a file name or a pointer, which are shown without quotes so that editors and
 * terminals still turn `file:line:column` into a link.
 *
 *     showText('table\u001B[31m.json') === 'table\\u001B[31m.json'
 */
export function showText(text: string, maxLength = Infinity): string {
  return shorten(text, maxLength).replace(unprintable, escaped);
}

/**
 * A value from the table, quoted for a message: JSON string syntax, every unprintable character as `\uXXXX`,
 * long text shortened.
 *
 *     quote('a\u202Eb') === '"a\\u202Eb"'
 */
export function quote(value: string, maxLength = 60): string {
  return JSON.stringify(shorten(value, maxLength)).replace(unprintable, escaped);
}

/** `U+202E` */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
