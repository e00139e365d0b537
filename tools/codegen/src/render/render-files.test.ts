import { describe, expect, it } from 'vitest';
import { buildModel, type Model } from '../model/build-model';
import { vectorsText } from '../model/build-vectors';
import type { Target } from '../targets/target';
import { fakeTarget } from '../test-support/fake-target';
import { compileTemplate } from '../test-support/templates';
import type { CompiledTemplate, CompiledTemplates } from './handlebars';
import { type OutputFile, renderedPaths, renderPackage, sharedFiles } from './render-files';

const table: Model = buildModel(
  {
    $schema: '../error-table.schema.json',
    title: 'T',
    source: 'S',
    repository: 'https://example.invalid/r',
    categories: ['internal'],
    fallback: { description: 'd', solution: '', retryable: false, category: 'internal' },
    codes: [],
  },
  { id: 'some-table', tableFile: 'schema/tables/some-table.json', version: '1.0.0' },
);

/** A model generated into one target of one template per entry of `sources`, rendering `view`. */
function withFakeTarget(view: object, sources: Record<string, string>, overrides: Partial<Target> = {}): { model: Model; templates: CompiledTemplates } {
  const templates = new Map<string, CompiledTemplate>();
  for (const [name, source] of Object.entries(sources)) templates.set(`fake/${name}`, compileTemplate(`fake/${name}`, source));
  const target = fakeTarget({ files: () => Object.keys(sources).map((name) => ({ template: name, path: `out/${name}` })), buildView: () => view, ...overrides });
  return { model: { ...table, targets: [target] }, templates };
}

/** The model's one package (the fake target's). */
function packageOf(model: Model, templates: CompiledTemplates, license: string): Generator<OutputFile> {
  return renderPackage(model, model.targets[0]!, templates, sharedFiles(model, license));
}

describe('renderPackage', () => {
  it('yields one file per template in the package folder packages/<table id>/<target id>, then the package\'s copies of the vectors and the license', () => {
    const { model, templates } = withFakeTarget({ name: 'x' }, { 'a.txt': 'a {{name}}\n', 'b.txt': 'b {{name}}\n' });
    const files = [...packageOf(model, templates, 'MIT License\n')];
    expect(files).toEqual([
      { path: 'packages/some-table/fake/out/a.txt', chunks: ['a x\n'] },
      { path: 'packages/some-table/fake/out/b.txt', chunks: ['b x\n'] },
      { path: 'packages/some-table/fake/vectors.json', chunks: [vectorsText(model)] },
      { path: 'packages/some-table/fake/LICENSE', chunks: ['MIT License\n'] },
    ]);
    expect(renderedPaths(model)).toEqual(files.map((file) => file.path));
  });

  it('renders nothing until asked: a generator a writer consumes one file at a time', () => {
    let views = 0;
    const { model, templates } = withFakeTarget({}, { 'a.txt': 'a\n' }, { buildView: () => ((views += 1), {}) });
    const files = packageOf(model, templates, '');
    expect(views).toBe(0);
    expect([...files]).toHaveLength(3);
    expect(views).toBe(1);
  });

  it('fails on a field the view lacks instead of writing an empty string, naming the template and the line', () => {
    const { model, templates } = withFakeTarget({}, { 'file.txt': 'text\n  {{missing}}' });
    expect(() => [...packageOf(model, templates, '')]).toThrow('templates/fake/file.txt:2:5: {{missing}}: the view has no field "missing"');
  });

  it('names a template the target lists but nobody compiled', () => {
    const { model } = withFakeTarget({}, { 'a.txt': 'a' });
    expect(() => [...packageOf(model, new Map(), '')]).toThrow('templates/fake/a.txt is missing: the Fake target renders out/a.txt from it');
  });
});
