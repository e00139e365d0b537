import { spawnSync } from 'node:child_process';

/** Where a command runs and what it sees besides the rehearsal's own environment. */
export interface RunOptions {
  cwd: string;
  env?: Readonly<Record<string, string>>;
}

/** One line of the rehearsal's log, marked so it stands out from the tools' own output. */
export function log(step: string, message: string): void {
  console.log(`[rehearsal] ${step}: ${message}`);
}

/**
 * Runs a command to completion and returns its output (stdout and stderr, interleaved as they came); a failure throws
 * with the command, the folder and the output, which is all one needs to repeat it by hand.
 */
export function run(command: string, args: readonly string[], { cwd, env = {} }: RunOptions): string {
  const result = spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, shell: false, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error !== undefined || result.status !== 0) {
    const why = result.error?.message ?? (result.signal === null ? `exit code ${result.status}` : `signal ${result.signal}`);
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (${why}):\n${output}`);
  }
  return output;
}

/** The lines of `output` that match, indented under the step's log line: what shows a registry at work. */
export function showLines(output: string, pattern: RegExp): void {
  // Maven colours its output even in batch mode when asked to be quiet; the colour codes would hide a line's start.
  const lines = output.replaceAll(/\u001b\[[0-9;]*m/g, '').split('\n');
  for (const line of lines.filter((line) => pattern.test(line))) console.log(`    ${line.trim()}`);
}
