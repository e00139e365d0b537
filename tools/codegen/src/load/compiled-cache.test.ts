import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getNodeValue, parseTree } from 'jsonc-parser';
import { schemaPath } from '../paths';
import { fixtureNames, fixturesDir } from '../test-support/fixtures';
import { compileSchema } from '../validate/schema-check';
import { cached } from './disk-cache';
import type { ValidateFunction } from 'ajv';
import { targets } from '../targets/registry';
import { tableSchema } from '../validate/table-schema';
import { loadSchemaValidator, loadTable, prebuiltValidator, prebuiltValidatorPath, validatorCompiledHere, validatorSource } from './load-table';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';

afterAll(removeScratchFolders);

let previous: string | undefined;
let cacheDir: string;

beforeEach(() => {
  previous = process.env['ERRTABLE_CODEGEN_CACHE'];
  cacheDir = scratchFolder('errtable-cache-');
  process.env['ERRTABLE_CODEGEN_CACHE'] = cacheDir;
});

afterEach(() => {
  if (previous === undefined) delete process.env['ERRTABLE_CODEGEN_CACHE'];
  else process.env['ERRTABLE_CODEGEN_CACHE'] = previous;
});

describe('the schema validators a run may use', () => {
  const schemaText = JSON.stringify(tableSchema(targets));
  it.each([
    ['the build compiled (dist/schema-validator.js)', () => prebuiltValidator(schemaText)!],
    ['compiled on this machine and kept in the disk cache', () => validatorCompiledHere(schemaText)],
  ])('the one %s reports exactly what compileSchema reports, for every invalid fixture', (_, validatorOf) => {
    const reference = compileSchema(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    const validator = validatorOf();
    expect(validator).toBeTypeOf('function');
    for (const name of fixtureNames('invalid')) {
      const root = parseTree(loadTable(join(fixturesDir, 'invalid', name, 'table.json')));
      if (root === undefined) continue;
      const json: unknown = getNodeValue(root);
      expect(validator(json), name).toBe(reference(json));
      expect(validator.errors ?? null, name).toEqual(reference.errors ?? null);
    }
  });
});

describe('the validator the build compiled (dist/schema-validator.js)', () => {
  const prebuilt = () => require(prebuiltValidatorPath) as ValidateFunction & { compiledFrom: string };

  it('was compiled from the registered targets\' schema, and is the one a run uses, without the disk cache', () => {
    const schemaText = JSON.stringify(tableSchema(targets));
    expect(prebuilt().compiledFrom === validatorSource(schemaText), 'dist/schema-validator.js is stale: run npm run build:codegen').toBe(true);
    expect(prebuiltValidator(schemaText)).toBe(prebuilt());
    expect(loadSchemaValidator()).toBe(prebuilt());
    expect(readdirSync(cacheDir)).toEqual([]);
    // Ajv's runtime helpers are bundled in: a run resolves nothing in node_modules for it (their own source names
    // them in strings, `'require("ajv/dist/runtime/equal").default'`, which are not calls).
    expect(readFileSync(prebuiltValidatorPath, 'utf8')).not.toMatch(/(?<!['"`])require\(["']ajv/);
  });

  it('is not used for another schema, which is compiled and kept in the disk cache', () => {
    const schema = { type: 'object', properties: { codes: { type: 'array' } }, required: ['codes'] };
    const validate = loadSchemaValidator(schema);
    expect(validate).not.toBe(prebuilt());
    expect([validate({ codes: [] }), validate({})]).toEqual([true, false]);
    expect(readdirSync(cacheDir).filter((name) => name.startsWith('schema-validator-'))).toHaveLength(1);
  });
});

describe('the disk cache', () => {
  it('produces once for the same inputs, again when any input changes', () => {
    let produced = 0;
    const produce = () => `value ${(produced += 1)}`;
    expect(cached('test', ['a', 'b'], produce)).toBe('value 1');
    expect(cached('test', ['a', 'b'], produce)).toBe('value 1');
    expect(cached('test', ['a', 'c'], produce)).toBe('value 2');
    expect(cached('test', ['ab', ''], produce)).toBe('value 3');
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reads an entry only when its first line holds exactly these inputs', () => {
    expect(cached('test', ['a'], () => 'compiled')).toBe('compiled');
    const [name] = readdirSync(cacheDir);
    const path = join(cacheDir, name!);
    const [key] = readFileSync(path, 'utf8').split('\n');
    expect(key).toBe('// ["test","a"]');
    writeFileSync(path, `${key}\nkept`);
    expect(cached('test', ['a'], () => 'compiled again')).toBe('kept');
    writeFileSync(path, '// ["test","b"]\nanother table\'s validator');
    expect(cached('test', ['a'], () => 'compiled again')).toBe('compiled again');
  });

  it('is bypassed when set to off, and a cache that cannot be written only costs time', () => {
    process.env['ERRTABLE_CODEGEN_CACHE'] = 'off';
    expect(cached('test', ['x'], () => 'fresh')).toBe('fresh');
    const file = join(cacheDir, 'not-a-directory');
    writeFileSync(file, '');
    process.env['ERRTABLE_CODEGEN_CACHE'] = file;
    expect(cached('test', ['x'], () => 'still fresh')).toBe('still fresh');
  });
});
