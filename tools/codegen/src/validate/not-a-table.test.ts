import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchemaValidator, loadTable } from '../load/load-table';
import { schemaPath } from '../paths';
import { fixturesDir } from '../test-support/fixtures';
import type { Diagnostic } from './diagnostic';
import { wideEncodingOf } from './encoding';
import { firstSyntaxErrors, maxSyntaxErrors } from './locate';
import { firstTooDeep, maxNesting } from './nesting';
import { validateTable } from './validate-table';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';

afterAll(removeScratchFolders);

const schema = loadSchemaValidator();
const tableText = readFileSync(join(fixturesDir, 'valid', 'renders-deprecations-with-replacements', 'table.json'), 'utf8');

function diagnosticsOf(text: string): Diagnostic[] {
  const result = validateTable('t.json', text, schema);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.diagnostics;
}

describe('a table nested deeper than the parsers can recurse', () => {
  const depth = 100_000;

  it('is one error located where the nesting goes too deep, not a stack overflow, closed or not, arrays or objects', () => {
    const arrays = tableText.replace('"title"', `"deep": ${'['.repeat(depth)}${']'.repeat(depth)},\n  "title"`);
    const unclosed = tableText.replace('"title"', `"deep": ${'['.repeat(depth)},\n  "title"`);
    const objects = tableText.replace('"title"', `"deep": ${'{"a": '.repeat(depth)}1${'}'.repeat(depth)},\n  "title"`);
    // JSON.parse keeps the second "deep", but the parser that locates the repeated key would read the first.
    const hidden = tableText.replace('"title"', `"deep": ${'['.repeat(depth)}${']'.repeat(depth)},\n  "deep": 1,\n  "title"`);
    for (const text of [arrays, unclosed, objects, hidden]) {
      const [diagnostic, ...rest] = diagnosticsOf(text);
      expect(rest).toEqual([]);
      expect(diagnostic).toMatchObject({ rule: 'json', line: 3, message: expect.stringContaining(`nested more than ${maxNesting} levels deep`) });
      expect(diagnostic!.pointer).toMatch(text === objects ? /^\/deep(\/a){63}$/ : /^\/deep(\/0){63}$/);
    }
  });

  it('names the path to the value by keys and indexes, reading escaped keys as JSON does, strings skipped', () => {
    const text = '{"x": [1, "[{", {"y\\"z": [[true, [[[]]]]]}]}';
    expect(firstTooDeep(text, 5)).toEqual({ offset: text.indexOf('[[[]]]'), path: ['x', 2, 'y"z', 0, 1] });
    expect(firstTooDeep(text, 8)).toBeUndefined();
    expect(firstTooDeep(tableText)).toBeUndefined();
  });
});

describe('a table saved as UTF-16 or UTF-32', () => {
  const dir = scratchFolder('errtable-encoding-');
  const saved = (name: string, bytes: Buffer) => {
    writeFileSync(join(dir, name), bytes);
    return loadTable(join(dir, name));
  };
  const swapped = (bytes: Buffer) => Buffer.from(bytes).swap16();
  const utf16le = Buffer.from(tableText, 'utf16le');
  const utf32le = Buffer.concat([...tableText].map((char) => Buffer.from([char.codePointAt(0)! & 0xff, char.codePointAt(0)! >> 8, 0, 0])));

  it.each([
    ['UTF-16 (little-endian)', 'with', Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le])],
    ['UTF-16 (little-endian)', 'without', utf16le],
    ['UTF-16 (big-endian)', 'with', Buffer.concat([Buffer.from([0xfe, 0xff]), swapped(utf16le)])],
    ['UTF-16 (big-endian)', 'without', swapped(utf16le)],
    ['UTF-32 (little-endian)', 'with', Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), utf32le])],
    ['UTF-32 (big-endian)', 'without', Buffer.from(utf32le).swap32()],
  ])('is one error saying to save it as UTF-8: %s, %s a byte-order mark', (encoding, _, bytes) => {
    const diagnostics = diagnosticsOf(saved(`${encoding.replace(/\W/g, '')}-${bytes.length}.json`, bytes));
    expect(diagnostics).toEqual([expect.objectContaining({ line: 1, column: 1, pointer: '', message: `the file is saved as ${encoding}, not UTF-8` })]);
    expect(diagnostics[0]!.hint).toMatch(/^Save it as UTF-8 .* iconv -f UTF-(16|32)[LB]E -t UTF-8/);
  });

  it('is not mistaken for UTF-8 that starts oddly, nor for a binary file', () => {
    expect(wideEncodingOf(tableText)).toBeUndefined();
    expect(wideEncodingOf(saved('gzip.json', Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00])))).toBeUndefined();
    expect(wideEncodingOf('\0\0\0\0')).toBeUndefined();
  });
});

describe('a large file that is not JSON at all', () => {
  it('stops collecting syntax errors at the limit, and reports one per line', () => {
    expect(firstSyntaxErrors('@ '.repeat(3 * maxSyntaxErrors))).toHaveLength(maxSyntaxErrors);
    const perLine = diagnosticsOf(`{\n${'"a": @,\n'.repeat(3 * maxSyntaxErrors)}}`);
    expect(perLine.length).toBeGreaterThan(maxSyntaxErrors / 4);
    expect(perLine.length).toBeLessThanOrEqual(maxSyntaxErrors);
    expect(new Set(perLine.map(({ line }) => line)).size).toBe(perLine.length);
  });

  it('of millions of NUL characters, or of one long line of errors, is one error', () => {
    for (const text of ['\0'.repeat(16_000_000), `{"a": ${'@ '.repeat(8_000_000)}}`]) {
      expect(diagnosticsOf(text)).toEqual([expect.objectContaining({ line: 1, message: expect.stringMatching(/^unexpected "/) })]);
    }
  });
});
