/** A search for "did you mean" hints, which counts its work. */
export interface Matcher {
  /** The candidate nearest to `word`, or undefined when none is near enough or the search has used up its budget. */
  (word: string): string | undefined;
  /** Cells of the edit-distance table computed so far, over every search: what the budget bounds. */
  readonly cells: number;
}

/**
 * Cells of edit-distance table one matcher computes at most, over all its searches: a few tenths of a second. A table
 * with a few misspelt replacements gets every suggestion; 2,000 misspelt replacements among 100,000 codes get the
 * first ones and then plain hints, instead of minutes of searching (the search without an index is quadratic).
 */
export const defaultCellBudget = 40_000_000;

/** The candidates of one length, lower-cased, packed into one array (a scan reads memory in order), with their indexes. */
interface LengthGroup {
  units: Uint16Array;
  indexes: Int32Array;
}

/** The candidates grouped by length: a word is compared only with candidates whose length is within reach. */
function byLength(candidates: readonly string[]): Map<number, LengthGroup> {
  const lists = new Map<number, number[]>();
  for (const [index, candidate] of candidates.entries()) {
    const list = lists.get(candidate.length);
    if (list === undefined) lists.set(candidate.length, [index]);
    else list.push(index);
  }
  const groups = new Map<number, LengthGroup>();
  for (const [length, indexes] of lists) {
    const units = new Uint16Array(length * indexes.length);
    indexes.forEach((index, position) => {
      const lower = candidates[index]!.toLowerCase();
      // toLowerCase keeps the length of nearly every string (not of "İ"); a candidate that changes length keeps its case.
      const text = lower.length === length ? lower : candidates[index]!;
      for (let unit = 0; unit < length; unit += 1) units[position * length + unit] = text.charCodeAt(unit);
    });
    groups.set(length, { units, indexes: Int32Array.from(indexes) });
  }
  return groups;
}

function unitsOf(text: string): Uint16Array {
  const units = new Uint16Array(text.length);
  for (let index = 0; index < text.length; index += 1) units[index] = text.charCodeAt(index);
  return units;
}

/**
 * Finds, for "did you mean" hints, the candidate nearest to a word: edit distance at most a third of its length,
 * ignoring case; of equally near ones, the first. The candidates are lower-cased and grouped by length once, on the
 * first search, so one list of every code name serves many misspelt replacements. A search visits the lengths within
 * reach, nearest the word's first, and stops as soon as a length differs by more than the best distance found.
 * Searches stop suggesting once `cellBudget` cells are spent (a search that would exceed it suggests nothing rather
 * than a worse candidate), so the work has a bound whatever the table.
 */
export function closestMatcher(candidates: readonly string[], cellBudget = defaultCellBudget): Matcher {
  let groups: Map<number, LengthGroup> | undefined;
  const counter = { cells: 0 };
  const search = (word: string): string | undefined => {
    if (counter.cells >= cellBudget) return undefined;
    groups ??= byLength(candidates);
    const limit = Math.max(1, Math.floor(word.length / 3));
    // The lengths within reach, nearest first: a few dozen at most, whatever the length of the word (a key of a
    // million characters is compared with nothing, and not even copied).
    const reach = (length: number) => Math.abs(length - word.length);
    const lengths = [...groups.keys()].filter((length) => reach(length) <= limit).sort((a, b) => reach(a) - reach(b) || a - b);
    if (lengths.length === 0) return undefined;
    const lowerWord = word.toLowerCase();
    const units = unitsOf(lowerWord.length === word.length ? lowerWord : word);
    let best = -1;
    let bestDistance = limit;
    for (const length of lengths) {
      if (reach(length) > bestDistance) break;
      const group = groups.get(length)!;
      for (let position = 0; position < group.indexes.length; position += 1) {
        const distance = boundedDistance(units, group.units, position * length, length, bestDistance, counter);
        if (counter.cells > cellBudget) return undefined;
        const index = group.indexes[position]!;
        if (distance < bestDistance || (distance === bestDistance && (best === -1 || index < best))) {
          best = index;
          bestDistance = distance;
        }
      }
    }
    return best === -1 ? undefined : candidates[best];
  };
  return Object.defineProperty(search, 'cells', { get: () => counter.cells }) as Matcher;
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
  return boundedDistance(unitsOf(a), unitsOf(b), 0, b.length, bound, { cells: 0 });
}

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/**
 * `editDistance` of `a` and the `bLength` units of `b` from `bStart`, counting the cells it computes into `counter`.
 * Only the band of cells within `bound` of the diagonal can end within the bound (each step off the diagonal costs
 * one), so a row costs at most 2 * bound + 1 cells, and only the band is ever initialised: a comparison that fails
 * early costs a few cells, not the length of the word.
 */
function boundedDistance(a: Uint16Array, b: Uint16Array, bStart: number, bLength: number, bound: number, counter: { cells: number }): number {
  if (Math.abs(a.length - bLength) > bound) return bound + 1;
  const band = Math.min(bound, a.length + bLength);
  const far = band + 1;
  if (rowA.length <= bLength + 1) {
    rowA = new Int32Array(2 * bLength + 2);
    rowB = new Int32Array(2 * bLength + 2);
  }
  let previous = rowA;
  let current = rowB;
  const firstRowEnd = Math.min(bLength, band + 1);
  for (let j = 0; j <= firstRowEnd; j += 1) previous[j] = j <= band ? j : far;
  for (let i = 1; i <= a.length; i += 1) {
    const low = i - band > 1 ? i - band : 1;
    const high = i + band < bLength ? i + band : bLength;
    let left = low === 1 ? i : far;
    current[low - 1] = left;
    let rowMinimum = left;
    const unit = a[i - 1];
    for (let j = low; j <= high; j += 1) {
      let cell = previous[j - 1]! + (unit === b[bStart + j - 1] ? 0 : 1);
      const above = previous[j]! + 1;
      if (above < cell) cell = above;
      if (left + 1 < cell) cell = left + 1;
      if (cell > far) cell = far;
      current[j] = cell;
      left = cell;
      if (cell < rowMinimum) rowMinimum = cell;
    }
    if (high < bLength) current[high + 1] = far;
    counter.cells += high - low + 1;
    // Every alignment crosses each row, and its cost never decreases: a row all above the bound ends above it.
    if (rowMinimum > bound) return bound + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[bLength]!;
}
