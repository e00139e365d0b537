import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';
import { replaceFile } from '../replace-file';

/**
 * Where compiled artefacts are kept between runs: `node_modules/.cache/errtable-codegen`, or
 * `$ERRTABLE_CODEGEN_CACHE` (`off` disables the cache, e.g. to time a cold start).
 */
export function cacheDir(): string | undefined {
  const configured = process.env['ERRTABLE_CODEGEN_CACHE'];
  if (configured === 'off') return undefined;
  return configured || join(repoRoot, 'node_modules', '.cache', 'errtable-codegen');
}

/** FNV-1a (32 bits) of the UTF-16 code units, as 8 hex digits: spreads entries over file names, proves nothing. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Text derived from `inputs` by an expensive, deterministic `produce` (compiling the JSON Schema), read from the cache
 * when an earlier run produced it from the same inputs. An entry starts with a line holding every input, the
 * compiler's version included, and is read only when that line is exactly this run's, so a stale entry is never read
 * (no hash to trust, and no node:crypto to load). The cache is an optimisation only: when it cannot be read or
 * written, `produce` runs and nothing fails.
 */
export function cached(kind: string, inputs: readonly string[], produce: () => string): string {
  const dir = cacheDir();
  if (dir === undefined) return produce();
  const key = `// ${JSON.stringify([kind, ...inputs])}\n`;
  const path = join(dir, `${kind}-${fnv1a(key)}.js`);
  const entry = readIfThere(path);
  if (entry?.startsWith(key)) return entry.slice(key.length);
  const text = produce();
  try {
    mkdirSync(dir, { recursive: true });
    replaceFile(path, key + text);
  } catch {
    // A read-only checkout works, only slower.
  }
  return text;
}

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
