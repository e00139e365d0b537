import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs the bundled CLI of `repository` once on its tables, into a temporary folder removed afterwards, so that the
 * bin (`src/launch.ts`) saves V8's code cache of a whole generation beside the bundle and the precompiled templates.
 * `npm run build:codegen` calls it last. The bin saves a cache only when there is none for this build, and the cache
 * holds the functions the run that saved it compiled: saved by a run that printed `--help` or validated one table,
 * it would leave every later generation compiling the rest itself. A generation that fails (a table being edited is
 * invalid) still leaves the cache of what it compiled; the build does not fail for it. Returns the CLI's exit code.
 */
export function warmCodeCache(repository: string, env: NodeJS.ProcessEnv = process.env): number | null {
  const out = mkdtempSync(join(tmpdir(), 'errtable-warm-'));
  try {
    const bin = join(repository, 'tools', 'codegen', 'dist', 'errtable-codegen.js');
    return spawnSync(process.execPath, [bin, 'generate', '--out', out], { cwd: repository, env, stdio: 'ignore' }).status;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
