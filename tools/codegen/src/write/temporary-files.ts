import { basename, dirname, join } from 'node:path';

/**
 * `bytes` random bytes as hex, for names that are unique and hard to guess before the run (not secret: they can be
 * seen once written). From Math.random, which V8 seeds from the system's entropy in each process; node:crypto would
 * add its loading time to every run. A name planted beforehand only makes the run fail: O_EXCL and O_NOFOLLOW refuse it.
 */
export function randomHex(bytes: number): string {
  let hex = '';
  for (let index = 0; index < bytes; index += 1) hex += Math.floor(Math.random() * 256).toString(16).padStart(2, '0');
  return hex;
}

/**
 * Where a file's new content is written before it is renamed over the file: a hidden sibling (a rename within one
 * folder stays on one file system, so it is atomic) with a random part, so no one can plant a file or link at the
 * name beforehand (the old name ended in the process id, which is easy to guess).
 *
 * @example temporaryPathFor('out/packages/go/codes.go', '0123456789abcdef')
 * // 'out/packages/go/.codes.go.errtable-0123456789abcdef.tmp'
 */
export function temporaryPathFor(target: string, token = randomHex(8)): string {
  return join(dirname(target), `.${basename(target)}.errtable-${token}.tmp`);
}

/** How many bytes a temporary name adds to its target's name. */
export const temporaryNameOverhead = Buffer.byteLength(basename(temporaryPathFor('', '0'.repeat(16))));

const temporaryName = /^\..+\.errtable-[0-9a-f]{16}\.tmp$/;
/** Before the random part, temporary files ended in the writer's process id. */
const oldTemporaryName = /^\.(.+)\.\d+\.tmp$/;

/**
 * Whether `path` (relative to the output root) is a temporary file some run of the generator left behind: named as
 * `temporaryPathFor` names them, or as older versions did next to a file the generator produces.
 */
export function isLeftoverTemporary(path: string, outputPaths: ReadonlySet<string>): boolean {
  const name = basename(path);
  if (temporaryName.test(name)) return true;
  const old = oldTemporaryName.exec(name);
  return old !== null && outputPaths.has(join(dirname(path), old[1]!).split('\\').join('/'));
}
