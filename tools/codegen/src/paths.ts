import { join, resolve } from 'node:path';

/** The repository root; this file sits at the same depth in `src/` and in `dist/`. */
export const repoRoot = resolve(__dirname, '..', '..', '..');
export const templatesDir = join(repoRoot, 'templates');
export const schemaPath = join(repoRoot, 'schema', 'error-table.schema.json');
/** The bundled table, relative to the repository root. */
export const defaultTable = 'schema/xgpush-error-codes.json';
