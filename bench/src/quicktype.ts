import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorTable } from '@errtable/codegen/dist/table';
import { type Command, nodeCommand } from './measure';

export const quicktypeLanguages = ['typescript', 'go', 'kotlin', 'swift'] as const;

const quicktypeCli = require.resolve('quicktype/dist/index.js');

/**
 * The closest input quicktype takes: a JSON Schema whose top level is an enum of the table's names (quicktype has no
 * integer enums, and no per-value text). It generates one enum type per language, with its JSON (de)coding.
 */
export function writeEnumSchema(table: ErrorTable, path: string): void {
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', title: table.packages.typescript.typeName, type: 'string', enum: table.codes.map((code) => code.name) };
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
}

/** quicktype generating the four languages: one CLI process per language, as quicktype's CLI takes one `--lang`. */
export function quicktypeCommands(schemaPath: string, typeName: string, outDir: string): Command[] {
  return quicktypeLanguages.map((language) =>
    nodeCommand(`quicktype ${language}`, quicktypeCli, ['--src-lang', 'schema', '--lang', language, '--top-level', typeName, '-o', join(outDir, `${typeName}.${language}`), schemaPath], {
      before: () => mkdirSync(outDir, { recursive: true }),
    }),
  );
}
