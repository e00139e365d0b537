import { afterAll, describe, expect, it } from 'vitest';
import { commitAll, makeReleaseRepo, removeTempRepos, run, setPackageVersions, tablePath, writeRepoFile } from '../test-support/temp-repo';
import { tagRelease } from './tag-release';

afterAll(removeTempRepos);

const tags = (repo: string): string[] => run(repo, 'git', ['tag', '--list']).split('\n').filter(Boolean).sort();

describe('tagRelease', () => {
  it('creates exactly the Go and SwiftPM tags at HEAD and pushes nothing', () => {
    const repo = makeReleaseRepo('1.2.0', { tagged: false });
    run(repo, 'git', ['tag', '@errtable/xgpush-error-codes@1.2.0']); // what `changeset publish` leaves behind
    const result = tagRelease(repo, tablePath);
    expect(result).toEqual({
      version: '1.2.0',
      created: ['packages/go/v1.2.0', '1.2.0'],
      existing: [],
      pushCommand: 'git push origin 1.2.0 @errtable/xgpush-error-codes@1.2.0 packages/go/v1.2.0',
    });
    expect(tags(repo)).toEqual(['1.2.0', '@errtable/xgpush-error-codes@1.2.0', 'packages/go/v1.2.0']);
    expect(run(repo, 'git', ['remote'])).toBe('');
  });

  it('is idempotent at HEAD', () => {
    const repo = makeReleaseRepo('1.2.0', { tagged: false });
    tagRelease(repo, tablePath);
    expect(tagRelease(repo, tablePath)).toMatchObject({ created: [], existing: ['packages/go/v1.2.0', '1.2.0'] });
  });

  it('refuses to move a tag of an earlier commit', () => {
    const repo = makeReleaseRepo('1.2.0', { tagged: true });
    writeRepoFile(repo, 'notes.txt', 'later\n');
    commitAll(repo, 'later');
    expect(() => tagRelease(repo, tablePath)).toThrow(/tag 1\.2\.0 already exists at \w+, not at HEAD/);
    expect(tags(repo)).toEqual(['1.2.0']);
  });

  it('refuses uncommitted versions', () => {
    const repo = makeReleaseRepo('1.2.0', { tagged: false });
    setPackageVersions(repo, '1.3.0');
    expect(() => tagRelease(repo, tablePath)).toThrow(/uncommitted changes would not be part of the tagged release/);
    expect(tags(repo)).toEqual([]);
  });

  it('refuses a v2 whose go.mod lacks the /v2 module path', () => {
    const repo = makeReleaseRepo('2.0.0', { tagged: false });
    expect(() => tagRelease(repo, tablePath)).toThrow(
      'packages/go/go.mod declares module github.com/errtable/errtable/packages/go, but version 2.0.0 needs github.com/errtable/errtable/packages/go/v2. Run `npm run generate` and commit.',
    );
  });
});
