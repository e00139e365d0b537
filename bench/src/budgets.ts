/** One budget the issue sets, judged on this run's numbers. */
export interface Budget {
  name: string;
  limit: string;
  measured: string;
  pass: boolean | undefined;
}

/** A budget whose measurement was skipped (e.g. `--skip quicktype`) is reported as not measured, never as passed. */
export function judge(name: string, limit: string, value: number | undefined, format: (value: number) => string, passes: (value: number) => boolean): Budget {
  if (value === undefined || Number.isNaN(value)) return { name, limit, measured: 'not measured', pass: undefined };
  return { name, limit, measured: format(value), pass: passes(value) };
}

export function verdict(budget: Budget): string {
  return budget.pass === undefined ? 'SKIPPED' : budget.pass ? 'PASS' : 'FAIL';
}
