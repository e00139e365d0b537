/** What a property has been called for so far. */
export interface CaseCount {
  /** Cases of the run, the failing one included. */
  cases: number;
  /** Smaller candidates tried after a case failed; fast-check calls the predicate once for each. */
  shrinkSteps: number;
}

/**
 * Wraps a fast-check predicate so that the run's cases and the shrink steps after a failure are counted apart:
 * fast-check calls the predicate once per case until one fails (throws or returns false), then once per candidate
 * it shrinks that case to. The predicate learns the case's index in the run, or null for a shrink step; `progress`
 * is called after each call, e.g. to print "1000 cases" every thousand cases and never count a shrink step as one.
 */
export function countCases<T>(
  predicate: (value: T, index: number | null) => boolean | void,
  progress: (count: Readonly<CaseCount>, shrinking: boolean) => void = () => {},
): { predicate: (value: T) => boolean | void; count: Readonly<CaseCount> } {
  const count: CaseCount = { cases: 0, shrinkSteps: 0 };
  let shrinking = false;
  const counted = (value: T): boolean | void => {
    const step = shrinking;
    if (step) count.shrinkSteps += 1;
    else count.cases += 1;
    let passed = false;
    try {
      const result = predicate(value, step ? null : count.cases - 1);
      passed = result !== false;
      return result;
    } finally {
      if (!passed) shrinking = true;
      progress(count, step);
    }
  };
  return { predicate: counted, count };
}
