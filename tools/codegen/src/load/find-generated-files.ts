import { closeSync, existsSync, openSync, readdirSync, readSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every template's header says so; a file carrying it was written by the generator. */
export const generatedMarker = 'by errtable from the error-code table';

/** Build and dependency folders, which hold copies or outputs, never sources the generator wrote. */
const skipped = new Set(['node_modules', 'dist', 'target', '.build', '.swiftpm', '.gradle']);

function startsWithMarker(path: string): boolean {
  const buffer = Buffer.alloc(512);
  const descriptor = openSync(path, 'r');
  try {
    const length = readSync(descriptor, buffer, 0, buffer.length, 0);
    return buffer.subarray(0, length).toString('utf8').includes(generatedMarker);
  } finally {
    closeSync(descriptor);
  }
}

function walk(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return skipped.has(entry.name) ? [] : walk(path);
    return entry.isFile() && startsWithMarker(path) ? [path] : [];
  });
}

/**
 * Files under `root` the generator wrote at some point (`packages/**` and the root `Package.swift`), relative to
 * `root`. Those the current table no longer produces (a renamed Kotlin package, Swift module...) are stale.
 */
export function findGeneratedFiles(root: string): string[] {
  const manifest = join(root, 'Package.swift');
  const candidates = [...walk(join(root, 'packages')), ...(existsSync(manifest) && startsWithMarker(manifest) ? [manifest] : [])];
  return candidates.map((path) => relative(root, path).split('\\').join('/')).sort();
}

/** Generated files on disk that the current output does not include. */
export function findStaleFiles(root: string, outputPaths: readonly string[]): string[] {
  const current = new Set(outputPaths);
  return findGeneratedFiles(root).filter((path) => !current.has(path));
}
