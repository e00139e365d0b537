import { afterEach, describe, expect, it, vi } from 'vitest';
import { targets } from '../../targets/registry';
import { distinctFileNamesIgnoringCase } from '../../targets/kotlin/rules';
import { ruleInput, samplePackages as packages } from '../../test-support/rule-input';
import type { RuleInput } from '../rule-input';
import { namesDifferByMoreThanUnderscores, noCollisionAfterCasing } from './casing';

function inputWithNames(names: readonly string[]): RuleInput {
  return ruleInput({ rows: names.map((name, index) => ({ name, index })) });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the casing rules', () => {
  it('spell only the names that share their letters once underscores go, each once per language for both rules', () => {
    const spies = targets.map((target) => vi.spyOn(target, 'memberName'));
    const input = inputWithNames(['TOKEN_EXPIRED', 'TOKENEXPIRED', 'QUOTA', 'HTTP_2_ERROR']);
    noCollisionAfterCasing(input);
    namesDifferByMoreThanUnderscores(input);
    for (const spy of spies) expect(spy.mock.calls.map(([name]) => name)).toEqual(['TOKEN_EXPIRED', 'TOKENEXPIRED']);
  });

  /** Names a target treats specially: keywords, generated members, initialisms, digits. */
  const awkwardNames = [
    'DEFAULT', 'CLASS', 'TYPE', 'INIT', 'SELF', 'RAW_VALUE', 'DESCRIPTION', 'UNKNOWN', 'COMPANION', 'STRING', 'INFINITY', 'NA_N',
    'NAN', 'VERSION', 'CODE', 'CODES', 'CATEGORY', 'ERROR', 'X_CODE', 'X_EXCEPTION', 'X_CATEGORY', 'XCATEGORY', 'HTTP_2_ERROR',
    'MESSAGE_NOT_JSON', 'API_URL_ID', 'UTF8_XML', 'A', 'A1', 'A_1_B', 'IS_KNOWN', 'HASH_VALUE', 'ALL_CASES', 'IN', 'FUN', 'VAR',
  ];

  it.each(targets.map((target) => [target.label, target] as const))(
    '%s spells a name as its letters and digits re-cased, with at most a trailing _ or backticks (what the shortcut relies on)',
    (_, target) => {
      for (const name of awkwardNames) {
        const letters = target.memberName(name, packages).replace(/[_`]/g, '').toLowerCase();
        expect(letters, name).toBe(name.replaceAll('_', '').toLowerCase());
      }
    },
  );

  it('report a collision once, and do not also warn about it as differing by underscores', () => {
    const input = inputWithNames(['HTTP_2_ERROR', 'HTTP2_ERROR', 'TOKEN_EXPIRED', 'TOKENEXPIRED', 'STR_ING', 'STRING']);
    expect(noCollisionAfterCasing(input).map(({ pointer }) => pointer)).toEqual(['/codes/1/name']);
    expect(distinctFileNamesIgnoringCase(input).map(({ pointer }) => pointer)).toEqual(['/codes/3/name']);
    expect(namesDifferByMoreThanUnderscores(input).map(({ pointer }) => pointer)).toEqual(['/codes/5/name']);
  });

  it('reject names whose Kotlin objects, each a class file, differ only in case, also from the nested classes', () => {
    const input = inputWithNames(['PARAMETER_ERROR', 'PARAMETERERROR', 'UN_KNOWN', 'COM_PANION', 'QUOTA']);
    expect(distinctFileNamesIgnoringCase(input).map(({ pointer, message }) => [pointer, message.split(',')[0]])).toEqual([
      ['/codes/1/name', '"PARAMETERERROR" and "PARAMETER_ERROR" (at /codes/0/name'],
    ]);
    // UnKnown and CompAnion would share a file with the nested Unknown and Companion: they are escaped instead.
    expect(targets.find(({ id }) => id === 'kotlin')!.memberName('UN_KNOWN', packages)).toBe('UnKnown_');
    expect(targets.find(({ id }) => id === 'kotlin')!.memberName('COM_PANION', packages)).toBe('ComPanion_');
  });

  it('reject Kotlin type names that differ only in case, whose source and class files are one file on macOS', () => {
    const kotlin = { ...packages.kotlin, typeName: 'XCode', exceptionName: 'Xcode' };
    const input = ruleInput({ packages: { ...packages, kotlin } });
    expect(distinctFileNamesIgnoringCase(input).map(({ pointer }) => pointer)).toEqual(['/packages/kotlin/exceptionName']);
    const grouped = ruleInput({ packages: { ...packages, kotlin: { ...kotlin, exceptionName: 'XcodeGroup3' } } });
    expect(distinctFileNamesIgnoringCase(grouped).map(({ message }) => message)).toEqual([expect.stringContaining('XCodeGroup<n>')]);
  });
});
