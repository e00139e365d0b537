import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '@errtable/codegen/dist/model/build-model';
import { go, goModulePath } from '@errtable/codegen/dist/targets/go/target';
import { packageDir } from '@errtable/codegen/dist/targets/target';
import { gitLines } from '../git';

/** Tags point at HEAD, so what they release must be committed. */
export function assertTrackedFilesCommitted(repo: string): void {
  const changed = gitLines(repo, ['status', '--porcelain', '--untracked-files=no']);
  if (changed.length > 0) {
    throw new Error(`uncommitted changes would not be part of the tagged release:\n${changed.join('\n')}\nCommit them (the output of \`npm run version-packages\`) first.`);
  }
}

/**
 * Go's own release step: from v2 on, Go finds `packages/<table id>/go/vN.x.y` only if that folder's go.mod declares
 * the module path ending in `/vN`. Nothing to check for a table without Go.
 */
export function assertGoModuleMatches(repo: string, model: Model): void {
  if (!model.targets.some((target) => target.id === go.id)) return;
  const file = `${packageDir(model.id, go.id)}/go.mod`;
  const declared = /^module\s+(\S+)/m.exec(readFileSync(join(repo, file), 'utf8'))?.[1];
  const expected = goModulePath(model.packages.go.module, model.version);
  if (declared !== expected) {
    throw new Error(`${file} declares module ${declared ?? '(none)'}, but version ${model.version} needs ${expected}. Run \`npm run generate\` and commit.`);
  }
}
