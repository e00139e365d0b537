import { describe, expect, it } from 'vitest';
import { fixedGroupProblems, fixedGroupsJson, type TableGroup } from './fixed-groups';

const a: TableGroup = { tableId: 'a', names: ['@x/a', '@x/a-go'] };
const b: TableGroup = { tableId: 'b', names: ['@x/b', '@x/b-go'] };

describe('fixedGroupProblems', () => {
  it('accepts one group per table in any order', () => {
    expect(fixedGroupProblems([['@x/b-go', '@x/b'], ['@x/a', '@x/a-go']], [a, b])).toEqual([]);
  });

  it('names a table added without its group', () => {
    expect(fixedGroupProblems([['@x/a', '@x/a-go']], [a, b])).toEqual([{ tableId: 'b', message: 'Table b has no fixed group; add ["@x/b", "@x/b-go"].' }]);
  });

  it('names a stale group of a removed table', () => {
    expect(fixedGroupProblems([['@x/a', '@x/a-go'], ['@x/gone', '@x/gone-go']], [a])).toEqual([
      { message: 'The fixed group ["@x/gone", "@x/gone-go"] names no package of any table (a table or language removed?); remove it.' },
    ]);
  });

  it('names a language missing from a group, and a package that is not the table’s', () => {
    expect(fixedGroupProblems([['@x/a', '@x/b-go', '@x/old-kotlin'], ['@x/b']], [a, b])).toEqual([
      {
        tableId: 'a',
        message:
          'The fixed group of table a lacks "@x/a-go"; also names "@x/b-go", a package of table b: a table\'s group holds only its own packages; also names "@x/old-kotlin", a package of no table: remove it.',
      },
      { tableId: 'b', message: 'The packages of table b are split across 2 fixed groups; merge them into one: ["@x/b", "@x/b-go"].' },
    ]);
  });

  it('prints the groups that match the tables', () => {
    expect(JSON.parse(fixedGroupsJson([a, b]))).toEqual([a.names, b.names]);
  });
});
