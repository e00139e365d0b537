import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { compileSchema } from '../validate/schema-check';

export class UsageError extends Error {}

/**
 * The table's text; a file that cannot be read is a usage error (exit code 2), not a validation error.
 * A byte-order mark, which some editors write, is dropped so that columns match what the editor shows.
 * Bytes that are not UTF-8 become U+FFFD, which the validator reports where they are.
 */
export function loadTable(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (cause as Error).message;
    throw new UsageError(`cannot read the table ${relative(process.cwd(), path) || path}: ${reason}. Pass the path of a JSON table, e.g. schema/xgpush-error-codes.json`);
  }
}

export function loadSchemaValidator(path: string) {
  return compileSchema(JSON.parse(readFileSync(path, 'utf8')) as object);
}
