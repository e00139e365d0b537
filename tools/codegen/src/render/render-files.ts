import Handlebars from 'handlebars';
import type { Model } from '../model/build-model';
import type { Target } from '../targets/target';

/** A generated file, in memory. */
export interface OutputFile {
  path: string;
  contents: string;
}

/** Template sources keyed `<target id>/<template path>`, as loaded by `loadTemplates`. */
export type TemplateSources = ReadonlyMap<string, string>;

/** Renders every target's files. Pure: no disk, output sorted by path, LF line endings. */
export function renderFiles(model: Model, targets: readonly Target[], templates: TemplateSources): OutputFile[] {
  const handlebars = Handlebars.create();
  const files = targets.flatMap((target) => {
    const view = target.buildView(model);
    return target.files(model).map(({ template, path }) => {
      const key = `${target.id}/${template}`;
      const source = templates.get(key);
      if (source === undefined) throw new Error(`template templates/${key} is missing`);
      const render = handlebars.compile(source, { strict: true, noEscape: true });
      return { path, contents: render(view).replace(/\r\n/g, '\n') };
    });
  });
  return files.sort(byPath);
}

/** Orders files by path, byte-wise, so output does not depend on the locale. */
export function byPath(a: OutputFile, b: OutputFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
