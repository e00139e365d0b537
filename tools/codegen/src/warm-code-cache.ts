import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { codeCacheKey, codeCachePathOf, savedCodeCache } from './code-cache-key';

/** The files of dist/ the bin compiles with V8's code cache (`src/launch.ts`) in a generation. */
export const filesWithCodeCache = ['codegen-bundle.js', 'precompiled-templates.js', 'schema-validator.js'] as const;

const distOf = (repository: string) => join(repository, 'tools', 'codegen', 'dist');

/** Whether every file the bin caches has a cache saved for this build of it, by this V8. */
export function codeCacheIsCurrent(repository: string): boolean {
  return filesWithCodeCache.every((file) => {
    const path = join(distOf(repository), file);
    try {
      return savedCodeCache(path, codeCacheKey(path)) !== undefined;
    } catch {
      return false; // The file itself is missing.
    }
  });
}

export interface WarmOptions {
  env?: NodeJS.ProcessEnv;
  /** Where the generation's temporary output folder is made (and removed): the system's by default. */
  temporaryParent?: string;
}

/**
 * Runs the bundled CLI of `repository` once on its tables, into a temporary folder removed afterwards, so that the
 * bin (`src/launch.ts`) saves V8's code cache of a whole generation beside the bundle, the precompiled templates and
 * the validator. `npm run build:codegen` calls it last, unless the cache is current. The bin saves a cache only when
 * there is none for this build, and the cache holds the functions the run that saved it compiled: saved by a run
 * that printed `--help` or validated one table, it would leave every later generation compiling the rest itself.
 * When the generation fails (a table being edited is invalid), the caches it saved are removed, so the next
 * generation saves them; returns the CLI's exit status and what it printed on stderr.
 */
export function warmCodeCache(repository: string, options: WarmOptions = {}): { status: number | null; stderr: string } {
  const out = mkdtempSync(join(options.temporaryParent ?? tmpdir(), 'errtable-warm-'));
  try {
    const bin = join(distOf(repository), 'errtable-codegen.js');
    const run = spawnSync(process.execPath, [bin, 'generate', '--out', out], { cwd: repository, env: options.env ?? process.env, encoding: 'utf8' });
    if (run.status !== 0) for (const file of filesWithCodeCache) rmSync(codeCachePathOf(join(distOf(repository), file)), { force: true });
    return { status: run.status, stderr: run.stderr };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
