/** Text helpers every target's escaping builds on. */

import { type CommentStyle, commentStyles, editAdvice, generatedLine } from './header';
import { remembered } from './remembered';
import type { Model, ModelCode } from './build-model';
import { codeUrl } from '../reference/links';

/**
 * The code points that must never appear raw inside generated source: controls, invisible format characters, line
 * and paragraph separators, and lone surrogates (with the u flag a surrogate pair is one code point, so
 * [\uD800-\uDFFF] matches lone surrogates only). One expression for every escape table: compiling one is slow.
 */
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uD800-\uDFFF]/u;

/** Per escape table: its own characters (`listed`, a plain class), and every character to rewrite (`every`, global). */
const attentionPatterns = new WeakMap<Readonly<Record<string, string>>, { listed: RegExp; every: RegExp }>();

function attentionPattern(named: Readonly<Record<string, string>>): { listed: RegExp; every: RegExp } {
  let pattern = attentionPatterns.get(named);
  if (pattern === undefined) {
    const listed = Object.keys(named).map((char) => `\\u${hex(char.charCodeAt(0), 4)}`).join('');
    pattern = { listed: new RegExp(`[${listed}]`), every: new RegExp(`[${listed}]|${invisible.source}`, 'gu') };
    attentionPatterns.set(named, pattern);
  }
  return pattern;
}

/**
 * Escapes a string for a double-quoted literal, one code point at a time.
 * `named` maps characters with a short escape (`"` -> `\"`); every invisible code point goes through `unicode`.
 */
export function escapeCodePoints(
  text: string,
  named: Readonly<Record<string, string>>,
  unicode: (codePoint: number) => string,
): string {
  const { listed, every } = attentionPattern(named);
  // Most text has nothing to escape: two scans, and the string itself is returned.
  if (!listed.test(text) && !invisible.test(text)) return text;
  return text.replace(every, (char) => {
    const codePoint = char.codePointAt(0)!;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      throw new Error(`lone surrogate U+${hex(codePoint, 4)} cannot be written to source code (the validator should have rejected it)`);
    }
    return named[char] ?? unicode(codePoint);
  });
}

export function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).toUpperCase().padStart(width, '0');
}

/** `\uXXXX` for each UTF-16 unit of a code point (a surrogate pair above U+FFFF): how Kotlin and JSON spell it. */
export function utf16Escapes(codePoint: number): string {
  return String.fromCodePoint(codePoint)
    .split('')
    .map((unit) => `\\u${hex(unit.charCodeAt(0), 4)}`)
    .join('');
}

/**
 * Doc-comment lines as they follow the comment marker (`//`, ` *`, `///`): a space and the line, or nothing for a
 * blank line, so a template writes `//{{this}}` and a paragraph break leaves no trailing blank.
 */
export function afterCommentMarker(lines: readonly string[]): string[] {
  return lines.map((line) => (line === '' ? '' : ` ${line}`));
}

/** Splits text into comment lines: one per line of the text, trailing blanks removed. */
export function commentLines(text: string): string[] {
  return text.split('\n').map((line) => line.trimEnd());
}

/**
 * `afterCommentMarker(commentLines(text))`, computed once per text: Swift, TypeScript and Kotlin write the same lines
 * for a text their comment escaping leaves alone, which is nearly every text, so they share one array.
 */
export const markedCommentLines: (text: string) => readonly string[] = remembered((text) => afterCommentMarker(commentLines(text)));

/**
 * The doc comment text of a code in every language: its description, the solution as its own paragraph, then the
 * link to the code on its table's reference page (a bare URL, which every language's IDE shows as a link).
 */
export function codeDocText(description: string, solution: string, reference: string): string {
  const text = solution === '' ? description : `${description}\n\nSolution: ${solution}`;
  return `${text}\n\nReference: ${reference}`;
}

/** By model, then code: the link names the model's release, and two models may share the table's code objects. */
const docTexts = new WeakMap<Model, WeakMap<ModelCode, string>>();

/**
 * `codeDocText` of a code of `model`, linking to the code on its reference page: built once for every language that
 * writes it, so that `markedCommentLines` finds the lines another language made for the same string at once.
 */
export function codeDocTextOf(model: Model, code: ModelCode): string {
  let texts = docTexts.get(model);
  if (texts === undefined) docTexts.set(model, (texts = new WeakMap()));
  let text = texts.get(code);
  if (text === undefined) texts.set(code, (text = codeDocText(code.description, code.solution, codeUrl(model, code))));
  return text;
}

/**
 * A generated file's header in one comment style, as `templates/partials/header.hbs` arranges it: the line that marks
 * the file as generated from `tableFile`, then what to do instead of editing it.
 *
 * @example fileHeader('schema/xgpush-error-codes.json', 'slashes').generated
 * // '// Code generated by errtable from schema/xgpush-error-codes.json. DO NOT EDIT.'
 */
export function fileHeader(tableFile: string, style: CommentStyle): { generated: string; advice: string } {
  const comment = commentStyles[style];
  return { generated: comment(generatedLine(tableFile)), advice: comment(editAdvice(tableFile)) };
}
