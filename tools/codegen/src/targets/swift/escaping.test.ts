import { describe, expect, it } from 'vitest';
import { jsonString } from './escaping';

describe('jsonString: text for the JSON raw string literal the Swift file decodes', () => {
  it.each([
    ['plain text', 'Token expired'],
    ['what could end the raw literal or interpolate in it', 'say """# or \\#(x) or #"'],
    ['quotes, backslashes and line breaks', 'a "b" \\ c\nd\r\te'],
    ['invisible characters and line separators', 'zero\u200Bwidth\u2028line\u2029para\u0000nul\uFEFF'],
    ['characters above U+FFFF', 'emoji \u{1F600} and \u{10FFFF}'],
  ])('%s: decodes back to the same text, and holds no # and no raw line break', (_, text) => {
    const literal = jsonString(text);
    expect(JSON.parse(literal)).toBe(text);
    expect(literal).not.toMatch(/[#\n\r\u2028\u2029]/);
  });

  it('writes invisible characters above U+FFFF as a surrogate pair, as JSON spells them', () => {
    expect(jsonString('\u{E0001}')).toBe('"\\uDB40\\uDC01"');
  });
});
