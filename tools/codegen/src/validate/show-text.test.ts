import { describe, expect, it } from 'vitest';
import { type Diagnostic, formatDiagnostic } from './diagnostic';
import { formatReport } from './report';
import { quote, shorten, showText } from './show-text';

describe('showText and quote, the one way text from outside is shown', () => {
  it('escape what a terminal would obey or hide: escape sequences, bidi controls, separators, astral format characters', () => {
    expect(showText('a\u001B[31mb\u202Ec\u2028d\u{E0041}')).toBe('a\\u001B[31mb\\u202Ec\\u2028d\\uDB40\\uDC41');
    expect(quote('a\u001B[31mb\u202E')).toBe('"a\\u001b[31mb\\u202E"'); // the controls as JSON.stringify writes them
  });

  it('shorten long text with an ellipsis, at a character boundary, without reading all of it', () => {
    expect(shorten('x'.repeat(100_000), 60)).toBe(`${'x'.repeat(60)}…`);
    expect(shorten('😀'.repeat(3), 2)).toBe('😀😀…');
    expect(shorten('😀😀', 2)).toBe('😀😀');
    expect(showText('x'.repeat(100_000), 60)).toHaveLength(61);
  });
});

describe('a diagnostic about a file whose name or keys hold escape codes or go on and on', () => {
  const diagnostic: Diagnostic = {
    severity: 'error',
    rule: 'schema',
    pointer: `/${'k'.repeat(100_000)}/a\u001B]8;;x\u0007`,
    message: 'unknown property',
    hint: 'Remove it',
    file: 'evil\u001B[2J\u001B[31m.json',
    line: 3,
    column: 3,
  };

  it('shows the file name and every key escaped, and each key shortened: nothing raw reaches the terminal', () => {
    const line = formatDiagnostic(diagnostic);
    expect(line).toBe(`evil\\u001B[2J\\u001B[31m.json:3:3 /${'k'.repeat(60)}…/a\\u001B]8;;x\\u0007: unknown property. Remove it.`);
    expect(formatReport([diagnostic]).split('\n').at(-1)).toBe('evil\\u001B[2J\\u001B[31m.json: 1 error, 0 warnings.');
    expect(formatReport([diagnostic])).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/u);
  });
});
