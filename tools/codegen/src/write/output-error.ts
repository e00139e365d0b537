import { isAbsolute, relative } from 'node:path';
import type { Diagnostic } from '../validate/diagnostic';

/** Something that stops the output from being written: where, what is wrong, what to do (no final periods). */
export interface OutputProblem {
  /** The file or folder concerned, as given to the user: absolute, or relative to the working directory. */
  file: string;
  /** In a file's text, when the problem is there (an invalid version in a package.json); from 1. */
  line?: number;
  column?: number;
  message: string;
  hint: string;
}

/** The output cannot be written (exit code 2). `outcome` says what was changed: by default, nothing. */
export class WriteError extends Error {
  constructor(
    readonly problems: readonly OutputProblem[],
    readonly outcome = 'Nothing was written',
    options?: ErrorOptions,
  ) {
    super(`${problems.map(formatProblem).join('\n')} ${outcome}.`, options);
  }

  /** One line per problem, the outcome at the end of the last: a single problem is a single line. */
  lines(): string[] {
    return this.message.split('\n');
  }
}

/** The run was stopped by a signal; the exit code is 128 + its number (130 for SIGINT, 143 for SIGTERM). */
export class Interrupted extends Error {
  constructor(readonly signal: string) {
    super(`interrupted by ${signal}`);
  }
}

const signalNumbers: Record<string, number> = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 };

export function exitCodeOf(interrupted: Interrupted): number {
  return 128 + (signalNumbers[interrupted.signal] ?? 2);
}

/** `out/packages: is a symbolic link (to /elsewhere). Replace it with a folder, or pass another --out.` */
export function formatProblem({ file, line, column, message, hint }: OutputProblem): string {
  const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
  return `${where}: ${message}. ${hint}${/[.?!]$/.test(hint) ? '' : '.'}`;
}

/** As `--format json` prints it: the fields of a table diagnostic, line and column 0 when the whole file is meant. */
export function problemAsDiagnostic(problem: OutputProblem, rule = 'output'): Diagnostic {
  const { file, line = 0, column = 0, message, hint } = problem;
  return { file, line, column, pointer: '', rule, severity: 'error', message, hint };
}

/** A path as messages show it: relative to the working directory when inside it, else absolute. */
export function shownPath(path: string): string {
  const inside = relative(process.cwd(), path);
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? path : inside;
}

/** The text of an error from the file system, without Node's `, open '/path'` suffix (the message names the path). */
export function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/, \w+ '.*'$/s, '');
}
