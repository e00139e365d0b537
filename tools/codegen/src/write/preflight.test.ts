import { describe, expect, it } from 'vitest';
import type { Entry } from './file-system';
import { type DestinationProbe, destinationProblems, prefixesOf } from './preflight';

const root = '/out';
const folder: Entry = { kind: 'directory', writable: true };
const file: Entry = { kind: 'file', mode: 0o644 };

/** A probe of `/out` where the given prefixes hold the given entries and every other prefix is a writable folder. */
function probe(special: Record<string, Entry>, paths: readonly string[], base: Entry = folder): DestinationProbe {
  const entries = new Map<string, Entry>();
  for (const path of paths) {
    for (const prefix of prefixesOf(path)) {
      const entry = special[prefix] ?? (prefix === path ? file : folder);
      entries.set(prefix, entry);
      if (entry.kind !== 'directory') break;
    }
  }
  return { root, base: { path: root, entry: base }, entries };
}

const paths = ['Package.swift', 'packages/go/codes.go', 'packages/go/go.mod', 'packages/typescript/src/index.ts'];

function problemsWith(special: Record<string, Entry>, writing = true, base?: Entry) {
  return destinationProblems(probe(special, paths, base), paths, writing).map(({ file: where, message }) => `${where}: ${message}`);
}

describe('destinationProblems (pure preflight: every destination is judged before any file is replaced)', () => {
  it('finds nothing wrong with real folders and regular files, or with nothing there yet', () => {
    expect(problemsWith({})).toEqual([]);
    expect(problemsWith({ packages: { kind: 'missing' } })).toEqual([]);
  });

  it('refuses a folder on the way that is a symbolic link, once, however many files lie below it', () => {
    expect(problemsWith({ packages: { kind: 'symlink', target: '/elsewhere' } })).toEqual([
      '/out/packages: is a symbolic link (to /elsewhere); the generator never writes through a link',
    ]);
    expect(problemsWith({ 'packages/go': { kind: 'symlink', target: '../../canary' } })).toEqual([
      '/out/packages/go: is a symbolic link (to ../../canary); the generator never writes through a link',
    ]);
  });

  it('refuses a generated path that is a symbolic link, a folder, or a device', () => {
    expect(problemsWith({ 'packages/go/codes.go': { kind: 'symlink', target: '/tmp/x.go' } })).toEqual([
      '/out/packages/go/codes.go: is a symbolic link (to /tmp/x.go) where a generated file belongs; generated files are regular files',
    ]);
    expect(problemsWith({ 'packages/go/codes.go': { kind: 'directory', writable: true } })).toEqual(['/out/packages/go/codes.go: is a folder where a generated file belongs']);
    expect(problemsWith({ 'Package.swift': { kind: 'other' } })).toEqual(['/out/Package.swift: is a device, socket or pipe where a generated file belongs']);
  });

  it('refuses a file where a folder belongs, once for all the files it blocks', () => {
    expect(problemsWith({ 'packages/typescript': file })).toEqual(['/out/packages/typescript: is a file, but packages/typescript/src/index.ts must go inside it as a folder']);
    expect(problemsWith({ 'packages/go': file })).toEqual(['/out/packages/go: is a file, but packages/go/codes.go must go inside it as a folder']);
  });

  it('refuses a folder that cannot be written, only when writing', () => {
    const locked: Entry = { kind: 'directory', writable: false };
    expect(problemsWith({ 'packages/go': locked })).toEqual(['/out/packages/go: cannot create files in this folder (permission denied)']);
    expect(problemsWith({ 'packages/go': locked }, false)).toEqual([]);
    expect(problemsWith({}, true, locked)).toEqual(['/out: cannot create files in this folder (permission denied)']);
  });

  it('reports what could not be inspected, with its reason', () => {
    const denied: Entry = { kind: 'error', code: 'EACCES', message: 'EACCES: permission denied' };
    expect(problemsWith({ 'packages/go': denied })).toEqual(['/out/packages/go: cannot be inspected (EACCES: permission denied)']);
  });

  it('refuses names longer than a file system allows, counting the temporary name when writing', () => {
    const long = `packages/go/${'n'.repeat(230)}.go`;
    const problems = destinationProblems(probe({}, [long]), [long], true);
    expect(problems.map((problem) => problem.message)).toEqual(['needs a name of 264 bytes (its temporary file\'s name included), more than the 255 a file system allows']);
    expect(destinationProblems(probe({}, [long]), [long], false)).toEqual([]);
  });

  it('refuses an output root that is a file, or lies under one, before looking further', () => {
    const base = { path: '/afile', entry: file };
    const problems = destinationProblems({ root: '/afile/out', base, entries: new Map() }, paths, true);
    expect(problems.map(({ file: where, message }) => `${where}: ${message}`)).toEqual(['/afile: is a file, not a folder (the output folder /afile/out would be created in it)']);
  });
});
