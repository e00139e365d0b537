import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getNodeValue, parseTree } from 'jsonc-parser';
import { schemaPath } from '../paths';
import { fixtureNames, fixturesDir } from '../test-support/fixtures';
import { compileSchema } from '../validate/schema-check';
import { cached } from './disk-cache';
import { loadSchemaValidator, loadTable } from './load-table';
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

describe('the cached schema validator', () => {
  it('reports exactly what compileSchema reports, for every invalid fixture', () => {
    const reference = compileSchema(JSON.parse(readFileSync(schemaPath, 'utf8')) as object);
    const validator = loadSchemaValidator();
    for (const name of fixtureNames('invalid')) {
      const root = parseTree(loadTable(join(fixturesDir, 'invalid', name, 'table.json')));
      if (root === undefined) continue;
      const json: unknown = getNodeValue(root);
      expect(validator(json), name).toBe(reference(json));
      expect(validator.errors ?? null, name).toEqual(reference.errors ?? null);
    }
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
