import type { CodeRow } from '../table';
import { describe, expect, it } from 'vitest';
import { diffCodes } from './diff-codes';

const row = (code: number, name: string, extra: Partial<CodeRow> = {}): CodeRow => ({
  code,
  name,
  description: `${name} happened`,
  solution: '',
  retryable: false,
  category: 'internal',
  ...extra,
});

describe('diffCodes', () => {
  it('reports a name moved to another number once, as a major renumbering', () => {
    expect(diffCodes([row(48, 'A')], [row(49, 'A')])).toEqual([{ bump: 'major', summary: 'Renumbered A from 48 to 49' }]);
  });

  it('reports a number under a new name as a major rename', () => {
    expect(diffCodes([row(48, 'A')], [row(48, 'B', { description: 'A happened' })])).toEqual([
      { bump: 'major', summary: 'Renamed 48 A to B' },
    ]);
  });

  it('pairs swapped numbers by name, without spurious text changes', () => {
    expect(diffCodes([row(1, 'A'), row(2, 'B')], [row(2, 'A'), row(1, 'B')])).toEqual([
      { bump: 'major', summary: 'Renumbered A from 1 to 2' },
      { bump: 'major', summary: 'Renumbered B from 2 to 1' },
    ]);
  });

  it('reports a reused number of a removed name as a removal and an addition when the new name already existed', () => {
    expect(diffCodes([row(1, 'A'), row(2, 'B')], [row(1, 'B')])).toEqual([
      { bump: 'major', summary: 'Removed 1 A' },
      { bump: 'major', summary: 'Renumbered B from 2 to 1' },
    ]);
  });

  it('treats a new deprecation as minor and a changed deprecation note as patch', () => {
    const deprecated = row(7, 'OLD', { deprecated: { message: 'Gone.', replacement: 'NEW' } });
    expect(diffCodes([row(7, 'OLD')], [deprecated])).toEqual([{ bump: 'minor', summary: 'Deprecated 7 OLD (use NEW)' }]);
    const reworded = row(7, 'OLD', { deprecated: { message: 'Going away.', replacement: 'NEW' } });
    expect(diffCodes([deprecated], [reworded])).toEqual([{ bump: 'patch', summary: 'Changed the deprecation note of 7 OLD' }]);
  });

  it('treats retryable and category changes as patch', () => {
    expect(diffCodes([row(15, 'BUSY')], [row(15, 'BUSY', { retryable: true, category: 'unavailable' })])).toEqual([
      { bump: 'patch', summary: '15 BUSY is now retryable' },
      { bump: 'patch', summary: 'Moved 15 BUSY from category internal to unavailable' },
    ]);
  });
});
