import { execFileSync } from 'node:child_process';
import { buildSync } from 'esbuild';
import { closeSync, existsSync, ftruncateSync, mkdirSync, openSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadTable, maxTableBytes, UsageError } from './load-table';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';

afterAll(removeScratchFolders);

const dir = scratchFolder('errtable-load-');
const unix = process.platform !== 'win32';

/** The usage error loading `path` throws (the CLI prints it and exits 2). */
function refusal(path: string): string {
  try {
    loadTable(path);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`${path} was read`);
}

/** `load-table.ts` and what it imports, as one CommonJS script, for a child process. */
const loaderScript = buildSync({ entryPoints: [join(__dirname, 'load-table.ts')], bundle: true, platform: 'node', format: 'cjs', packages: 'external', write: false }).outputFiles[0]!.text;

/**
 * What loading `path` says, in a child process stopped after 10 s: the code before these checks waited forever on a
 * FIFO and read /dev/zero until memory ran out, which a test timeout cannot interrupt in the test's own process.
 */
function refusalInChild(path: string): string {
  const script = `${loaderScript}\ntry { module.exports.loadTable(process.argv[1]); console.log('read it'); } catch (error) { console.log(\`\${error.constructor.name}: \${error.message}\`); }`;
  return execFileSync(process.execPath, ['--max-old-space-size=512', '-e', script, path], { encoding: 'utf8', timeout: 10_000 }).trim();
}

describe('loadTable reads regular files only, of at most 64 MiB', () => {
  it('reads a file, and a file through a symbolic link, dropping a byte-order mark', { timeout: 5_000 }, () => {
    const path = join(dir, 'table.json');
    writeFileSync(path, '\uFEFF{"a": "é"}\n');
    expect(loadTable(path)).toBe('{"a": "é"}\n');
    symlinkSync(path, join(dir, 'link.json'));
    expect(loadTable(join(dir, 'link.json'))).toBe('{"a": "é"}\n');
  });

  it.runIf(unix)('refuses a named pipe at once, instead of waiting for a writer forever', { timeout: 15_000 }, () => {
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    expect(refusalInChild(fifo)).toMatch(/^UsageError: cannot read the table .*fifo\.json: it is a named pipe \(FIFO\), not a file\. Pass the path of a JSON table/);
  });

  it.runIf(unix && existsSync('/dev/zero'))('refuses /dev/zero, directly or through a link, instead of reading it until memory runs out', { timeout: 25_000 }, () => {
    expect(refusalInChild('/dev/zero')).toMatch(/^UsageError: .*\/dev\/zero: it is a character device, not a file/);
    symlinkSync('/dev/zero', join(dir, 'zero.json'));
    expect(refusalInChild(join(dir, 'zero.json'))).toMatch(/^UsageError: .*zero\.json: it is a character device, not a file/);
  });

  it('refuses a directory', { timeout: 5_000 }, () => {
    mkdirSync(join(dir, 'folder.json'));
    expect(refusal(join(dir, 'folder.json'))).toMatch(/folder\.json: it is a directory, not a file/);
  });

  it('refuses a file larger than 64 MiB without reading it', { timeout: 5_000 }, () => {
    const path = join(dir, 'huge.json');
    const descriptor = openSync(path, 'w');
    ftruncateSync(descriptor, maxTableBytes + 1); // sparse: no disk, and nothing to read
    closeSync(descriptor);
    expect(refusal(path)).toMatch(/huge\.json is 64\.0 MiB; a table may have at most 64 MiB\./);
  });

  it('names a missing file with its invisible characters escaped, so the terminal shows them instead of obeying them', () => {
    expect(refusal(join(dir, 'no\u001B[2Jsuch.json'))).toMatch(/no\\u001B\[2Jsuch\.json: no such file\./);
  });
});
