import { codePointLabel } from './show-text';

/** Capital and small letters of Cyrillic and Greek that look like Latin ones, as a name pasted from such a text has them. */
const latinLookalikes: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o',
};

/** The text with its accents dropped (`über` -> `uber`) and its Latin look-alikes made Latin, for a suggested spelling. */
export function latinized(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\u0000-\u007f]/g, (char) => latinLookalikes[char] ?? char);
}

/** The characters of `text` outside ASCII, each once, as `U+041E`: what an eye cannot tell from a Latin letter. */
export function nonAsciiCodePoints(text: string): string[] {
  return [...new Set([...text].filter((char) => char.codePointAt(0)! > 0x7f))].map(codePointLabel);
}
