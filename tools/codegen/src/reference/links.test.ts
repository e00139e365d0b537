import { describe, expect, it } from 'vitest';
import { codeAnchor, codeUrl, indexAnchor, tablePageUrl, tableReleaseTag } from './links';

const release = { id: 'xgpush-error-codes', repository: 'https://github.com/errtable/errtable', version: '1.2.0' };

describe('links to the reference pages', () => {
  it("anchors a code as GitHub anchors its heading `### 48 \\`NAME\\``", () => {
    expect(codeAnchor({ code: 48, name: 'ACCOUNT_NOT_BOUND_TO_TOKEN' })).toBe('48-account_not_bound_to_token');
    expect(codeAnchor({ code: -105, name: 'REQUESTS_TOO_FREQUENT' })).toBe('-105-requests_too_frequent');
  });

  it('qualifies the HTML page anchor with the table, which shares the page with others', () => {
    expect(indexAnchor('xgpush-error-codes', -105)).toBe('xgpush-error-codes/-105');
  });

  it("links the page at the table's release tag, from the repository however it is written", () => {
    const page = 'https://github.com/errtable/errtable/blob/tables/xgpush-error-codes/v1.2.0/docs/reference/xgpush-error-codes.md';
    expect(tableReleaseTag('xgpush-error-codes', '1.2.0')).toBe('tables/xgpush-error-codes/v1.2.0');
    expect(tablePageUrl(release)).toBe(page);
    expect(tablePageUrl({ ...release, repository: 'https://github.com/errtable/errtable.git' })).toBe(page);
    expect(tablePageUrl({ ...release, repository: 'https://github.com/errtable/errtable/' })).toBe(page);
    expect(codeUrl(release, { code: 48, name: 'ACCOUNT_NOT_BOUND_TO_TOKEN' })).toBe(`${page}#48-account_not_bound_to_token`);
  });
});
