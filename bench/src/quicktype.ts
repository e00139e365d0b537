import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorTable } from '@errtable/codegen/dist/table';
import type { TargetId } from '@errtable/codegen/dist/targets/coordinates';
import { type Command, nodeCommand } from './measure';

/** quicktype's `--lang` for each language the generator has, keyed by target id: a new target must name its own. */
export const quicktypeLanguages: { readonly [Id in TargetId]: string } = { typescript: 'typescript', go: 'go', kotlin: 'kotlin', swift: 'swift' };

const quicktypeCli = require.resolve('quicktype/dist/index.js');

/**
 * The closest input quicktype takes: a JSON Schema whose top level is an enum of the table's names (quicktype has no
 * integer enums, and no per-value text). It generates one enum type per language, with its JSON (de)coding.
 */
export function writeEnumSchema(table: ErrorTable, typeName: string, path: string): void {
  const schema = { $schema: 'http://json-schema.org/draft-07/schema#', title: typeName, type: 'string', enum: table.codes.map((code) => code.name) };
  writeFileSync(path, `${JSON.stringify(schema, null, 2)}\n`);
}

/** quicktype generating every language: one CLI process per language, as quicktype's CLI takes one `--lang`. */
export function quicktypeCommands(schemaPath: string, typeName: string, outDir: string): Command[] {
  return Object.values(quicktypeLanguages).map((language) =>
    nodeCommand(`quicktype ${language}`, quicktypeCli, ['--src-lang', 'schema', '--lang', language, '--top-level', typeName, '-o', join(outDir, `${typeName}.${language}`), schemaPath], {
      before: () => mkdirSync(outDir, { recursive: true }),
    }),
  );
}
