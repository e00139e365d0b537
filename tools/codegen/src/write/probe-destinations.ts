import { dirname, join } from 'node:path';
import type { Entry, WriteFileSystem } from './file-system';
import { type DestinationProbe, prefixesOf } from './preflight';

/** The root, links followed; when it does not exist (or lies under a file), its nearest ancestor that does. */
function probeBase(root: string, fs: WriteFileSystem): { path: string; entry: Entry } {
  for (let path = root; ; path = dirname(path)) {
    const entry = fs.entryAt(fs.realPath(path) ?? path);
    const absent = entry.kind === 'missing' || (entry.kind === 'error' && entry.code === 'ENOTDIR');
    if (!absent || dirname(path) === path) return { path, entry };
  }
}

/**
 * Looks, without following links, at every folder on the way to each output path and at the path itself, stopping
 * below anything that is not a folder. The findings go to `destinationProblems`, which judges them.
 */
export function probeDestinations(root: string, paths: readonly string[], fs: WriteFileSystem): DestinationProbe {
  const base = probeBase(root, fs);
  const entries = new Map<string, Entry>();
  if (base.path !== root) return { root, base, entries };
  for (const path of paths) {
    for (const prefix of prefixesOf(path)) {
      const entry = entries.get(prefix) ?? fs.entryAt(join(root, prefix));
      entries.set(prefix, entry);
      if (entry.kind !== 'directory') break;
    }
  }
  return { root, base, entries };
}
