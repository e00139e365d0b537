import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchemaValidator, loadTable } from '../load/load-table';
import { schemaPath } from '../paths';
import { fixturesDir } from '../test-support/fixtures';
import type { Diagnostic } from './diagnostic';
import { quote } from './show-text';
import { validateTable } from './validate-table';
import { removeScratchFolders, scratchFolder } from '../test-support/scratch';

afterAll(removeScratchFolders);

const schema = loadSchemaValidator();
/** A fixture's table is `table.json`: its id, `table`, is the one its Go module path ends with (packages/table/go). */
const file = 'table.json';
const validText = readFileSync(join(fixturesDir, 'valid', 'renders-deprecations-with-replacements', 'table.json'), 'utf8');
const invalidText = readFileSync(join(fixturesDir, 'invalid', 'rejects-every-mistake-at-once', 'table.json'), 'utf8');

function diagnosticsOf(text: string, strict = false): Diagnostic[] {
  const result = validateTable(file, text, schema, { strict });
  return result.ok ? result.warnings : result.diagnostics;
}

const positions = (diagnostics: readonly Diagnostic[]) => diagnostics.map(({ line, column, pointer }) => `${line}:${column} ${pointer}`);

describe('validateTable', () => {
  it('reports positions the same whether lines end in LF or CRLF', () => {
    expect(positions(diagnosticsOf(invalidText.replaceAll('\n', '\r\n')))).toEqual(positions(diagnosticsOf(invalidText)));
  });

  it('reads a table saved with a byte-order mark, columns unchanged', () => {
    const path = join(scratchFolder('errtable-bom-'), 'table.json');
    writeFileSync(path, `\uFEFF${invalidText}`);
    expect(positions(diagnosticsOf(loadTable(path)))).toEqual(positions(diagnosticsOf(invalidText)));
  });

  it('checks and locates the value JSON keeps when a key is repeated: the last one', () => {
    const text = validText
      .replace('"retryable": false', '"retryable": "oops"')
      .replace('"fallback": {', '"fallback": { "description": "First", "solution": "", "retryable": false, "category": "internal" },\n  "fallback": {');
    const found = diagnosticsOf(text);
    const secondFallbackLine = text.split('\n').findIndex((line) => line.includes('"oops"')) + 1;
    expect(found.map((d) => [d.rule, d.line])).toEqual(expect.arrayContaining([['schema', secondFallbackLine]]));
    expect(found.filter((d) => d.rule === 'schema')).toHaveLength(1);
  });

  it('sorts diagnostics by position', () => {
    const lines = diagnosticsOf(invalidText).map((d) => d.line * 1000 + d.column);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('passes a table with warnings, unless strict', () => {
    // STRING is String_ in Kotlin (it would shadow kotlin.String), STR_ING StrIng: distinct everywhere, yet easy to confuse.
    const text = validText.replace('"name": "LEGACY_LIMIT"', '"name": "STRING"').replace('"name": "OLD_TOKEN_ERROR"', '"name": "STR_ING"');
    expect(validateTable(file, text, schema)).toMatchObject({ ok: true, warnings: [{ rule: 'namesDifferByMoreThanUnderscores' }] });
    expect(validateTable(file, text, schema, { strict: true })).toMatchObject({ ok: false, diagnostics: [{ severity: 'warning' }] });
  });
});

describe('a word JSON cannot read', () => {
  const reported = (text: string) => diagnosticsOf(text).map(({ line, column, message, hint }) => `${line}:${column} ${message}. ${hint}`);

  it('is one error, not also the value the parser then misses on the next line', () => {
    expect(reported('{\n  "category": device\n}')).toEqual([`2:15 the text "device" is not in double quotes. Write it as "device"; JSON's only bare words are true, false and null`]);
    expect(reported('[\n  device\n]')).toEqual([`2:3 the text "device" is not in double quotes. Write it as "device"; JSON's only bare words are true, false and null`]);
    expect(reported('{\n  category: "x"\n}')).toEqual(['2:3 the property name "category" is not in double quotes. Write it as "category"']);
  });

  it('names the literal meant when it is spelled as another language spells it', () => {
    expect(reported('{"retryable": True}')).toEqual(['1:15 "True" is not JSON. Write true, in lower case']);
    expect(reported('{"retryable": None}')).toEqual(['1:15 "None" is not JSON. Write null']);
  });

  it('keeps a second mistake on a later line (here a missing comma)', () => {
    const lines = diagnosticsOf('{\n  "a": device\n  "b": 1\n}').map(({ line, message }) => `${line} ${message}`);
    expect(lines.slice(0, 2)).toEqual(['2 the text "device" is not in double quotes', '3 expected "," before this']);
  });
});

describe('quote', () => {
  it('shows invisible and control characters as escapes, so a message cannot reorder the terminal line', () => {
    expect(quote('a\u202Eb\u0007c\uD800')).toBe('"a\\u202Eb\\u0007c\\ud800"');
  });

  it('shortens long text at a character boundary', () => {
    expect(quote(`${'x'.repeat(59)}😀😀`)).toBe(`"${'x'.repeat(59)}😀…"`);
  });
});
