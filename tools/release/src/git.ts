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
