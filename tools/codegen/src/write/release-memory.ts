import { runInNewContext } from 'node:vm';
import type { OutputFile } from '../render/render-files';

/** node:v8, loaded on the first look at the heap: loading it costs a run on the bundled tables, which never looks. */
const v8 = () => require('node:v8') as typeof import('node:v8');

/** After a file, a heap holding more than this (finished files, their parts, views) is collected before the next. */
const heapLimitBytes = 256 * 1024 * 1024;

let collectGarbage: (() => void) | undefined;

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
}

/** `getHeapStatistics`, not `process.memoryUsage`, which also reads the process's resident size from the system. */
const v8Memory: MemoryControl = { heapUsed: () => v8().getHeapStatistics().used_heap_size, collect: () => fullCollection()() };

/**
 * How much output (characters, or bytes for files another thread encoded) passes between two looks at the heap: the
 * garbage worth collecting is finished files and what rendering them left, so less output cannot have grown the heap
 * past the limit by itself. The large files of a 100,000-code table are each larger; the bundled tables together are
 * smaller.
 */
export const outputBetweenLooks = 4 * 1024 * 1024;

function outputSize(file: OutputFile): number {
  return 'bytes' in file ? file.bytes.length : file.chunks.reduce((size, chunk) => size + chunk.length, 0);
}

/**
 * Once a collection has run, the next is due when the heap has grown this much past what it left alive: a package
 * of 100,000 codes keeps more than 256 MB alive while it renders, and collecting after each of its files would free
 * little, each time at the cost of marking everything alive.
 */
const growthBytes = 16 * 1024 * 1024;

/**
 * The files, and once the consumer has handled one (written it) and asks for the next, a full collection if the heap
 * (looked at after every `outputBetweenLooks` of output) has grown past 256 MB (then past what the last collection left, plus 16 MB). V8 collects the old generation late,
 * when the heap is a multiple of what is alive: at 100,000 codes that is gigabytes of finished files and their parts.
 * A 10,000-code table never reaches the limit.
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

function collectionSchedule(memory: MemoryControl): (handled: OutputFile) => void {
  let limit = heapLimitBytes;
  let outputSinceLook = 0;
  return (handled) => {
    outputSinceLook += outputSize(handled);
    if (outputSinceLook < outputBetweenLooks) return;
    outputSinceLook = 0;
    if (memory.heapUsed() <= limit) return;
    memory.collect();
    limit = Math.max(heapLimitBytes, memory.heapUsed() + growthBytes);
  };
}
