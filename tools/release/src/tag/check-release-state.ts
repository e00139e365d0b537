import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '@errtable/codegen/dist/model/build-model';
import { gitLines } from '../git';

/** Tags point at HEAD, so what they release must be committed. */
export function assertTrackedFilesCommitted(repo: string): void {
  const changed = gitLines(repo, ['status', '--porcelain', '--untracked-files=no']);
  if (changed.length > 0) {
    throw new Error(`uncommitted changes would not be part of the tagged release:\n${changed.join('\n')}\nCommit them (the output of \`npm run version-packages\`) first.`);
  }
}

function readRepositoryFile(repo: string, path: string): string | undefined {
  try {
    return readFileSync(join(repo, path), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * What each language of the table requires of its committed package before the release is tagged
 * (`Target.release.verify`; Go: a v2 go.mod declares `/v2`). Throws with every problem.
 */
export function assertPackagesReleasable(repo: string, model: Model): void {
  const problems = model.targets.flatMap((target) => target.release.verify?.(model, (path) => readRepositoryFile(repo, path)) ?? []);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}
