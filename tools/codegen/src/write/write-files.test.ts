import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { type OutputFile, textFile, textOf } from '../render/render-files';
import { nodeFileSystem, utf8Of, type WriteFileSystem, WriteError, writeFiles, writePlanner } from './write-files';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';

afterAll(removeScratchFolders);

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

function seed(root: string, files: readonly OutputFile[]): void {
  for (const file of files) {
    mkdirSync(dirname(join(root, file.path)), { recursive: true });
    writeFileSync(join(root, file.path), textOf(file));
  }
}

const oldFiles: OutputFile[] = [
  textFile('a/one.ts', 'old one\n'),
  textFile('a/two.ts', 'old two\n'),
  textFile('b/three.go', 'old three\n'),
  textFile('unchanged.txt', 'same\n'),
];
const newFiles: OutputFile[] = [
  textFile('a/one.ts', 'new one\n'.repeat(100)),
  textFile('a/two.ts', 'new two\n'.repeat(100)),
  textFile('b/three.go', 'new three\n'.repeat(100)),
  textFile('c/created.kt', 'created\n'),
  textFile('unchanged.txt', 'same\n'),
];
const changedCount = newFiles.length - 1;

/** The disk with the `n`th call of one operation failing; a failing write leaves half the content behind first. */
function failingOn(operation: 'createExclusive' | 'rename', n: number): WriteFileSystem {
  let calls = 0;
  const fail = () => {
    calls += 1;
    return calls === n;
  };
  return {
    ...nodeFileSystem,
    createExclusive: (path, contents, mode) => {
      if (operation === 'createExclusive' && fail()) {
        writeFileSync(path, contents.slice(0, contents.length / 2));
        throw new Error('disk full (injected)');
      }
      nodeFileSystem.createExclusive(path, contents, mode);
    },
    rename: (from, to) => {
      if (operation === 'rename' && fail()) throw new Error('rename refused (injected)');
      nodeFileSystem.rename(from, to);
    },
  };
}

/** Every output file holds exactly its old or its new content (or is absent, if it had none), and nothing else is there. */
function expectEachFileOldOrNew(root: string): { replaced: number } {
  const onDisk = filesUnder(root);
  const expected = new Set([...oldFiles, ...newFiles].map((file) => file.path));
  expect(onDisk.filter((path) => !expected.has(path)), 'files other than outputs (temporary files?)').toEqual([]);
  let replaced = 0;
  for (const file of newFiles) {
    const oldFile = oldFiles.find((candidate) => candidate.path === file.path);
    const [old, text] = [oldFile && textOf(oldFile), textOf(file)];
    const actual = onDisk.includes(file.path) ? readFileSync(join(root, file.path), 'utf8') : undefined;
    expect([old, text], file.path).toContain(actual);
    if (actual === text && old !== text) replaced += 1;
  }
  return { replaced };
}

