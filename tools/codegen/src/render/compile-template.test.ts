import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchemaValidator, loadTable } from '../load/load-table';
import { loadTemplates } from '../load/load-templates';
import { buildModel } from '../model/build-model';
import { defaultTable, schemaPath, templatesDir } from '../paths';
import { targets } from '../targets/registry';
import { fixtureNames, fixturesDir } from '../test-support/fixtures';
import { evaluateTemplate, renderTemplate } from '../test-support/templates';
import { validateTable } from '../validate/validate-table';
import { compileTemplate } from './compile-template';
import { templateRuntime } from './template-runtime';

describe('compileTemplate: what it renders', () => {
  it('prints fields, nested fields and this; numbers and booleans as Handlebars prints them', () => {
    const view = { name: 'n', example: { member: 'm' }, count: 0, flag: false, items: ['x'] };
    expect(renderTemplate('{{name}} {{example.member}} {{count}} {{flag}}{{#each items}} {{this}}{{/each}}', view)).toBe('n m 0 false x');
  });

  it('joins the items of {{#each}} in order and reads the enclosing contexts through ../, also in nested loops', () => {
    const view = { type: 'T', groups: [{ id: 'g0', items: [{ name: 'a' }, { name: 'b' }] }, { id: 'g1', items: [{ name: 'c' }] }] };
    const source = '{{#each groups}}{{#each items}}{{../../type}}.{{../id}}.{{name}} {{/each}}{{/each}}';
    expect(renderTemplate(source, view)).toBe('T.g0.a T.g0.b T.g1.c ');
  });

  it('takes {{#if}} and {{#unless}} with Handlebars truth: false, 0, "" and [] are false', () => {
    const source = '{{#each values}}{{#if this}}T{{else}}F{{/if}}{{#unless this}}u{{/unless}}{{/each}}';
    expect(renderTemplate(source, { values: [true, false, 0, 1, '', 'x', [], [0], {}] })).toBe('TFuFuTFuTFuTT');
  });

  it('does not change the context inside {{#if}}: ../ still means the enclosing {{#each}}', () => {
    const view = { type: 'T', items: [{ last: true }] };
    expect(renderTemplate('{{#each items}}{{#if last}}{{../type}}{{/if}}{{/each}}', view)).toBe('T');
  });

  it('renders {{else}} for an empty {{#each}}, and {{else if}} chains', () => {
    expect(renderTemplate('{{#each items}}item{{else}}none{{/each}}', { items: [] })).toBe('none');
    expect(renderTemplate('{{#if a}}A{{else if b}}B{{else}}C{{/if}}', { a: false, b: true })).toBe('B');
  });

  it('strips standalone block lines, comments and ~ exactly as Handlebars does', () => {
    const source = 'start\n{{#each items}}\n  {{! a comment }}\n  - {{this}}\n{{/each}}\n{{~#if yes}}  x  {{~/if}}\nend\n';
    const view = { items: ['a', 'b'], yes: true };
    expect(renderTemplate(source, view)).toBe('start\n  - a\n  - b\n  x\nend\n');
    expect(renderTemplate(source, view)).toBe(Handlebars.compile(source, { strict: true, noEscape: true })(view));
  });

  it('writes every character of the template and of the values as it is: no escaping, quotes and backslashes kept', () => {
    expect(renderTemplate('"\\n" ${x} </{{a}}> \'{{b}}\'', { a: '<&>"', b: '\\u0000\n' })).toBe('"\\n" ${x} </<&>"> \'\\u0000\n\'');
  });

  it('renders 100,000 items in chunks that end between items, and whose concatenation is the text', () => {
    const items = Array.from({ length: 100_000 }, (_, index) => ({ value: index }));
    const name = 'test/file.hbs';
    const template = evaluateTemplate(name, 'head\n{{#each items}}{{value}}\n{{/each}}tail\n');
    const chunks = template.render({ items }, templateRuntime(name, template.sites));
    expect(chunks.length).toBeGreaterThan(50);
    expect(chunks.slice(0, -1).every((chunk) => chunk.endsWith('\n'))).toBe(true);
    const text = chunks.join('');
    expect(text.split('\n')).toHaveLength(100_003);
    expect(text.startsWith('head\n0\n1\n')).toBe(true);
    expect(text.endsWith('99999\ntail\n')).toBe(true);
  });

  it('renders a template without {{#each}} as one chunk', () => {
    const template = evaluateTemplate('test/file.hbs', 'a {{name}}\n');
    expect(template.render({ name: 'x' }, templateRuntime('test/file.hbs', template.sites))).toEqual(['a x\n']);
  });
});

