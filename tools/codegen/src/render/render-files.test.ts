import { describe, expect, it } from 'vitest';
import { buildModel, type Model } from '../model/build-model';
import type { Target } from '../targets/target';
import { compileTemplate } from '../test-support/templates';
import type { CompiledTemplate, CompiledTemplates } from './handlebars';
import { renderedPaths, renderFiles } from './render-files';

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
  'table.json',
);

/** A target of one template per entry of `sources`, rendering `view`. */
function fakeTarget(view: object, sources: Record<string, string>): { target: Target; templates: CompiledTemplates } {
  const templates = new Map<string, CompiledTemplate>();
  for (const [name, source] of Object.entries(sources)) templates.set(`fake/${name}`, compileTemplate(`fake/${name}`, source));
  const target: Target = {
    id: 'fake',
    label: 'Fake',
    memberName: (name) => name,
    files: () => Object.keys(sources).map((name) => ({ template: name, path: `out/${name}` })),
    buildView: () => view,
  };
  return { target, templates };
}

describe('renderFiles', () => {
  it('yields one file per template, each as one chunk, at the paths renderedPaths lists', () => {
    const { target, templates } = fakeTarget({ name: 'x' }, { 'a.txt': 'a {{name}}\n', 'b.txt': 'b {{name}}\n' });
    const files = [...renderFiles(model, [target], templates)];
    expect(files).toEqual([
      { path: 'out/a.txt', chunks: ['a x\n'] },
      { path: 'out/b.txt', chunks: ['b x\n'] },
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

  it('fails on a field the view lacks instead of writing an empty string, naming the template and the line', () => {
    const { target, templates } = fakeTarget({}, { 'file.txt': 'text\n  {{missing}}' });
    expect(() => [...renderFiles(model, [target], templates)]).toThrow('templates/fake/file.txt:2:5: {{missing}}: the view has no field "missing"');
  });

  it('names a template the target lists but nobody compiled', () => {
    const { target } = fakeTarget({}, { 'a.txt': 'a' });
    expect(() => [...renderFiles(model, [target], new Map())]).toThrow('templates/fake/a.txt is missing: the Fake target renders out/a.txt from it');
  });
});
