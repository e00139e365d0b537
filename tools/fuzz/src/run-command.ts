import { spawn } from 'node:child_process';

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** `command args...` as run, for messages. */
  display: string;
}

/** Runs a command to completion, capturing its output; never rejects (a command that cannot start reports code null). */
export function runCommand(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutSeconds?: number }): Promise<CommandResult> {
  const started = Date.now();
  const display = [command, ...args].join(' ');
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGTERM'), (options.timeoutSeconds ?? 1200) * 1000);
    const finish = (code: number | null, extra = '') => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8') + extra,
        seconds: (Date.now() - started) / 1000,
        display,
      });
    };
    child.on('error', (error) => finish(null, `\ncould not run ${display}: ${error.message}`));
    child.on('close', (code) => finish(code));
  });
}
