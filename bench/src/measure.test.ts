import { describe, expect, it } from 'vitest';
import { type Comparison, medianRatio, pairedRatio, rotated, sample } from './measure';

const comparison = (runs: Record<string, number[]>): Comparison => ({
  seconds: Object.fromEntries(Object.entries(runs).map(([label, values]) => [label, sample(values)])),
  peakRss: {},
});

describe('rotated', () => {
  it('starts one item later per step and wraps around', () => {
    expect([0, 1, 2, 3].map((by) => rotated(['a', 'b', 'c'], by).join(''))).toEqual(['abc', 'bca', 'cab', 'abc']);
  });
});

describe('pairedRatio', () => {
  it('is the median of the ratios within each round, not the ratio of the medians', () => {
    // The machine slows down in rounds 3 to 5; within every round the CLI takes 1.2x the baseline's time.
    const drifting = comparison({ cli: [1.2, 1.2, 1.8, 1.8, 1.8], baseline: [1.0, 1.0, 1.5, 1.5, 1.5] });
    expect(pairedRatio(drifting, 'cli', 'baseline')).toBeCloseTo(1.2);
    expect(medianRatio(drifting, 'cli', 'baseline')).toBeCloseTo(1.2);
    // Now the slow rounds split differently: the medians come from different rounds and disagree.
    const skewed = comparison({ cli: [1.2, 1.2, 1.8, 1.8, 1.8], baseline: [1.0, 1.0, 1.0, 1.5, 1.5] });
    expect(medianRatio(skewed, 'cli', 'baseline')).toBeCloseTo(1.8);
    expect(pairedRatio(skewed, 'cli', 'baseline')).toBeCloseTo(1.2);
  });

  it('is undefined when a contender was not measured or the rounds do not pair up', () => {
    expect(pairedRatio(undefined, 'cli', 'baseline')).toBeUndefined();
    expect(pairedRatio(comparison({ cli: [1] }), 'cli', 'baseline')).toBeUndefined();
    expect(pairedRatio(comparison({ cli: [1, 2], baseline: [1] }), 'cli', 'baseline')).toBeUndefined();
  });
});