describe('writeFiles', () => {
  it('creates and updates only the files whose content differs', () => {
    const root = scratchFolder('errtable-write-');
    seed(root, oldFiles);
    const changes = writeFiles(root, newFiles);
    expect(changes.map((change) => change.kind)).toEqual(['update', 'update', 'update', 'create', 'unchanged']);
    expect(newFiles.map(writePlanner(root)).every((change) => change.kind === 'unchanged')).toBe(true);
    expect(expectEachFileOldOrNew(root).replaced).toBe(changedCount);
  });

  it('writes a file rendered in chunks as their concatenation, in UTF-8, and finds it unchanged the next time', () => {
    const root = scratchFolder('errtable-write-');
    const chunks = ['plain text, one byte a character\n', '推送 ✓ and 😀 (a surrogate pair)\n', 'plain again\n'];
    const file: OutputFile = { path: 'p/chunked.txt', chunks };
    expect(writeFiles(root, [file]).map((change) => change.kind)).toEqual(['create']);
    expect(readFileSync(join(root, file.path), 'utf8')).toBe(chunks.join(''));
    expect(writeFiles(root, [file]).map((change) => change.kind)).toEqual(['unchanged']);
    expect(writeFiles(root, [textFile(file.path, chunks.join(''))]).map((change) => change.kind)).toEqual(['unchanged']);
    expect(writeFiles(root, [{ path: file.path, chunks: [...chunks, '!'] }]).map((change) => change.kind)).toEqual(['update']);
  });

  it('encodes chunks to the same bytes as their concatenation', () => {
    const chunks = ['a\u00e9', '\u4e2d', '\u{1F600}', '', 'z'];
    expect(utf8Of({ path: 'x', chunks }).equals(Buffer.from(chunks.join(''), 'utf8'))).toBe(true);
    expect(utf8Of(textFile('x', '')).length).toBe(0);
  });

  it('encodes the chunks that several files share once (the vectors\' copies), and only those', () => {
    const shared = ['{"codes": []}\n'];
    const first = utf8Of({ path: 'go/testdata/vectors.json', chunks: shared });
    expect(utf8Of({ path: 'swift/vectors.json', chunks: shared })).toBe(first);
    expect(utf8Of({ path: 'kotlin/vectors.json', chunks: [...shared] })).not.toBe(first);
    expect(utf8Of({ path: 'kotlin/vectors.json', chunks: [...shared] }).equals(first)).toBe(true);
  });

  it('writes every copy of shared chunks in full', () => {
    const root = scratchFolder('errtable-write-');
    const shared = ['{"codes": [1, 2, 3]}\n'];
    writeFiles(root, ['a', 'b/c', 'd/e/f'].map((path) => ({ path: `${path}/vectors.json`, chunks: shared })));
    for (const path of ['a', 'b/c', 'd/e/f']) expect(readFileSync(join(root, path, 'vectors.json'), 'utf8')).toBe(shared[0]);
  });

  it('looks at each folder on the way once while staging, and once again before renaming into it', () => {
    const root = scratchFolder('errtable-write-');
    const looked = new Map<string, number>();
    const counting: WriteFileSystem = {
      ...nodeFileSystem,
      entryAt: (path) => {
        const entry = nodeFileSystem.entryAt(path);
        if (entry.kind === 'directory') looked.set(relative(root, path), (looked.get(relative(root, path)) ?? 0) + 1);
        return entry;
      },
    };
    const files = ['one', 'two', 'three'].flatMap((name) => [textFile(`deep/a/${name}.txt`, `${name}\n`), textFile(`deep/b/${name}.txt`, `${name}\n`)]);
    writeFiles(root, files, counting);
    expect(Object.fromEntries(looked)).toEqual({ deep: 2, 'deep/a': 2, 'deep/b': 2 });
    expect(filesUnder(root)).toHaveLength(files.length);
  });

  it('renames nothing through a folder that turned into a link after its files were staged', () => {
    const root = scratchFolder('errtable-write-');
    const elsewhere = scratchFolder('errtable-elsewhere-');
    seed(root, oldFiles);
    let staged = 0;
    const swapping: WriteFileSystem = {
      ...nodeFileSystem,
      createExclusive: (path, contents, mode) => {
        nodeFileSystem.createExclusive(path, contents, mode);
        staged += 1;
        if (staged < changedCount) return;
        renameSync(join(root, 'b'), join(elsewhere, 'b'));
        symlinkSync(join(elsewhere, 'b'), join(root, 'b'));
      },
    };
    expect(() => writeFiles(root, newFiles, swapping)).toThrow(/b: is a symbolic link to .*errtable-elsewhere-.*\/b; the generator writes nothing through a link/);
    expect(readFileSync(join(elsewhere, 'b', 'three.go'), 'utf8')).toBe('old three\n');
    expect(readdirSync(join(elsewhere, 'b'))).toEqual(['three.go']);
  });

  it('replaces a link planted at a target after staging, never writing through it', () => {
    const root = scratchFolder('errtable-write-');
    const canary = join(scratchFolder('errtable-elsewhere-'), 'canary.txt');
    writeFileSync(canary, 'canary\n');
    const planting: WriteFileSystem = {
      ...nodeFileSystem,
      createExclusive: (path, contents, mode) => {
        nodeFileSystem.createExclusive(path, contents, mode);
        if (path.includes('.created.kt.')) symlinkSync(canary, join(root, 'c/created.kt'));
      },
    };
    writeFiles(root, newFiles, planting);
    expect(readFileSync(canary, 'utf8')).toBe('canary\n');
    expect(lstatSync(join(root, 'c/created.kt')).isFile()).toBe(true);
    expect(readFileSync(join(root, 'c/created.kt'), 'utf8')).toBe('created\n');
  });

  it.each(Array.from({ length: changedCount }, (_, index) => index + 1))('changes nothing when writing changed file %i of 4 fails', (n) => {
    const root = scratchFolder('errtable-write-');
    seed(root, oldFiles);
    expect(() => writeFiles(root, newFiles, failingOn('createExclusive', n))).toThrow(WriteError);
    expect(expectEachFileOldOrNew(root).replaced).toBe(0);
    expect(filesUnder(root)).toEqual(oldFiles.map((file) => file.path).sort());
  });

  it.each(Array.from({ length: newFiles.length }, (_, index) => index))('changes nothing when rendering fails after %i files', (n) => {
    const root = scratchFolder('errtable-write-');
    seed(root, oldFiles);
    function* renderThenFail() {
      yield* newFiles.slice(0, n);
      throw new Error('template bug (injected)');
    }
    expect(() => writeFiles(root, renderThenFail())).toThrow('template bug (injected)');
    expect(expectEachFileOldOrNew(root).replaced).toBe(0);
    expect(filesUnder(root)).toEqual(oldFiles.map((file) => file.path).sort());
  });

  it.each(Array.from({ length: changedCount }, (_, index) => index + 1))('leaves every file whole when renaming changed file %i of 4 fails', (n) => {
    const root = scratchFolder('errtable-write-');
    seed(root, oldFiles);
    expect(() => writeFiles(root, newFiles, failingOn('rename', n))).toThrow(/replaced, each completely/);
    expect(expectEachFileOldOrNew(root).replaced).toBe(n - 1);
  });
});

