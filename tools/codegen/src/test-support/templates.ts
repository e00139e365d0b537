import { compiledCode } from '../load/load-templates';
import type { CompiledTemplate } from '../render/render-files';
import { templateRuntime } from '../render/template-runtime';

/** `source` compiled and evaluated as `loadCompiledTemplates` does, one template and without its cache. */
export function evaluateTemplate(name: string, source: string): CompiledTemplate {
  return new Function(`return ${compiledCode(name, source)};`)() as CompiledTemplate;
}

/** `source` rendered with `view`, as the template `name`. */
export function renderTemplate(source: string, view: object, name = 'test/file.hbs'): string {
  const template = evaluateTemplate(name, source);
  return template.render(view, templateRuntime(name, template.sites)).join('');
}
