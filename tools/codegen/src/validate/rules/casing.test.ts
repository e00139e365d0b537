import { afterEach, describe, expect, it, vi } from 'vitest';
import { targets } from '../../targets/registry';
import type { PackageCoordinates } from '../../table';
import type { RuleInput } from '../rule-input';
import { namesDifferByMoreThanUnderscores, noCollisionAfterCasing } from './casing';

const packages: PackageCoordinates = {
  typescript: { packageName: '@x/codes', typeName: 'XCode', errorName: 'XError' },
  go: { module: 'example.com/x/go', packageName: 'xerr' },
  kotlin: { groupId: 'com.example', artifactId: 'x-codes', packageName: 'com.example.x', typeName: 'XCode', exceptionName: 'XException' },
  swift: { packageName: 'XCodes', moduleName: 'XCodes', typeName: 'XCode' },
};

function inputWithNames(names: readonly string[]): RuleInput {
  return { table: { packages }, rows: names.map((name, index) => ({ name, index })), strings: [], lineOf: () => 1 };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the casing rules', () => {
  it('spell each name once per language for both rules together', () => {
    const spies = targets.map((target) => vi.spyOn(target, 'memberName'));
    const input = inputWithNames(['TOKEN_EXPIRED', 'TOKENEXPIRED', 'QUOTA', 'HTTP_2_ERROR']);
    noCollisionAfterCasing(input);
    namesDifferByMoreThanUnderscores(input);
    for (const spy of spies) expect(spy.mock.calls.map(([name]) => name)).toEqual(['TOKEN_EXPIRED', 'TOKENEXPIRED', 'QUOTA', 'HTTP_2_ERROR']);
  });

  it('report a collision once, and do not also warn about it as differing by underscores', () => {
    const input = inputWithNames(['HTTP_2_ERROR', 'HTTP2_ERROR', 'TOKEN_EXPIRED', 'TOKENEXPIRED']);
    expect(noCollisionAfterCasing(input).map(({ pointer }) => pointer)).toEqual(['/codes/1/name']);
    expect(namesDifferByMoreThanUnderscores(input).map(({ pointer }) => pointer)).toEqual(['/codes/3/name']);
  });
});