describe('compileTemplate: a view that does not fit the template fails, naming template, line, column and field', () => {
  const failing = (source: string, view: object) => () => renderTemplate(source, view, 'go/codes.go.hbs');

  it('a missing field, at the segment that is missing', () => {
    expect(failing('a\n  {{example.member}}', { example: {} })).toThrow('templates/go/codes.go.hbs:2:3: {{example.member}}: the view has no field "member"');
    expect(failing('{{example.member}}', {})).toThrow('{{example.member}}: the view has no field "example"');
    expect(failing('{{#each items}}{{../missing}}{{/each}}', { items: [1] })).toThrow('{{../missing}}: the view has no field "missing"');
  });

  it('a value a template cannot print', () => {
    expect(failing('{{value}}', { value: { a: 1 } })).toThrow('{{value}}: a template prints strings, numbers and booleans; the view gives an object');
    expect(failing('{{value}}', { value: ['a'] })).toThrow('the view gives an array');
    expect(failing('{{value}}', { value: null })).toThrow('the view gives null');
  });

  it('an {{#each}} over something other than an array, or over an array with a hole', () => {
    expect(failing('\n{{#each items}}{{this}}{{/each}}', { items: { a: 1 } })).toThrow('templates/go/codes.go.hbs:2:1: {{items}}: {{#each}} takes an array; the view gives an object');
    expect(failing('{{#each items}}{{this}}{{/each}}', { items: ['a', undefined] })).toThrow('{{items}}: item 1 of the array is undefined');
    expect(failing('{{#each items}}x{{else}}{{other}}{{/each}}', { items: 'a', other: 'b' })).toThrow('{{items}}: {{#each}} takes an array; the view gives string');
  });
});

describe('compileTemplate: what templates may not do is refused when compiling, at the line', () => {
  const compiling = (source: string) => () => compileTemplate((text) => Handlebars.parse(text), 'kotlin/ErrorCode.kt.hbs', source);

  it.each([
    ['a helper call', 'x\n {{lower name}}', 'templates/kotlin/ErrorCode.kt.hbs:2:2: {{lower ...}} calls a helper, which templates do not'],
    ['a hash argument', '{{name key=value}}', '{{name ...}} calls a helper'],
    ['an unknown block helper', '{{#with item}}{{/with}}', '{{#with}} is not supported: blocks are {{#each}}, {{#if}} and {{#unless}}'],
    ['a block without its field', '{{#each}}{{/each}}', '{{#each}} takes exactly one field, as in {{#each codes}}'],
    ['a partial', '{{> header}}', 'partials are not supported'],
    ['a data variable', '{{#each items}}{{@index}}{{/each}}', '{{@index}}: data variables (@index, @first, @last, @root) are not supported'],
    ['block parameters', '{{#each items as |item|}}{{item}}{{/each}}', 'block parameters (`as |x|`) are not supported'],
    ['a literal', '{{"text"}}', 'expected a field, found a string literal'],
    ['going above the view', '{{../name}}', '{{../name}} goes up 1 level(s) but is inside only 0 {{#each}}'],
  ])('%s', (_, source, message) => {
    expect(compiling(source)).toThrow(message);
  });

  it('leaves Handlebars\' own syntax errors to Handlebars, which gives the line', () => {
    expect(compiling('{{#each items}}\n')).toThrow(/Parse error on line 1|Expecting/);
  });
});

describe('compileTemplate renders every template exactly as the Handlebars runtime does', () => {
  const tables = [defaultTable, ...fixtureNames('valid').map((name) => join(fixturesDir, 'valid', name, 'table.json'))];
  const validator = loadSchemaValidator(schemaPath);

  it.each(tables)('%s', (table) => {
    const validation = validateTable(table, loadTable(table), validator);
    if (!validation.ok) throw new Error(`${table} is invalid`);
    const model = buildModel(validation.table, '1.2.3', 'table.json');
    for (const target of targets) {
      const view = target.buildView(model);
      for (const [key, source] of loadTemplates(templatesDir, [target], model)) {
        const expected = Handlebars.compile(source, { strict: true, noEscape: true })(view);
        expect(renderTemplate(source, view, key), key).toBe(expected);
      }
    }
  });
});
