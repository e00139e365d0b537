import { describe, expect, it } from 'vitest';
import { commentStyles, generatedLine, headerLineOf, isGeneratedFrom, isOrphanHeader } from './header';

describe('the header line', () => {
  const table = 'schema/tables/xgpush-error-codes.json';

  it('names the table in the form Go tools recognise', () => {
    expect(commentStyles.slashes(generatedLine(table))).toMatch(/^\/\/ Code generated .* DO NOT EDIT\.$/);
  });

  it('is the first line, or the second after a prologue the format requires', () => {
    expect(headerLineOf('// a\n// b\n')).toBe('// a');
    expect(headerLineOf('// swift-tools-version:6.0\n// b\n')).toBe('// b');
    expect(headerLineOf('<?xml version="1.0"?>\n<!-- b -->\n')).toBe('<!-- b -->');
  });

  it('marks a file as generated only when it is exactly the line for that table', () => {
    expect(isGeneratedFrom(`# ${generatedLine(table)}\nrest`, table)).toBe(true);
    expect(isGeneratedFrom(`# ${generatedLine(table)} \nrest`, table)).toBe(false);
    expect(isGeneratedFrom(`// ${generatedLine('schema/tables/other.json')}\n`, table)).toBe(false);
    expect(isGeneratedFrom(`// see ${generatedLine(table)}\n`, table)).toBe(false);
  });

  it('stays a well-formed XML comment whatever the path holds', () => {
    const line = commentStyles.xml(generatedLine('tools/x--y/table.json'));
    expect(line.slice('<!--'.length, -'-->'.length)).not.toContain('--');
    expect(isGeneratedFrom(`<?xml version="1.0"?>\n${line}\n`, 'tools/x--y/table.json')).toBe(true);
  });

  it('of a table no longer in the folder is an orphan; of a current table, or outside the folder, it is not', () => {
    const current = new Set(['kept']);
    expect(isOrphanHeader(`// ${generatedLine('schema/tables/removed.json')}`, 'schema/tables', current)).toBe(true);
    expect(isOrphanHeader(`<!-- ${generatedLine('schema/tables/removed.json')} -->`, 'schema/tables', current)).toBe(true);
    expect(isOrphanHeader(`// ${generatedLine('schema/tables/kept.json')}`, 'schema/tables', current)).toBe(false);
    expect(isOrphanHeader(`// ${generatedLine('elsewhere/removed.json')}`, 'schema/tables', current)).toBe(false);
    expect(isOrphanHeader('// hand-written', 'schema/tables', current)).toBe(false);
  });
});
