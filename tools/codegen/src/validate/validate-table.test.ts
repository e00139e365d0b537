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

  it('is quoted whole, as far as its value goes, and a number it continues is named as a number', () => {
    expect(reported('{"description": Parameter error, "code": 1}')).toEqual([`1:17 the text "Parameter error" is not in double quotes. Write it as "Parameter error"; JSON's only bare words are true, false and null`]);
    expect(reported('{"repository": https://example.org/x\n}')).toEqual([`1:16 the text "https://example.org/x" is not in double quotes. Write it as "https://example.org/x"; JSON's only bare words are true, false and null`]);
    expect(reported('{"code": 0x10}')).toEqual(['1:10 "0x10" is neither a JSON number nor text in double quotes. Write a decimal number such as -1 or 10011, or "0x10" if it is text']);
    expect(reported('{"code": -Infinity}')).toEqual(['1:10 "-Infinity" is not a JSON number. Write a decimal number such as -1 or 10011']);
  });

  it('is stray text after a complete value, which quotes would not mend', () => {
    expect(reported('{"a": 1}\nfoo')).toEqual(['2:1 unexpected "foo". ' + "Write strict JSON: keys and strings in double quotes, decimal numbers, true, false and null in lower case"]);
  });

  it('keeps the comma after it, a mistake of its own', () => {
    expect(reported('[\n  device,\n]')[1]).toBe('2:9 trailing comma after the last entry. Remove the comma: JSON allows none before "}" or "]"');
  });

  it('names the literal meant when it is spelled as another language spells it', () => {
    expect(reported('{"retryable": True}')).toEqual(['1:15 "True" is not JSON. Write true, in lower case']);
    expect(reported('{"solution": None}')).toEqual(['1:14 "None" is not JSON. JSON spells it null']);
    expect(reported('{"retryable": yes}')).toEqual(['1:15 "yes" is not JSON. Write true or false, or "yes" in double quotes if it is text']);
  });

  it('keeps a second mistake on a later line (here a missing comma)', () => {
    const lines = diagnosticsOf('{\n  "a": device\n  "b": 1\n}').map(({ line, message }) => `${line} ${message}`);
    expect(lines.slice(0, 2)).toEqual(['2 the text "device" is not in double quotes', '3 expected "," before this']);
  });
});

describe('a comma where the parser wanted a name or a value', () => {
  const reported = (text: string) => diagnosticsOf(text).map(({ line, column, message }) => `${line}:${column} ${message}`);

  it('is trailing before a "}" or "]", missing its value after a ":", or one too many', () => {
    expect(reported('{\n  "a": 1,\n}')).toEqual(['2:9 trailing comma after the last entry']);
    expect(reported('{\n  "a": ,\n  "b": 2\n}')).toEqual(['2:8 a value is missing before this comma']);
    expect(reported('{\n  "a": 1,\n  ,\n  "b": 2\n}')).toEqual(['3:3 an extra comma']);
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
