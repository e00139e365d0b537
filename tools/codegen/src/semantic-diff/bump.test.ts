import { describe, expect, it } from 'vitest';
import { bumpBetween, strongestBump } from './bump';

describe('bumps', () => {
  it('names the bump between two versions', () => {
    expect(bumpBetween('1.2.3', '2.0.0')).toBe('major');
    expect(bumpBetween('0.1.0', '0.2.0')).toBe('minor');
    expect(bumpBetween('1.2.3', '1.2.4')).toBe('patch');
    expect(bumpBetween('1.2.3', '1.2.3')).toBeUndefined();
  });

  it('picks the strongest bump, none when empty', () => {
    expect(strongestBump(['patch', undefined, 'minor'])).toBe('minor');
    expect(strongestBump([])).toBeUndefined();
  });
});
