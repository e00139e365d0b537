import { readFileSync } from 'node:fs';
import type { Category, CodeRow, ErrorTable } from '@errtable/codegen/dist/table';

/**
 * The id every synthetic table has: its file is `synthetic.json` (a table's id is its file name), in a folder of its
 * own per size, so its packages land in `packages/synthetic/` and its Go module path ends with `packages/synthetic/go`.
 */
export const syntheticId = 'synthetic';

/**
 * A seeded pseudo-random generator (mulberry32): the same seed gives the same table on every machine,
 * so two benchmark runs measure the same input.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const subjects = ['TOKEN', 'DEVICE', 'ACCOUNT', 'APP', 'MESSAGE', 'TAG', 'CERTIFICATE', 'SIGNATURE', 'TIMESTAMP', 'CHANNEL', 'TOPIC', 'PAYLOAD', 'QUOTA', 'SESSION', 'TEMPLATE', 'REGION', 'BATCH', 'SCHEDULE', 'AUDIENCE', 'WEBHOOK'];
const problems = ['INVALID', 'EXPIRED', 'MISSING', 'TOO_LONG', 'NOT_FOUND', 'NOT_BOUND', 'LIMIT_EXCEEDED', 'MISMATCH', 'REVOKED', 'BUSY', 'TIMEOUT', 'REJECTED', 'DUPLICATED', 'MALFORMED', 'UNSUPPORTED', 'LOCKED'];
const categories: readonly Category[] = ['invalid_request', 'authentication', 'rate_limited', 'unavailable', 'device', 'quota', 'certificate', 'internal'];

const descriptionParts = [
  'The request carries a value the service does not accept',
  'The server could not complete the operation in time',
  'The account has reached the limit set for its plan',
  'The device token is not registered with this application',
  'The signature does not match the one computed from the request',
  'The message body is larger than the size the channel allows',
  'Too many requests were sent in a short period',
  'The certificate uploaded for this application has expired or is not valid',
  'The tag is not bound to any device',
  '推送服务暂时不可用',
  'The "audience" field names no device',
];
const solutionParts = [
  'Check the parameter configuration',
  'Retry later with exponential backoff',
  'Upgrade the plan or wait for the quota to reset at midnight (UTC+8)',
  'Register the device again and send the new token',
  'Recompute the signature with the secret key shown in the console',
  'Shorten the message or split it into several',
  'Upload a valid certificate in the console, then try again',
  'If the problem persists, contact support with the request ID',
];

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

/** Text of realistic length: the real table's descriptions run 11-92 characters, its solutions 0-140. */
function sentence(parts: readonly string[], random: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => `${pick(parts, random)}.`).join(' ');
}

/**
 * A valid table of `size` codes derived from a real one (same title, source, repository, categories, fallback and
 * package coordinates, but no translations, those naming the table's folder moved to the synthetic table's): unique int32 codes, about one
 * in ten negative, names of words from a vendor's vocabulary with a number where they would repeat, descriptions and
 * solutions of realistic length (some solutions empty, a few with quotes or CJK), and one code in fifty deprecated,
 * half of those naming a replacement that is not deprecated. Rows are shuffled, as hand-kept tables are roughly but
 * not exactly sorted.
 */
export function syntheticTable(realTable: ErrorTable, size: number, seed = 7): ErrorTable {
  const missing = categories.filter((category) => !realTable.categories.includes(category));
  if (missing.length > 0) throw new Error(`the real table does not declare the categories synthetic codes use: ${missing.join(', ')}`);
  const random = seededRandom(seed + size);
  const used = new Set<number>();
  const codes: CodeRow[] = [];
  for (let index = 0; codes.length < size; index += 1) {
    const negative = random() < 0.1;
    const value = negative ? -(1 + Math.floor(random() * 1_000_000)) : Math.floor(random() * 100_000_000);
    if (used.has(value)) continue;
    used.add(value);
    const name = `${pick(subjects, random)}_${pick(problems, random)}_${codes.length + 1}`;
    codes.push({
      code: value,
      name,
      description: sentence(descriptionParts, random, 1 + Math.floor(random() * 2)),
      solution: random() < 0.1 ? '' : sentence(solutionParts, random, 1 + Math.floor(random() * 2)),
      retryable: random() < 0.3,
      category: pick(categories, random),
    });
  }
  for (let index = 25; index < codes.length; index += 50) {
    const row = codes[index]!;
    const replacement = codes[index - 1]!;
    row.deprecated = index % 100 === 25 ? { message: `Replaced by ${replacement.name}.`, replacement: replacement.name } : { message: 'No longer returned by the service.' };
  }
  // The real table's translations name its own codes, which the synthetic table does not have.
  const { translations: _translations, ...shared } = realTable;
  return { ...shared, ...(realTable.packages === undefined ? {} : { packages: rehomedPackages(realTable.packages) }), codes: shuffleLightly(codes, random) };
}

/** The real table's coordinates; those naming its folder (Go's module path) name the synthetic table's. */
function rehomedPackages(packages: NonNullable<ErrorTable['packages']>): NonNullable<ErrorTable['packages']> {
  return JSON.parse(JSON.stringify(packages).replace(/packages\/[a-z0-9-]+\//g, `packages/${syntheticId}/`)) as NonNullable<ErrorTable['packages']>;
}

/** Swaps neighbours here and there: the order the model must sort, without making the file unrecognisable. */
function shuffleLightly<T>(items: T[], random: () => number): T[] {
  for (let index = 1; index < items.length; index += 1) {
    if (random() < 0.2) [items[index - 1], items[index]] = [items[index]!, items[index - 1]!];
  }
  return items;
}

export function readTable(path: string): ErrorTable {
  return JSON.parse(readFileSync(path, 'utf8')) as ErrorTable;
}

/** The table as a maintainer would keep it: two-space indentation, a final newline. */
export function tableText(table: ErrorTable): string {
  return `${JSON.stringify(table, null, 2)}\n`;
}
