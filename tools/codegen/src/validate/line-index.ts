/** Where each line of `text` starts: offset 0, then one past every line feed (a carriage return ends no line). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

/**
 * The line and column (both from 1) of an offset, by binary search of the line starts: locating every finding of a
 * large table then costs a lookup each, not a scan of the file from its start.
 */
export function lineColumnAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - starts[low]! + 1 };
}

/**
 * The line and column of each of a few offsets, in one pass that stores no line starts: for text that may be a large
 * file of anything (a syntax error in 64 MiB of line feeds would otherwise index 64 million lines).
 */
export function lineColumnsAt(text: string, offsets: readonly number[]): { line: number; column: number }[] {
  const order = offsets.map((_, index) => index).sort((a, b) => offsets[a]! - offsets[b]!);
  const found = new Array<{ line: number; column: number }>(offsets.length);
  let line = 1;
  let lineStart = 0;
  // Each line feed is searched for once: many offsets on one long line must not rescan it.
  let nextFeed = text.indexOf('\n');
  for (const index of order) {
    const offset = offsets[index]!;
    while (nextFeed !== -1 && nextFeed < offset) {
      line += 1;
      lineStart = nextFeed + 1;
      nextFeed = text.indexOf('\n', lineStart);
    }
    found[index] = { line, column: offset - lineStart + 1 };
  }
  return found;
}
