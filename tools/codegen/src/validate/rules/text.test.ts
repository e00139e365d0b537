import { describe, expect, it } from 'vitest';
import { ruleInput } from '../../test-support/rule-input';
import type { RuleInput } from '../rule-input';
import { noControlCharacters, noMavenInterpolation, pomTextIsValidXml } from './text';

function inputWith(texts: readonly string[]): RuleInput {
  return ruleInput({ table: {}, strings: texts.map((text, index) => ({ pointer: `/s/${index}`, text })) });
}

describe('noControlCharacters', () => {
  it('flags exactly the controls but the line feed, and the line and paragraph separators, of every UTF-16 code unit', () => {
    const units = Array.from({ length: 0x10000 }, (_, unit) => String.fromCharCode(unit));
    const flagged = noControlCharacters(inputWith(units)).map(({ pointer }) => units[Number(pointer.slice('/s/'.length))]);
    expect(flagged).toEqual(units.filter((unit) => /(?!\n)[\p{Cc}\u2028\u2029]/u.test(unit)));
  });

  it('names the first one in a string', () => {
    expect(noControlCharacters(inputWith(['a\nb\tc\rd']))).toMatchObject([{ message: 'contains a tab (U+0009)' }]);
  });
});

describe('pomTextIsValidXml', () => {
  const pomInput = (title: string, repository = 'https://example.org/x'): RuleInput => ruleInput({ table: { title, repository } });

  it('flags U+FFFE and U+FFFF in the title and the repository, which XML refuses, and nothing XML accepts', () => {
    expect(pomTextIsValidXml(pomInput('Bounds\uFFFF')).map(({ pointer, message }) => [pointer, message.slice(0, 17)])).toEqual([['/title', 'contains U+FFFF, ']]);
    expect(pomTextIsValidXml(pomInput('a', 'https://example.org/\uFFFE')).map(({ pointer }) => pointer)).toEqual(['/repository']);
    expect(pomTextIsValidXml(pomInput('\uFDD0\uFFFD\u{1FFFF}\u{10FFFD} 中文 😀'))).toEqual([]);
  });
});

describe('noMavenInterpolation', () => {
  it('flags ${ in the texts pom.xml shows, the title and the repository, and nowhere else', () => {
    const input = (title: string, repository: string): RuleInput => ruleInput({ table: { title, repository, source: '${x}' }, strings: [{ pointer: '/source', text: '${x}' }] });
    expect(noMavenInterpolation(input('${project.name} codes', 'https://example.org/${user.name}')).map(({ pointer }) => pointer)).toEqual(['/title', '/repository']);
    expect(noMavenInterpolation(input('Costs $5 {per} call', 'https://example.org/$x/{y}'))).toEqual([]);
  });
});
