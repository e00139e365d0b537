import { readFileSync } from 'node:fs';
import { compileSchema } from '../validate/schema-check';

export class UsageError extends Error {}

/** The table's text; a file that cannot be read is a usage error (exit code 2), not a validation error. */
export function loadTable(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (cause as Error).message;
    throw new UsageError(`cannot read the table ${path}: ${reason}. Pass the path of a JSON table, e.g. schema/xgpush-error-codes.json.`);
  }
}

export function loadSchemaValidator(path: string) {
  return compileSchema(JSON.parse(readFileSync(path, 'utf8')) as object);
}
