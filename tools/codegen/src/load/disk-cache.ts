import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';

/**
 * Where compiled artefacts are kept between runs: `node_modules/.cache/errtable-codegen`, or
 * `$ERRTABLE_CODEGEN_CACHE` (`off` disables the cache, e.g. to time a cold start).
 */
export function cacheDir(): string | undefined {
  const configured = process.env['ERRTABLE_CODEGEN_CACHE'];
  if (configured === 'off') return undefined;
  return configured || join(repoRoot, 'node_modules', '.cache', 'errtable-codegen');
}

/**
 * Text derived from `inputs` by an expensive, deterministic `produce` (compiling the JSON Schema), read from the cache
 * when an earlier run produced it from the same inputs. The key hashes every input, the compiler's version included,
 * so a stale entry is never read. The cache is an optimisation only: when it cannot be read or written, `produce`
 * runs and nothing fails.
 */
export function cached(kind: string, inputs: readonly string[], produce: () => string): string {
  const dir = cacheDir();
  if (dir === undefined) return produce();
  const hash = createHash('sha256');
  for (const input of [kind, ...inputs]) hash.update(`${input.length}:${input}`);
  const path = join(dir, `${kind}-${hash.digest('hex').slice(0, 32)}.js`);
  try {
    return readFileSync(path, 'utf8');
  } catch {
    const text = produce();
    try {
      mkdirSync(dir, { recursive: true });
      // Written beside and renamed, so a concurrent run reads the whole entry or none.
      const temporary = `${path}.${process.pid}.tmp`;
      writeFileSync(temporary, text);
      renameSync(temporary, path);
    } catch {
      // A read-only checkout works, only slower.
    }
    return text;
  }
}
