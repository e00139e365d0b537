import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { buildModel, type Model } from '../model/build-model';
import type { Target } from '../targets/target';
import { type CompiledTemplates, renderedPaths, renderFiles, templateOptions, type TemplateSpecification } from './render-files';

const model: Model = buildModel(
  {
    $schema: './error-table.schema.json',
    title: 'T',
    source: 'S',
    repository: 'https://example.invalid/r',
    packages: {} as Model['packages'],
    fallback: { description: 'd', solution: '', retryable: false, category: 'internal' },
    codes: [],
  },
  '1.0.0',
);

/** A target of one template per entry of `sources`, rendering `view`. */
function fakeTarget(view: object, sources: Record<string, string>): { target: Target; templates: CompiledTemplates } {
  const templates = new Map<string, TemplateSpecification>();
  for (const [name, source] of Object.entries(sources)) {
    templates.set(`fake/${name}`, new Function(`return ${String(Handlebars.precompile(source, templateOptions))};`)() as TemplateSpecification);
  }
  const target: Target = {
    id: 'fake',
    label: 'Fake',
    memberName: (name) => name,
    files: () => Object.keys(sources).map((name) => ({ template: name, path: `out/${name}` })),
    buildView: () => view,
  };
  return { target, templates };
}

function renderOne(view: object, source: string): string {
  const { target, templates } = fakeTarget(view, { 'file.txt': source });
  const [file] = [...renderFiles(model, [target], templates)];
  return file!.contents;
}

describe('renderFiles', () => {
  it('yields one file per template, at the paths renderedPaths lists', () => {
    const { target, templates } = fakeTarget({ name: 'x' }, { 'a.txt': 'a {{name}}\n', 'b.txt': 'b {{name}}\n' });
    const files = [...renderFiles(model, [target], templates)];
    expect(files).toEqual([
      { path: 'out/a.txt', contents: 'a x\n' },
      { path: 'out/b.txt', contents: 'b x\n' },
    ]);
    expect(renderedPaths(model, [target])).toEqual(files.map((file) => file.path));
  });

  it('renders nothing until asked: a generator a writer consumes one file at a time', () => {
    let views = 0;
    const { target, templates } = fakeTarget({}, { 'a.txt': 'a\n' });
    const counting: Target = { ...target, buildView: () => ((views += 1), {}) };
    const files = renderFiles(model, [counting], templates);
    expect(views).toBe(0);
    expect([...files]).toHaveLength(1);
    expect(views).toBe(1);
  });

  it('turns a template checked out with CRLF into LF output', () => {
    expect(renderOne({ name: 'x' }, 'one {{name}}\r\ntwo\r\n')).toBe('one x\ntwo\n');
  });

  it('fails on a field the view lacks instead of writing an empty string', () => {
    expect(() => renderOne({}, '{{missing}}')).toThrow(/"missing" not defined/);
  });
});

describe('{{#each}}', () => {
  it('joins the items in order, with @index, @first and @last for each', () => {
    const source = '{{#each items}}{{@index}}:{{name}}{{#if @first}} first{{/if}}{{#if @last}} last{{/if}};{{/each}}';
    expect(renderOne({ items: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }, source)).toBe('0:a first;1:b;2:c last;');
  });

  it('reads the enclosing view through ../, also in nested loops', () => {
    const view = { type: 'T', groups: [{ id: 'g0', items: [{ name: 'a' }, { name: 'b' }] }, { id: 'g1', items: [{ name: 'c' }] }] };
    const source = '{{#each groups}}{{#each items}}{{../../type}}.{{../id}}.{{name}}@{{@index}} {{/each}}{{/each}}';
    expect(renderOne(view, source)).toBe('T.g0.a@0 T.g0.b@1 T.g1.c@0 ');
  });

  it('renders the {{else}} branch for an empty array', () => {
    expect(renderOne({ items: [] }, '{{#each items}}item{{else}}none{{/each}}')).toBe('none');
  });

  it('names the mistake when the view passes something other than an array', () => {
    expect(() => renderOne({ items: { a: 1 } }, '{{#each items}}{{this}}{{/each}}')).toThrow('{{#each}} takes an array; the view passed object');
  });

  it('joins 100,000 items into one flat string', () => {
    const items = Array.from({ length: 100_000 }, (_, index) => ({ value: index }));
    const text = renderOne({ items }, '{{#each items}}{{value}}\n{{/each}}');
    expect(text.split('\n')).toHaveLength(100_001);
    expect(text.endsWith('99999\n')).toBe(true);
  });
});
