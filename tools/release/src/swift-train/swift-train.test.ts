import { describe, expect, it } from 'vitest';
import { bundledTable, tpns, xgpush } from '../test-support/temp-repo';
import { removedSwiftLibraries, swiftLibraries, type SwiftTrainInput, swiftTrainBump, swiftTrainReasons } from './swift-train';

const input = (overrides: Partial<SwiftTrainInput>): SwiftTrainInput => ({ id: xgpush, table: bundledTable(xgpush), released: true, changes: [], versioned: false, ...overrides });

describe('what the tables ask of the Swift train', () => {
  it('takes the bump of the changes that reach Swift', () => {
    const reasons = swiftTrainReasons([input({ changes: [{ bump: 'minor', summary: 'Added 93 TOO_MANY_X' }], versioned: true })], []);
    expect(reasons).toEqual([{ bump: 'minor', summary: 'XGPushErrorCodes: the changes of table xgpush-error-codes need a minor bump' }]);
  });

  it('needs only a patch for a major change confined to another language: the Swift sources change by their version only', () => {
    const goOnly = { bump: 'major' as const, summary: 'Changed packages.go.module', target: 'go' };
    expect(swiftTrainBump(swiftTrainReasons([input({ changes: [goOnly], versioned: true })], []))).toBe('patch');
    expect(swiftTrainBump(swiftTrainReasons([input({ changes: [{ ...goOnly, target: 'swift' }], versioned: true })], []))).toBe('major');
  });

  it('needs a minor for a new library and a major for a removed one', () => {
    const reasons = swiftTrainReasons([input({ id: tpns, table: bundledTable(tpns), released: false })], ['OldErrorCodes']);
    expect(reasons).toEqual([
      { bump: 'major', summary: 'Removed the Swift library OldErrorCodes' },
      { bump: 'minor', summary: 'Added the Swift library TPNSAndroidReturnCodes (table tpns-android-client-return-codes)' },
    ]);
  });

  it('ignores tables without Swift and tables with nothing to release', () => {
    const noSwift = { ...bundledTable(xgpush), languages: ['typescript', 'go'] };
    expect(swiftTrainReasons([input({ table: noSwift, released: false }), input({})], [])).toEqual([]);
  });

  it('finds the libraries no table has any more', () => {
    const before = swiftLibraries([{ id: xgpush, table: bundledTable(xgpush) }, { id: tpns, table: bundledTable(tpns) }]);
    const now = swiftLibraries([{ id: xgpush, table: bundledTable(xgpush) }, { id: tpns, table: { ...bundledTable(tpns), languages: ['go'] } }]);
    expect(removedSwiftLibraries(before, now)).toEqual(['TPNSAndroidReturnCodes']);
  });
});
