import { readFileSync, statSync } from 'node:fs';

/**
 * The first line of a file's V8 code cache (`<file>.v8-cache`, saved by the bin, `src/launch.ts`): a cache from
 * another V8, or for another build of the file, is never offered to V8.
 */
export function codeCacheKey(filename: string): string {
  const { size, mtimeMs } = statSync(filename);
  return `${process.versions.v8} ${process.arch} ${size} ${mtimeMs}\n`;
}

export function codeCachePathOf(filename: string): string {
  return `${filename}.v8-cache`;
}

/** The code cache saved beside `filename` under `key`, without its key line; undefined when there is none. */
export function savedCodeCache(filename: string, key: string): Buffer | undefined {
  try {
    const data = readFileSync(codeCachePathOf(filename));
    return data.subarray(0, key.length).toString('latin1') === key ? data.subarray(key.length) : undefined;
  } catch {
    return undefined;
  }
}
