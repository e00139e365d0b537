import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../model/build-model';
import { repoRoot } from '../paths';
import { type CompiledTemplates, compileTemplates, type PrecompiledTemplates, type TemplateSources } from '../render/handlebars';
import type { Target } from '../targets/target';

/**
 * Where `npm run build:codegen` puts the templates it precompiled (`tools/codegen/scripts/bundle.mjs`). Compiling
 * every template takes Handlebars about 150-200 ms, as long as the rest of a run on the bundled table.
 */
export const precompiledTemplatesPath = join(repoRoot, 'tools', 'codegen', 'dist', 'precompiled-templates.js');

/** A template as Handlebars compiles it: line endings are LF whatever the checkout uses, so the output's are too. */
function readTemplate(templatesDir: string, file: string, missing: () => string): string {
  try {
    return readFileSync(join(templatesDir, file), 'utf8').replaceAll('\r\n', '\n');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`templates/${file} is missing: ${missing()}`, { cause: error });
    throw error;
  }
}

/** Reads every template the targets name for this model, and every partial in `templates/partials/`. */
export function loadTemplates(templatesDir: string, targets: readonly Target[], model: Model): TemplateSources {
  const templates = new Map<string, string>();
  for (const target of targets) {
    for (const { template, path } of target.files(model)) {
      const file = `${target.id}/${template}`;
      templates.set(file, readTemplate(templatesDir, file, () => `the ${target.label} target renders ${path} from it`));
    }
  }
  const partials = new Map<string, string>();
  for (const name of readdirSync(join(templatesDir, 'partials')).filter((entry) => entry.endsWith('.hbs')).sort()) {
    partials.set(`partials/${name}`, readTemplate(templatesDir, `partials/${name}`, () => 'it was listed a moment ago'));
  }
  return { templates, partials };
}

/** The templates precompiled at build time, when there are any. */
function loadPrecompiledTemplates(): PrecompiledTemplates | undefined {
  try {
    return require(precompiledTemplatesPath) as PrecompiledTemplates;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return undefined;
    throw error;
  }
}

/** Every template the targets name, compiled once for this run (see `compileTemplates`). */
export function loadCompiledTemplates(templatesDir: string, targets: readonly Target[], model: Model): CompiledTemplates {
  return compileTemplates(loadTemplates(templatesDir, targets, model), loadPrecompiledTemplates());
}
