import Handlebars from 'handlebars';
import { compileTemplate } from '../render/compile-template';
import type { CompiledTemplate } from '../render/render-files';
import { templateRuntime } from '../render/template-runtime';

/** `source` compiled by `compileTemplate` and evaluated, as `loadCompiledTemplates` does (without its cache). */
export function evaluateTemplate(name: string, source: string): CompiledTemplate {
  const { source: code, sites } = compileTemplate((text) => Handlebars.parse(text), name, source);
  return { render: new Function(`return ${code};`)() as CompiledTemplate['render'], sites };
}

/** `source` rendered with `view`, as the template `name`. */
export function renderTemplate(source: string, view: object, name = 'test/file.hbs'): string {
  const template = evaluateTemplate(name, source);
  return template.render(view, templateRuntime(name, template.sites)).join('');
}