describe('a generation killed midway', () => {
  const modulePath = join(__dirname, 'write-files.ts');
  const fileCount = 40;

  /** Two versions of the same large files, so that a kill is likely to land inside a write. Self-contained: the child runs its source. */
  function makeVersions(count: number): OutputFile[][] {
    return ['A', 'B'].map((letter) =>
      Array.from({ length: count }, (_, index) => ({ path: `pkg${index % 4}/file${index}.txt`, chunks: [`${letter}${index}\n`.repeat(20_000)] })),
    );
  }
  const versions = makeVersions(fileCount);

  /** A child that rewrites the same files from version A to B and back until it is killed. */
  function startRewriting(root: string) {
    const script = `
      const { writeFiles } = require(${JSON.stringify(modulePath)});
      const versions = (${makeVersions.toString()})(${fileCount});
      for (let round = 0; ; round += 1) { writeFiles(${JSON.stringify(root)}, versions[round % 2]); if (round === 0) console.log('ready'); }`;
    return spawn(process.execPath, ['-r', '@swc-node/register', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  }

  it('leaves each file either old or new, never truncated or mixed', async () => {
    const root = scratchFolder('errtable-kill-');
    const child = startRewriting(root);
    await new Promise((resolve) => child.stdout.once('data', resolve));
    await sleep(150);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    const byPath = new Map(versions.flatMap((version) => version.map((file) => [`${file.path}\n${textOf(file)}`, file.path] as const)));
    const outputs = new Set(versions[0]!.map((file) => file.path));
    const onDisk = filesUnder(root);
    for (const path of onDisk.filter((candidate) => outputs.has(candidate))) {
      expect(byPath.has(`${path}\n${readFileSync(join(root, path), 'utf8')}`), path).toBe(true);
    }
    expect(onDisk.filter((path) => outputs.has(path))).toHaveLength(fileCount);
    // A kill leaves at most the temporary files being written, hidden and named after their target.
    for (const leftover of onDisk.filter((path) => !outputs.has(path))) expect(leftover).toMatch(/(^|\/)\.file\d+\.txt\.errtable-[0-9a-f]{16}\.tmp$/);
  });
});
