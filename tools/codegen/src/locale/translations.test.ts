import { describe, expect, it } from 'vitest';
import type { Translation } from '../table';
import { coverageOf, formatCoverage, resolveTexts } from './translations';

const translations: Record<string, Translation> = {
  'zh-Hans': { origin: 'vendor', source: 'doc', fallback: { description: '未知' }, codes: { '1': { description: '一', solution: '解' }, '2': { description: '二' } } },
  'zh-Hans-SG': { origin: 'project', source: 'us', codes: { '2': { solution: '新' }, '3': { description: '三' } } },
};
const rows = [
  { code: 1, name: 'ONE', description: 'one', solution: 'fix' },
  { code: 2, name: 'TWO', description: 'two', solution: 'do' },
  { code: 3, name: 'THREE', description: 'three', solution: '' },
];

describe('resolveTexts', () => {
  it('fills a translation in, field by field, from the less specific one the table has', () => {
    const texts = resolveTexts('zh-Hans-SG', translations);
    expect(texts.fallback).toEqual({ description: '未知' });
    expect(Object.fromEntries(texts.codes)).toEqual({ '1': { description: '一', solution: '解' }, '2': { description: '二', solution: '新' }, '3': { description: '三' } });
  });

  it('takes nothing from a more specific translation', () => {
    expect(resolveTexts('zh-Hans', translations).codes.has('3')).toBe(false);
  });
});

describe('coverageOf', () => {
  it('counts every description and every solution the default language has, and names what is missing', () => {
    const coverage = coverageOf('zh-Hans', translations, rows, { description: 'unknown', solution: 'call us' });
    expect(coverage).toEqual({
      locale: 'zh-Hans',
      origin: 'vendor',
      translated: 4,
      total: 7,
      missing: ['the solution of 2 TWO', 'the description of 3 THREE', 'the solution of the fallback'],
    });
    expect(formatCoverage(coverage)).toBe("zh-Hans: 4 of 7 texts (57%), the vendor's own");
  });

  it('counts what a translation inherits', () => {
    const coverage = coverageOf('zh-Hans-SG', translations, rows, { description: 'unknown', solution: '' });
    expect([coverage.translated, coverage.total]).toEqual([6, 6]);
    expect(formatCoverage(coverage)).toBe('zh-Hans-SG: 6 of 6 texts (100%), written by this project');
  });
});
