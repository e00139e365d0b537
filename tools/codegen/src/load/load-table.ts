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

const compiled = new Map<string, { text: string; validate: ReturnType<typeof compileSchema> }>();

/** The schema's validator, compiled again only when the schema file changed (compiling takes tens of milliseconds). */
export function loadSchemaValidator(path: string): ReturnType<typeof compileSchema> {
  const text = readFileSync(path, 'utf8');
  const cached = compiled.get(path);
  if (cached?.text === text) return cached.validate;
  const validate = compileSchema(JSON.parse(text) as object);
  compiled.set(path, { text, validate });
  return validate;
}
