import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../model/build-model';
import { compileTemplate, compilerFingerprint } from '../render/compile-template';
import type { CompiledTemplate, CompiledTemplates, TemplateSources } from '../render/render-files';
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

/** The JavaScript of a `CompiledTemplate` (`{ render, sites }`) for the template `key` (see `compileTemplate`). */
export function compiledCode(key: string, source: string): string {
  // Required here, not at the top: with every template cached, rendering needs no Handlebars at all.
  const { default: Handlebars } = require('handlebars/dist/cjs/handlebars') as { default: typeof import('handlebars') };
  const { source: render, sites } = compileTemplate((text) => Handlebars.parse(text), key, source);
  return `{ render: ${render}, sites: ${JSON.stringify(sites)} }`;
}

function handlebarsVersion(): string {
  return (require('handlebars/package.json') as { version: string }).version;
}

/**
 * Every template the targets name, compiled to a JavaScript function. Compiling them all takes longer than rendering
 * a small table, so they are kept compiled (`cached`), as one entry that one read and one evaluation restore, and
 * compiled again only when a source, Handlebars' parser or the compiler changes.
 */
export function loadCompiledTemplates(templatesDir: string, targets: readonly Target[], model: Model): CompiledTemplates {
  const sources = [...loadTemplates(templatesDir, targets, model)];
  const inputs = [handlebarsVersion(), compilerFingerprint, ...sources.flatMap(([key, source]) => [key, source])];
  const code = cached('templates', inputs, () => `{\n${sources.map(([key, source]) => `${JSON.stringify(key)}: ${compiledCode(key, source)}`).join(',\n')}\n}`);
  const compiled = new Function(`return ${code};`)() as Record<string, CompiledTemplate>;
  return new Map(sources.map(([key]) => [key, compiled[key]!]));
}
