import { afterAll, describe, expect, it } from 'vitest';
import { lastSwiftRelease, lastTableRelease } from './release-tags';
import { makeLegacyRepo, makeReleaseRepo, migrateToManyTables, removeTempRepos, run, tagAsReleased, tpns, xgpush } from './test-support/temp-repo';

afterAll(removeTempRepos);

describe('the last release of a table', () => {
  it('is its highest tables/<id>/vX.Y.Z tag reachable from HEAD', () => {
    const repo = makeReleaseRepo('1.0.0', { tagged: true });
    run(repo, 'git', ['commit', '--quiet', '--allow-empty', '--message', 'later']);
    tagAsReleased(repo, [tpns], '1.1.0');
    run(repo, 'git', ['tag', 'tables/tpns-android-client-return-codes/v1.2.0-rc.1']);
    expect(lastTableRelease(repo, tpns)).toMatchObject({ tag: 'tables/tpns-android-client-return-codes/v1.1.0', version: '1.1.0', path: 'schema/tables/tpns-android-client-return-codes.json' });
    expect(lastTableRelease(repo, xgpush)).toMatchObject({ tag: 'tables/xgpush-error-codes/v1.0.0', version: '1.0.0' });
    expect(lastSwiftRelease(repo)).toBe('1.1.0');
  });

  it('is the plain X.Y.Z tag of the single-table layout, with the table at its old path, until the table has its own', () => {
    const repo = makeLegacyRepo('1.2.0');
    migrateToManyTables(repo, '1.2.0');
    expect(lastTableRelease(repo, xgpush)).toMatchObject({ tag: '1.2.0', version: '1.2.0', path: 'schema/xgpush-error-codes.json' });
    expect(lastTableRelease(repo, tpns)).toBeUndefined();
    tagAsReleased(repo, [tpns], '0.1.0', '1.3.0');
    // A Swift release of the new layout is no release of a table that did not change.
    expect(lastTableRelease(repo, xgpush)).toMatchObject({ tag: '1.2.0' });
  });

  it('is none before the first release', () => {
    const repo = makeReleaseRepo('0.1.0', { tagged: false });
    expect(lastTableRelease(repo, xgpush)).toBeUndefined();
    expect(lastSwiftRelease(repo)).toBeUndefined();
  });
});
