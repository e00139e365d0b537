import { type CompiledTemplate, compileTemplates } from '../render/handlebars';

/** `source` compiled as the template `file` (`<target id>/<name>`), as `loadCompiledTemplates` compiles it. */
export function compileTemplate(file: string, source: string, partials: Readonly<Record<string, string>> = {}): CompiledTemplate {
  const compiled = compileTemplates({ templates: new Map([[file, source]]), partials: new Map(Object.entries(partials)) });
  return compiled.get(file)!;
}

/** `source` rendered with `view`, as the template `file`. */
export function renderTemplate(source: string, view: object, file = 'test/file.hbs', partials: Readonly<Record<string, string>> = {}): string {
  return compileTemplate(file, source, partials).render(view);
}
