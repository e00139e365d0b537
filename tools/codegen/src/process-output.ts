import { writeSync } from 'node:fs';
import { errorCode } from './write/file-system';

/** Where the CLI prints: `out` for results (the JSON array with --format json), `err` for everything said to a person. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** The descriptors whose reader has gone (EPIPE): what is left to say is dropped, as `console` drops it. */
const closed = new Set<1 | 2>();

/** A cell no one changes: waiting on it sleeps the thread for the timeout given. */
const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** A millisecond's sleep of the thread, while a full pipe drains. */
function pause(): void {
  Atomics.wait(sleepCell, 0, 0, 1);
}

/**
 * Writes a line straight to the descriptor, whole, before returning. Creating `process.stdout` or `process.stderr`
 * loads Node's stream modules, which costs a run on the bundled tables more than writing one of its files. A
 * descriptor its owner made non-blocking refuses a write while its pipe is full (EAGAIN): the write waits and tries
 * again, as a blocking descriptor would, so lines on stdout and stderr keep their order.
 */
export function writeLine(descriptor: 1 | 2, text: string): void {
  if (closed.has(descriptor)) return;
  const bytes = Buffer.from(`${text}\n`, 'utf8');
  let written = 0;
  while (written < bytes.length) {
    try {
      written += writeSync(descriptor, bytes, written);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EPIPE') {
        closed.add(descriptor);
        return;
      }
      if (code !== 'EAGAIN') throw error;
      pause();
    }
  }
}

export const processOutput: CliOutput = { out: (text) => writeLine(1, text), err: (text) => writeLine(2, text) };
