import { codePointLabel, quote } from '../show-text';
import type { RuleInput, StringValue } from '../rule-input';
import { error, type Rule, warning } from './rule';

/** The free-text fields, the translations' included; the solutions may be empty (the vendor gave none). */
const textField =
  /^\/(title|source|fallback\/(description|solution)|codes\/\d+\/(description|solution|deprecated\/message)|translations\/[^/]+\/(source|(fallback|codes\/[^/]+)\/(description|solution)))$/;
const optionalTextField = /\/solution$/;

/** Whitespace, and characters that show nothing: controls, format characters (zero-width space, BOM...), separators. */
const invisible = /^[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u;

/**
 * Text that shows nothing. The schema already rejects "" and plain whitespace in required text; this also catches
 * text made of invisible characters, and a solution of spaces (write "" when the vendor gives none).
 */
export const noBlankText: Rule = (input) =>
  input.strings
    // The text first: a pointer is built in pieces, and testing it against a pattern would join every one of them.
    .filter(({ pointer, text }) => invisible.test(text) && textField.test(pointer) && !(text === '' && optionalTextField.test(pointer)))
    .map(({ pointer, text }) =>
      optionalTextField.test(pointer)
        ? error('noBlankText', pointer, `${quote(text)} shows nothing`, 'Write the solution, or leave it empty ("") when the vendor gives none')
        : error('noBlankText', pointer, `${quote(text)} shows nothing`, 'Write the text as the vendor documents it'),
    );

/** Reports the first character of each string that matches `pattern` (a regular expression without the g flag). */
function firstMatches(strings: readonly StringValue[], pattern: RegExp): { pointer: string; text: string; found: string }[] {
  const matches: { pointer: string; text: string; found: string }[] = [];
  for (const { pointer, text } of strings) {
    const found = pattern.exec(text)?.[0];
    if (found !== undefined) matches.push({ pointer, text, found });
  }
  return matches;
}

/**
 * Controls other than the line feed, and the Unicode line separators that break single-line literals. The controls
 * (\p{Cc}, fixed by Unicode's stability policy) are spelt out: excluding the line feed with a lookahead made this the
 * slowest check of a large table.
 */
const controlCharacter = /[\0-\t\v-\x1F\x7F-\x9F\u2028\u2029]/u;
const controlNames: Readonly<Record<string, string>> = { '\t': 'a tab', '\r': 'a carriage return', '\0': 'a NUL' };

export const noControlCharacters: Rule = (input) =>
  firstMatches(input.strings, controlCharacter).map(({ pointer, found }) =>
    error(
      'noControlCharacters',
      pointer,
      `contains ${controlNames[found] ?? 'the control character'} (${codePointLabel(found)})`,
      found === '\r' ? 'Write line breaks as \\n alone' : 'Remove it; the only control character allowed is the line break (\\n)',
    ),
  );

export const wellFormedUnicode: Rule = (input) =>
  input.strings
    .filter(({ text }) => !text.isWellFormed())
    .map(({ pointer }) => error('wellFormedUnicode', pointer, 'contains a lone surrogate (a \\uD800-\\uDFFF escape without its pair)', 'Write the character itself, or both halves of its surrogate pair'));

/**
 * Embeddings, overrides and isolates, which make source code display in another order than compilers read it
 * (Trojan Source, CVE-2021-42574). Right-to-left and left-to-right marks are ordinary in bidirectional text.
 */
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/u;

export const noBidiControls: Rule = (input) =>
  firstMatches(input.strings, bidiControl).map(({ pointer, found }) =>
    error('noBidiControls', pointer, `contains the bidirectional control ${codePointLabel(found)}`, 'Remove it: it can make generated source display differently from what compilers read'),
  );

/**
 * Format characters that show nothing and do nothing in ordinary text: the zero-width space, the word joiner and
 * the invisible operators, a byte order mark inside the text, the soft hyphen, the Mongolian vowel separator. Text
 * copied from a web page brings them; a search for the text as one reads it then misses it, and every language's
 * output carries them unseen. The joiners (U+200C, U+200D) and the direction marks (U+200E, U+200F) are left alone:
 * scripts and emoji need them.
 */
const invisibleCharacter = /[\u00AD\u180E\u200B\u2060-\u2064\uFEFF]/u;

export const noInvisibleCharacters: Rule = (input) =>
  // A text of nothing else is an error already (noBlankText).
  firstMatches(input.strings, invisibleCharacter)
    .filter(({ text }) => !invisible.test(text))
    .map(({ pointer, found }) =>
      warning('noInvisibleCharacters', pointer, `contains the invisible character ${codePointLabel(found)}`, 'Remove it: it shows nowhere, and a search for the text as one reads it does not find it'),
    );

/** U+FFFD is what a decoder puts where the bytes were not UTF-8: the file or the copied text was garbled. */
export const noReplacementCharacter: Rule = (input) =>
  firstMatches(input.strings, /\uFFFD/u).map(({ pointer }) =>
    error('noReplacementCharacter', pointer, 'contains U+FFFD, the mark of text that was not valid UTF-8', 'Save the table as UTF-8 and copy the text again from the source'),
  );

/** The texts Maven's pom.xml shows (the package's name and description, its URLs), as the schema accepted them. */
function pomTexts({ table }: RuleInput): { pointer: string; text: string }[] {
  const texts: { pointer: string; text: string }[] = [];
  if (table.title !== undefined) texts.push({ pointer: '/title', text: table.title });
  if (table.repository !== undefined) texts.push({ pointer: '/repository', text: table.repository });
  return texts;
}

/**
 * The noncharacters U+FFFE and U+FFFF, which XML 1.0 does not allow (its other exclusions, controls and lone
 * surrogates, are rejected in every text): in a title they make pom.xml unreadable, and Maven stops.
 */
export const pomTextIsValidXml: Rule = (input) =>
  firstMatches(pomTexts(input), /[\uFFFE\uFFFF]/).map(({ pointer, found }) =>
    error('pomTextIsValidXml', pointer, `contains ${codePointLabel(found)}, which is not a character XML allows, so Maven could not read pom.xml`, 'Remove it; it is a noncharacter, usually left by a broken conversion'),
  );

/**
 * Maven replaces `${...}` in pom.xml with a property (`${project.name}`, `${user.home}`), and a pom has no way to
 * escape it: the published name or URL would not be the table's.
 */
export const noMavenInterpolation: Rule = (input) =>
  pomTexts(input)
    .filter(({ text }) => text.includes('${'))
    .map(({ pointer }) => error('noMavenInterpolation', pointer, 'contains "${", which Maven replaces in pom.xml with the value of a property (as in ${project.name}); a pom has no escape for it', 'Remove the "$" or the braces'));
