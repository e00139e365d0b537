/**
 * Finds, for "did you mean" hints, the candidate nearest to a word (edit distance at most a third of its length,
 * ignoring case). The candidates are lower-cased once, on the first search: one list of every code name can be
 * searched for each of many misspelt replacements.
 */
export function closestMatcher(candidates: readonly string[]): (word: string) => string | undefined {
  let lowerCandidates: string[] | undefined;
  return (word) => {
    lowerCandidates ??= candidates.map((candidate) => candidate.toLowerCase());
    const limit = Math.max(1, Math.floor(word.length / 3));
    const lowerWord = word.toLowerCase();
    let best: { index: number; distance: number } | undefined;
    for (const [index, candidate] of lowerCandidates.entries()) {
      // Only a nearer candidate than the best so far can win, so its distance need not be computed beyond that.
      const bound = best === undefined ? limit : best.distance - 1;
      const distance = editDistance(lowerWord, candidate, bound);
      if (distance <= bound) best = { index, distance };
    }
    return best === undefined ? undefined : candidates[best.index];
  };
}

/** The candidate nearest to `word`, for one "did you mean" hint. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  return closestMatcher(candidates)(word);
}

/**
 * The edit distance of `a` and `b` when it is at most `bound`, else some number above `bound`: the computation stops
 * as soon as it cannot end within the bound, which is most of the time when looking for a near miss among many names.
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  if (Math.abs(a.length - b.length) > bound) return bound + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  let current = new Array<number>(b.length + 1);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      rowMinimum = Math.min(rowMinimum, current[j]!);
    }
    // Every alignment crosses each row, and its cost never decreases: a row all above the bound ends above it.
    if (rowMinimum > bound) return bound + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}
