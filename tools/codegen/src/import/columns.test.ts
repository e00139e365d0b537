import { describe, expect, it } from 'vitest';
import { columnLayout, roleOf } from './columns';

describe('columnLayout', () => {
  it('reads three columns and two, in English and Chinese, ignoring case and a trailing colon', () => {
    expect(columnLayout(['Value', 'Description', 'Solution'])).toEqual({ ok: true, layout: { code: 0, description: 1, solution: 2 } });
    expect(columnLayout(['错误码', '原因以及解决办法'])).toEqual({ ok: true, layout: { code: 0, description: 1 } });
    expect(columnLayout(['Meaning', 'ERROR CODE:', 'Debugging method'])).toEqual({ ok: true, layout: { code: 1, description: 0, solution: 2 } });
    expect(roleOf('值')).toBe('code');
    expect(roleOf('可采取措施')).toBe('solution');
  });

  it('refuses a column it does not know, a kind of text twice, and a table without text', () => {
    expect(columnLayout(['Value', 'Name', 'Description'])).toMatchObject({ ok: false, column: 1, message: 'the column "Name" is not one the importer knows' });
    expect(columnLayout(['Code', 'Cause and solution', 'Solution'])).toMatchObject({ ok: false, column: 2, message: 'the column "Solution" holds what column 2 "Cause and solution" holds' });
    expect(columnLayout(['Code'])).toMatchObject({ ok: false, message: 'the table has a code column but no column of text' });
  });
});
