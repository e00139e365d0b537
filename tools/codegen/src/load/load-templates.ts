import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Model } from '../model/build-model';
import type { TemplateSources } from '../render/render-files';
import type { Target } from '../targets/target';

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
