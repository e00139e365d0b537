import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { OutputFile } from '../render/render-files';

/** A file at least this large leaves garbage worth collecting at once (its text, its parts, its encoded bytes). */
const largeFileBytes = 4 * 1024 * 1024;

let collectGarbage: (() => void) | undefined;

/** V8's full collection, which Node exposes only behind a flag; the flag is set for this call's sake. */
function fullCollection(): () => void {
  if (collectGarbage === undefined) {
    setFlagsFromString('--expose-gc');
    collectGarbage = runInNewContext('gc') as () => void;
  }
  return collectGarbage;
}

/**
 * The files, each released to the garbage collector as soon as the consumer asks for the next one. V8 collects the
 * old generation late, when the heap has grown to a multiple of what is alive: at 100,000 codes that is gigabytes
 * of finished files and their parts. Collecting after each large file keeps the peak near one file's worth.
 */
export function* releasingMemory(files: Iterable<OutputFile>, collect: () => void = () => fullCollection()()): Generator<OutputFile> {
  for (const file of files) {
    const large = file.contents.length >= largeFileBytes;
    yield file;
    if (large) collect();
  }
}
