import { describe, expect, it } from 'vitest';
import { goDocParagraph } from './escaping';

describe('goDocParagraph', () => {
  it.each([
    ['one line, trimmed', '  Token expired  ', 'Token expired'],
    ['lines joined by one space, blank ones dropped', 'First line \n\n  second line\n', 'First line second line'],
    ['gofmt\'s quote pairs written as typographic quotes', 'Use ``quoted\'\' text', 'Use \u201Cquoted\u201D text'],
    ['invisible characters shown as \\u escapes', 'a\u200Bb\u2028c', 'a\\u200Bb\\u2028c'],
    ['a byte-order mark inside the text', 'x\uFEFFy', 'x\\uFEFFy'],
    ['nothing but spaces', '   ', ''],
  ])('%s', (_, text, paragraph) => {
    expect(goDocParagraph(text)).toBe(paragraph);
  });
});
