import { join } from 'node:path';
import type { Entry } from './file-system';
import { type OutputProblem, shownPath } from './output-error';
import { temporaryNameOverhead } from './temporary-files';

/** What is on disk where the output goes, as `probeDestinations` found it. */
export interface DestinationProbe {
  root: string;
  /** The output root (links followed), or, when it does not exist, its nearest existing ancestor. */
  base: { path: string; entry: Entry };
  /** What is at each prefix of each output path (relative to the root, `/`-separated), links not followed. */
  entries: ReadonlyMap<string, Entry>;
}

/** The most bytes a file name may have on the file systems we write to (NAME_MAX). */
const nameMax = 255;

/** Every prefix of a relative path: `a/b/c` gives `a`, `a/b`, `a/b/c`. */
export function prefixesOf(path: string): string[] {
  const segments = path.split('/');
  return segments.map((_, index) => segments.slice(0, index + 1).join('/'));
}

/** A problem before it is told where: the path is shown only for a problem found (showing costs two resolves). */
type Finding = Omit<OutputProblem, 'file'>;

function inspectionFinding(entry: Extract<Entry, { kind: 'error' }>): Finding {
  const hints: Record<string, string> = {
    EACCES: 'Make the folders above it readable and searchable, or pass another --out',
    EPERM: 'Make the folders above it readable and searchable, or pass another --out',
    ENAMETOOLONG: 'Shorten the path (a file system allows 255 bytes per name)',
  };
  return { message: `cannot be inspected (${entry.message})`, hint: hints[entry.code] ?? 'Check the path, or pass another --out' };
}

function baseProblems({ root, base }: DestinationProbe, writing: boolean): OutputProblem[] {
  const { path, entry } = base;
  const file = shownPath(path);
  const under = path === root ? '' : ` (the output folder ${shownPath(root)} would be created in it)`;
  if (entry.kind === 'error') return [{ file, ...inspectionFinding(entry) }];
  if (entry.kind === 'symlink') return [{ file, message: `is a symbolic link to ${entry.target}, which does not exist`, hint: 'Create its target or pass another --out' }];
  if (entry.kind !== 'directory') return [{ file, message: `is a file, not a folder${under}`, hint: 'Pass --out a folder (it is created when missing)' }];
  if (writing && !entry.writable) return [{ file, message: `cannot create files in this folder (permission denied)${under}`, hint: 'Make it writable (chmod u+wx), or pass another --out' }];
  return [];
}

function folderFinding(entry: Entry, output: string): Finding | undefined {
  switch (entry.kind) {
    case 'symlink':
      return { message: `is a symbolic link (to ${entry.target}); the generator never writes through a link`, hint: 'Replace the link with a real folder, or pass another --out' };
    case 'file':
    case 'other':
      return { message: `is a file, but ${output} must go inside it as a folder`, hint: 'Move or delete the file, or pass another --out' };
    case 'error':
      return inspectionFinding(entry);
    default:
      return undefined;
  }
}

function fileFinding(entry: Entry): Finding | undefined {
  switch (entry.kind) {
    case 'symlink':
      return { message: `is a symbolic link (to ${entry.target}) where a generated file belongs; generated files are regular files`, hint: 'Delete the link, then run generate' };
    case 'directory':
      return { message: 'is a folder where a generated file belongs', hint: 'Move or delete the folder, then run generate' };
    case 'other':
      return { message: 'is a device, socket or pipe where a generated file belongs', hint: 'Remove it, then run generate' };
    case 'error':
      return inspectionFinding(entry);
    default:
      return undefined;
  }
}

function nameProblem(shown: () => string, path: string, writing: boolean): OutputProblem | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const longest = Math.max(...path.split('/').map((segment) => Buffer.byteLength(segment)));
  const needed = writing ? Math.max(longest, Buffer.byteLength(name) + temporaryNameOverhead) : longest;
  if (needed <= nameMax) return undefined;
  return { file: shown(), message: `needs a name of ${needed} bytes (its temporary file's name included), more than the ${nameMax} a file system allows`, hint: "Shorten the names in the table's packages section" };
}

/** The problems of one output path: the first folder on its way that is not a real folder, or the file's own place. */
function pathProblems(probe: DestinationProbe, path: string, writing: boolean): OutputProblem[] {
  const shown = (prefix: string) => shownPath(join(probe.root, prefix));
  const named = nameProblem(() => shown(path), path, writing);
  if (named) return [named];
  let deepestFolder = probe.base.entry;
  let deepestFolderPath = () => probe.base.path;
  for (const prefix of prefixesOf(path)) {
    const entry = probe.entries.get(prefix) ?? { kind: 'missing' };
    if (entry.kind === 'missing') break;
    const finding = prefix === path ? fileFinding(entry) : folderFinding(entry, path);
    if (finding) return [{ file: shown(prefix), ...finding }];
    if (entry.kind === 'directory') [deepestFolder, deepestFolderPath] = [entry, () => join(probe.root, prefix)];
  }
  if (writing && deepestFolder.kind === 'directory' && !deepestFolder.writable) {
    return [{ file: shownPath(deepestFolderPath()), message: 'cannot create files in this folder (permission denied)', hint: 'Make it writable (chmod u+wx), or pass another --out' }];
  }
  return [];
}

/**
 * Everything that would make writing the output fail or escape the output root, found before any file is replaced:
 * a link anywhere on the way (folder or file), a file where a folder belongs or the reverse, a folder that cannot be
 * written, a name too long. `writing` false (check, the Nx sync check) leaves out what only writing needs. Pure.
 */
export function destinationProblems(probe: DestinationProbe, paths: readonly string[], writing: boolean): OutputProblem[] {
  const problems = baseProblems(probe, writing);
  if (problems.length > 0) return problems;
  // One problem per place: a file where a folder belongs blocks every generated file below it, and is named once.
  const seen = new Set<string>();
  return paths
    .flatMap((path) => pathProblems(probe, path, writing))
    .filter((problem) => (seen.has(problem.file) ? false : (seen.add(problem.file), true)));
}
