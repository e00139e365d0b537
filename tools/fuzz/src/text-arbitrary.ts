import fc from 'fast-check';
import { isAllowedText, withoutForbiddenCharacters, withoutPomProblems } from './text-rules';
import { dangerousText, proseWords } from './words';

/** A piece of text: mostly dangerous fragments and prose, some random graphemes and code points. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...dangerousText) },
  { weight: 4, arbitrary: fc.constantFrom(...proseWords) },
  { weight: 1, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }).map(withoutForbiddenCharacters) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }).map(withoutForbiddenCharacters) },
);

/**
 * A very long string: one fragment repeated up to 70,000 code points (an emoji repeated that often is 280 kB of
 * UTF-8, past the 65,535-byte limit of a JVM class-file constant).
 */
const long: fc.Arbitrary<string> = fc
  .tuple(piece, fc.integer({ min: 1_000, max: 70_000 }))
  .map(([fragment, length]) => (fragment === '' ? 'x' : fragment).repeat(Math.ceil(length / Math.max(1, [...fragment].length))));

/** Text a table may hold: dangerous fragments mixed with ordinary text. Never rejected by the text rules. */
export function allowedText(optional = false): fc.Arbitrary<string> {
  const short = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(''));
  const text = fc.oneof({ weight: 80, arbitrary: short }, { weight: 1, arbitrary: fc.tuple(short, long, short).map((pieces) => pieces.join('')) });
  const required = text.map((value) => (isAllowedText(value) ? value : `${value}x`));
  if (!optional) return required;
  return fc.oneof({ weight: 1, arbitrary: fc.constant('') }, { weight: 3, arbitrary: text.map((value) => (isAllowedText(value, true) ? value : '')) });
}

/**
 * Text the title may hold: allowed text without what pom.xml cannot show (U+FFFE, U+FFFF, `${`). The other
 * noncharacters and every other dangerous fragment stay.
 */
export function allowedPomText(): fc.Arbitrary<string> {
  return allowedText().map((value) => {
    const kept = withoutPomProblems(value);
    return isAllowedText(kept) ? kept : `${kept}x`;
  });
}
