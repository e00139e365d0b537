import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCases } from './count-cases';

describe('countCases', () => {
  it('counts the run cases up to the failing one, and the shrink steps after it apart', () => {
    const indices: (number | null)[] = [];
    const progress: { cases: number; shrinkSteps: number; shrinking: boolean }[] = [];
    let calls = 0;
    const { predicate, count } = countCases<number>(
      (value, index) => {
        calls += 1;
        indices.push(index);
        if (value > 1000) throw new Error('too big');
      },
      ({ cases, shrinkSteps }, shrinking) => progress.push({ cases, shrinkSteps, shrinking }),
    );
    const details = fc.check(fc.property(fc.integer({ min: 0, max: 1_000_000 }), predicate), { seed: 42, numRuns: 1000 });

    expect(details.failed).toBe(true);
    expect(details.numShrinks).toBeGreaterThan(0);
    // The run stopped at its first failing case: that many cases, not one per call.
    expect(count.cases).toBe(details.numRuns);
    expect(count.shrinkSteps).toBe(calls - details.numRuns);
    expect(count.shrinkSteps).toBeGreaterThanOrEqual(details.numShrinks);
    expect(indices.slice(0, count.cases)).toEqual([...Array(count.cases).keys()]);
    expect(indices.slice(count.cases).every((index) => index === null)).toBe(true);
    // Progress never reports more cases than the run had, and tells a shrink step from a case.
    expect(Math.max(...progress.map((entry) => entry.cases))).toBe(count.cases);
    expect(progress.filter((entry) => entry.shrinking)).toHaveLength(count.shrinkSteps);
    expect(progress.at(-1)).toEqual({ cases: count.cases, shrinkSteps: count.shrinkSteps, shrinking: true });
  });

  it('counts every case of a passing run as a case, and a false result as a failure', () => {
    const passing = countCases<number>(() => true);
    fc.assert(fc.property(fc.integer(), passing.predicate), { seed: 1, numRuns: 250 });
    expect(passing.count).toEqual({ cases: 250, shrinkSteps: 0 });

    const falsy = countCases<number>((value) => value < 100);
    const details = fc.check(fc.property(fc.integer({ min: 0, max: 1_000_000 }), falsy.predicate), { seed: 7 });
    expect(details.failed).toBe(true);
    expect(falsy.count.cases).toBe(details.numRuns);
    expect(falsy.count.shrinkSteps).toBeGreaterThan(0);
  });
});
