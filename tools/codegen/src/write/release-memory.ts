import { runInNewContext } from 'node:vm';
import type { OutputFile } from '../render/render-files';

/** After a file, a heap holding more than this (finished files, their parts, views) is collected before the next. */
const heapLimitBytes = 256 * 1024 * 1024;

let collectGarbage: (() => void) | undefined;

/** Required when first needed: loading node:v8 (and the stream modules it needs) costs more than a small run writes. */
const v8 = () => require('node:v8') as typeof import('node:v8');

/** V8's full collection, which Node exposes only behind a flag; the flag is set for this call's sake. */
function fullCollection(): () => void {
  if (collectGarbage === undefined) {
    v8().setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc') as () => void;
  }
  return collectGarbage;
}

export interface MemoryControl {
  heapUsed(): number;
  collect(): void;
  /** How much output (bytes, or UTF-16 units of text) passes before the heap is first looked at; then, after every file. */
  outputBeforeLooks: number;
}

/**
 * `getHeapStatistics`, not `process.memoryUsage`, which also reads the process's resident size from the system. The
 * heap is looked at after every file once the output reaches 1 MB: never on the bundled tables (0.6 MB together),
 * which then do not load node:v8. Not less often than after every file: a package's view, built before its first
 * (small) file, can weigh more than all its files, and the previous package's garbage is best freed before it grows.
 */
const v8Memory: MemoryControl = { heapUsed: () => v8().getHeapStatistics().used_heap_size, collect: () => fullCollection()(), outputBeforeLooks: 1024 * 1024 };

/**
 * Once a collection has run, the next is due when the heap has grown this much past what it left alive: a package
 * of 100,000 codes keeps more than 256 MB alive while it renders, and collecting after each of its files would free
 * little, each time at the cost of marking everything alive.
 */
const growthBytes = 16 * 1024 * 1024;

/**
 * The files, and once the consumer has handled one (written it) and asks for the next, a full collection if the heap
 * has grown past 256 MB (then past what the last collection left, plus 16 MB); the heap is looked at once the output
 * reaches `outputBeforeLooks`. V8 collects the old generation late, when the heap is a multiple of what is alive: at
 * 100,000 codes that is gigabytes of finished files and their parts. A 10,000-code table never reaches the limit.
 */
export function* releasingMemory(files: Iterable<OutputFile>, memory: MemoryControl = v8Memory): Generator<OutputFile> {
  const collectIfDue = collectionSchedule(memory);
  for (const file of files) {
    yield file;
    collectIfDue(file);
  }
}

/** `releasingMemory` for files that arrive asynchronously (rendered by another thread too). */
export async function* releasingMemoryAsync(files: Iterable<OutputFile> | AsyncIterable<OutputFile>, memory: MemoryControl = v8Memory): AsyncGenerator<OutputFile> {
  const collectIfDue = collectionSchedule(memory);
  for await (const file of files) {
    yield file;
    collectIfDue(file);
  }
}

function outputSize(file: OutputFile): number {
  return 'bytes' in file ? file.bytes.byteLength : file.chunks.reduce((sum, chunk) => sum + chunk.length, 0);
}

function collectionSchedule(memory: MemoryControl): (handled: OutputFile) => void {
  let limit = heapLimitBytes;
  let output = 0;
  return (handled) => {
    if (output < memory.outputBeforeLooks) output += outputSize(handled);
    if (output < memory.outputBeforeLooks || memory.heapUsed() <= limit) return;
    memory.collect();
    limit = Math.max(heapLimitBytes, memory.heapUsed() + growthBytes);
  };
}
