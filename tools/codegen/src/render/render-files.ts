import Handlebars from 'handlebars/runtime';
import type { Model } from '../model/build-model';
import type { Target } from '../targets/target';

/** A generated file, in memory. */
export interface OutputFile {
  path: string;
  contents: string;
}

/** Template sources keyed `<target id>/<template path>`, as loaded by `loadTemplates`. */
export type TemplateSources = ReadonlyMap<string, string>;

/** A template as Handlebars precompiles it (`Handlebars.precompile`), evaluated. */
export type TemplateSpecification = Parameters<typeof Handlebars.template>[0];

/** Compiled templates keyed like `TemplateSources`, as loaded by `loadCompiledTemplates`. */
export type CompiledTemplates = ReadonlyMap<string, TemplateSpecification>;

/**
 * How every template is compiled: a missing field is an error rather than an empty string, and nothing is
 * HTML-escaped (generated code is not HTML).
 */
export const templateOptions = { strict: true, noEscape: true } as const;

/** Renders every target's files. Pure: no disk, output sorted by path, LF line endings. */
export function renderFiles(model: Model, targets: readonly Target[], templates: CompiledTemplates): OutputFile[] {
  const handlebars = Handlebars.create();
  const files = targets.flatMap((target) => {
    const view = target.buildView(model);
    return target.files(model).map(({ template, path }) => {
      const key = `${target.id}/${template}`;
      const specification = templates.get(key);
      if (specification === undefined) throw new Error(`template templates/${key} is missing`);
      return { path, contents: withLineFeeds(handlebars.template(specification)(view)) };
    });
  });
  return files.sort(byPath);
}

/**
 * LF line endings whatever the template's checkout uses. Values never hold a carriage return (the validator rejects
 * it), so only a template can bring one. The scan also flattens the string Handlebars built by concatenation, which
 * frees the pieces at once instead of keeping them alive until the file is written.
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
}

/** Orders files by path, byte-wise, so output does not depend on the locale. */
export function byPath(a: OutputFile, b: OutputFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
