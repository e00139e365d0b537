import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../model/build-model';
import { type CompiledTemplates, type TemplateSources, templateOptions, type TemplateSpecification } from '../render/render-files';
import type { Target } from '../targets/target';
import { cached } from './disk-cache';

/** Reads every template the targets name for this model. */
export function loadTemplates(templatesDir: string, targets: readonly Target[], model: Model): TemplateSources {
  const sources = new Map<string, string>();
  for (const target of targets) {
    for (const { template } of target.files(model)) {
      const key = `${target.id}/${template}`;
      sources.set(key, readFileSync(join(templatesDir, key), 'utf8'));
    }
  }
  return sources;
}

/** Handlebars' precompiled form of a template: the JavaScript of an object literal, as `handlebars --precompile` writes. */
function precompile(source: string): string {
  // Required here, not at the top: with every template cached, rendering needs only the Handlebars runtime.
  const { default: Handlebars } = require('handlebars/dist/cjs/handlebars') as { default: typeof import('handlebars') };
  return String(Handlebars.precompile(source, templateOptions));
}

function handlebarsVersion(): string {
  return (require('handlebars/package.json') as { version: string }).version;
}

/**
 * Every template the targets name, compiled. Compiling them all takes longer than rendering a small table, so they
 * are kept precompiled (`cached`), as one entry that one read and one evaluation restore, and compiled again only
 * when a source, Handlebars or the options change.
 */
export function loadCompiledTemplates(templatesDir: string, targets: readonly Target[], model: Model): CompiledTemplates {
  const sources = [...loadTemplates(templatesDir, targets, model)];
  const inputs = [handlebarsVersion(), JSON.stringify(templateOptions), ...sources.flatMap(([key, source]) => [key, source])];
  const code = cached('templates', inputs, () => `{\n${sources.map(([key, source]) => `${JSON.stringify(key)}: ${precompile(source)}`).join(',\n')}\n}`);
  const compiled = new Function(`return ${code};`)() as Record<string, TemplateSpecification>;
  return new Map(sources.map(([key]) => [key, compiled[key]!]));
}
