import { writeSync } from 'node:fs';
import { errorCode } from './write/file-system';

/** Where the CLI prints: `out` for results (the JSON array with --format json), `err` for everything said to a person. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

/** The descriptors a write refused (EAGAIN) once: their stream writes the rest of the run, in order. */
const handedToStream = new Set<1 | 2>();

function streamOf(descriptor: 1 | 2): NodeJS.WriteStream {
  return descriptor === 1 ? process.stdout : process.stderr;
}

/**
 * Writes a line straight to the descriptor. Creating `process.stdout` or `process.stderr` loads Node's stream
 * modules, which costs a run on the bundled tables more than writing one of its files. A descriptor its owner made
 * non-blocking may refuse a write while full (EAGAIN): its stream, which waits, then writes the rest.
 */
export function writeLine(descriptor: 1 | 2, text: string): void {
  const bytes = Buffer.from(`${text}\n`, 'utf8');
  if (handedToStream.has(descriptor)) {
    streamOf(descriptor).write(bytes);
    return;
  }
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(descriptor, bytes, written);
  } catch (error) {
    if (errorCode(error) !== 'EAGAIN') throw error;
    handedToStream.add(descriptor);
    streamOf(descriptor).write(bytes.subarray(written));
  }
}

export const processOutput: CliOutput = { out: (text) => writeLine(1, text), err: (text) => writeLine(2, text) };
