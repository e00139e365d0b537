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
