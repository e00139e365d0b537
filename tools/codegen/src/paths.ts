import { join, resolve } from 'node:path';

/** The repository root; this file sits at the same depth in `src/` and in `dist/`. */
export const repoRoot = resolve(__dirname, '..', '..', '..');
export const templatesDir = join(repoRoot, 'templates');
/** Where the table schema is written for editors (generated from the registry: validate/table-schema.ts). */
export const schemaFile = 'schema/error-table.schema.json';
export const schemaPath = join(repoRoot, schemaFile);
/** The folder of canonical tables, relative to the repository root: one `<table id>.json` per table. */
export const tablesFolder = 'schema/tables';
export const tablesDir = join(repoRoot, tablesFolder);
/** The first bundled table, relative to the repository root: what tests mean by "the bundled table". */
export const defaultTable = `${tablesFolder}/xgpush-error-codes.json`;
/**
 * Snapshots of the vendor pages the bundled tables follow, `schema/vendor/<table id>.md`: what `import` and `drift`
 * compare each table with in the tests (docs/vendor-sync.md).
 */
export const vendorPagesFolder = 'schema/vendor';
