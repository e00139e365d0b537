import { describe, expect, it } from 'vitest';
import { compactId, defaultCompanionName, defaultTypeName, repositoryPath } from './default-names';

describe('names a table gets from its id', () => {
  it.each([
    ['xgpush-error-codes', 'XgpushErrorCode', 'XgpushError'],
    ['tpns-android-client-return-codes', 'TpnsAndroidClientReturnCode', 'TpnsAndroidClientReturnError'],
    ['acme-billing-errors', 'AcmeBillingErrorCode', 'AcmeBillingError'],
    ['http-status', 'HttpStatusCode', 'HttpStatusError'],
    ['table', 'TableCode', 'TableError'],
  ])('%s: type %s, error %s', (id, typeName, errorName) => {
    expect(defaultTypeName(id)).toBe(typeName);
    expect(defaultCompanionName(id, 'Error')).toBe(errorName);
  });

  it('a package name of one lower-case word, and the repository path and owner from its URL', () => {
    expect(compactId('tpns-android-client-return-codes')).toBe('tpnsandroidclientreturncodes');
    expect(repositoryPath('https://github.com/ErrTable/errtable.git')).toEqual({ hostPath: 'github.com/ErrTable/errtable', owner: 'errtable' });
    expect(repositoryPath('https://gitlab.example.org/group/sub/repo/')).toEqual({ hostPath: 'gitlab.example.org/group/sub/repo', owner: 'group' });
  });
});
