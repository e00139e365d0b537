import { execFileSync } from 'node:child_process';

/** Runs git in `repo` and returns its output without the final newline; a failure carries git's own message. */
export function git(repo: string, args: readonly string[]): string {
  try {
    return execFileSync('git', args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trimEnd();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '').trim();
    throw new Error(`git ${args.join(' ')} failed in ${repo}: ${stderr || (error as Error).message}`);
  }
}

export function gitLines(repo: string, args: readonly string[]): string[] {
  return git(repo, args).split('\n').filter((line) => line !== '');
}

/** The top-level directory of the repository that contains `dir`. */
export function repositoryRoot(dir: string): string {
  return git(dir, ['rev-parse', '--show-toplevel']);
}

/** The commit a tag points at, or undefined when there is no such tag. */
export function tagTarget(repo: string, tag: string): string | undefined {
  try {
    return git(repo, ['rev-parse', '--verify', '--quiet', `refs/tags/${tag}^{commit}`]);
  } catch {
    return undefined;
  }
}

/** The files directly in `folder` at `ref` (paths relative to the repository); none when the folder is not there. */
export function filesAtRef(repo: string, ref: string, folder: string): string[] {
  if (objectType(repo, `${ref}:${folder}`) !== 'tree') return [];
  return gitLines(repo, ['ls-tree', '--name-only', `${ref}:${folder}`]).map((name) => `${folder}/${name}`);
}

/** Whether `ref` has a file at `path`. */
export function hasFileAtRef(repo: string, ref: string, path: string): boolean {
  return objectType(repo, `${ref}:${path}`) === 'blob';
}

/** `blob`, `tree`, `commit`..., or undefined when `object` names nothing. */
function objectType(repo: string, object: string): string | undefined {
  try {
    return git(repo, ['cat-file', '-t', object]);
  } catch {
    return undefined;
  }
}
