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
 * How every template is compiled: a missing field is an error rather than an empty string, nothing is HTML-escaped
 * (generated code is not HTML), and a `{{name}}` is always a field, never a helper call (faster, and a template
 * cannot call a helper the view does not know of).
 */
export const templateOptions = { strict: true, noEscape: true, knownHelpersOnly: true } as const;

/**
 * Handlebars' `each`, for the arrays views hold, built for tables of 100,000 codes: the items' text is joined once
 * instead of concatenated item by item (a deep rope that is slow to flatten), and one `@index`/`@first`/`@last`
 * frame is updated in place instead of copied for every item.
 */
function eachItem(this: unknown, items: unknown, options: Handlebars.HelperOptions): string {
  if (!Array.isArray(items)) throw new Error(`{{#each}} takes an array; the view passed ${typeof items}`);
  if (items.length === 0) return options.inverse(this);
  const data = options.data === undefined ? undefined : Handlebars.createFrame(options.data);
  const parts = new Array<string>(items.length);
  for (let index = 0; index < items.length; index += 1) {
    if (data !== undefined) {
      data.index = index;
      data.first = index === 0;
      data.last = index === items.length - 1;
    }
    parts[index] = options.fn(items[index], { data, blockParams: [items[index], index] });
  }
  return parts.join('');
}

/**
 * Renders every target's files one at a time, in registry order, so that a caller can write each file and let it go
 * before the next is built: at 100,000 codes the output is hundreds of megabytes, and a language's view only lives
 * while its files render. Pure: no disk, LF line endings.
 */
export function* renderFiles(model: Model, targets: readonly Target[], templates: CompiledTemplates): Generator<OutputFile> {
  const handlebars = Handlebars.create();
  handlebars.registerHelper('each', eachItem);
  for (const target of targets) {
    const view = target.buildView(model);
    for (const { template, path } of target.files(model)) {
      const key = `${target.id}/${template}`;
      const specification = templates.get(key);
      if (specification === undefined) throw new Error(`template templates/${key} is missing`);
      yield { path, contents: withLineFeeds(handlebars.template(specification)(view)) };
    }
  }
}

/** The paths `renderFiles` yields, without rendering anything. */
export function renderedPaths(model: Model, targets: readonly Target[]): string[] {
  return targets.flatMap((target) => target.files(model).map((file) => file.path));
}

/**
 * LF line endings whatever the template's checkout uses. Values never hold a carriage return (the validator rejects
 * it), so only a template can bring one. The scan also flattens the string Handlebars built by concatenation, which
 * frees the pieces at once instead of keeping them alive until the file is written.
 */
function withLineFeeds(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n/g, '\n') : text;
}

/** Orders files (or changes to them) by path, byte-wise, so output does not depend on the locale. */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
