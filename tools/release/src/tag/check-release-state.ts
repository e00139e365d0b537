import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { goModulePath } from '@errtable/codegen/dist/targets/go/target';
import { packageDir } from '@errtable/codegen/dist/targets/target';
import { gitLines } from '../git';
import { loadTableFile } from '../load/load-table';

/** Tags point at HEAD, so what they release must be committed. */
export function assertTrackedFilesCommitted(repo: string): void {
  const changed = gitLines(repo, ['status', '--porcelain', '--untracked-files=no']);
  if (changed.length > 0) {
    throw new Error(`uncommitted changes would not be part of the tagged release:\n${changed.join('\n')}\nCommit them (the output of \`npm run version-packages\`) first.`);
  }
}

/** From v2 on, Go finds `packages/go/vN.x.y` only if go.mod declares the module path ending in `/vN`. */
export function assertGoModuleMatches(repo: string, tablePath: string, version: string): void {
  const goMod = readFileSync(join(repo, packageDir('go'), 'go.mod'), 'utf8');
  const declared = /^module\s+(\S+)/m.exec(goMod)?.[1];
  const expected = goModulePath(loadTableFile(join(repo, tablePath)).packages.go.module, version);
  if (declared !== expected) {
    throw new Error(`${packageDir('go')}/go.mod declares module ${declared ?? '(none)'}, but version ${version} needs ${expected}. Run \`npm run generate\` and commit.`);
  }
}
