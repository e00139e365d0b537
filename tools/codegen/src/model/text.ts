/** Text helpers every target's escaping builds on. */

/** Code points that must never appear raw inside generated source: controls, invisible format characters, line separators. */
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export function isInvisible(char: string): boolean {
  return invisible.test(char);
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
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    if (codePoint >= 0xd800 && codePoint <= 0xdfff) {
      throw new Error(`lone surrogate U+${hex(codePoint, 4)} cannot be written to source code (the validator should have rejected it)`);
    }
    out += named[char] ?? (isInvisible(char) ? unicode(codePoint) : char);
  }
  return out;
}

export function hex(codePoint: number, width: number): string {
  return codePoint.toString(16).toUpperCase().padStart(width, '0');
}

/** Splits text into comment lines: one per line of the text, trailing blanks removed. */
export function commentLines(text: string): string[] {
  return text.split('\n').map((line) => line.trimEnd());
}

/** The doc comment text of a code in every language: its description, then the solution as its own paragraph. */
export function codeDocText(description: string, solution: string): string {
  return solution === '' ? description : `${description}\n\nSolution: ${solution}`;
}
