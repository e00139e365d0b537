import type { Budget } from './budgets';
import { verdict } from './budgets';
import type { Sample } from './measure';

export const seconds = (value: number) => `${value.toFixed(value < 10 ? 3 : 1)} s`;
export const ratio = (value: number) => `${value.toFixed(2)}x`;
export const megabytes = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

/** `0.512 s (0.498–0.601)`: the median, then the spread of the runs. */
export function spread(sample: Sample | undefined): string {
  if (sample === undefined) return '–';
  return `${seconds(sample.median)} (${sample.min.toFixed(3)}–${sample.max.toFixed(3)})`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function budgetTable(budgets: readonly Budget[]): string {
  return table(
    ['budget', 'limit', 'measured', 'result'],
    budgets.map((budget) => [budget.name, budget.limit, budget.measured, `**${verdict(budget)}**`]),
  );
}
