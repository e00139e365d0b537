import { describe, expect, it } from 'vitest';
import { typescriptString, typescriptTemplateText } from './escaping';

/** What a template literal holding `text` evaluates to. */
function templateValue(text: string): unknown {
  return new Function(`return \`${text}\`;`)();
}

describe('typescriptTemplateText', () => {
  it.each([
    ['plain lines, kept as lines', 'first\n  second'],
    ['a backtick and an interpolation', 'a`b ${c} $d {e}'],
    ['backslashes, tabs and carriage returns', 'C:\\path\\n\tx\r\n'],
    ['invisible characters', 'a\u200Bb\u2028c\u0000'],
    ['text of another script', '参数错误'],
  ])('%s: the literal holds the text itself', (_, text) => {
    expect(templateValue(typescriptTemplateText(text))).toBe(text);
  });

  it('keeps a line break as a line break, and shows invisible characters as escapes', () => {
    expect(typescriptTemplateText('a\nb\u200B')).toBe('a\nb\\u{200B}');
  });
});

describe('typescriptString', () => {
  it.each(['a"b', 'line\nbreak', 'back\\slash', '\u2028', 'x\uFEFFy'])('%j round-trips through a string literal', (text) => {
    expect(new Function(`return ${typescriptString(text)};`)()).toBe(text);
  });
});
