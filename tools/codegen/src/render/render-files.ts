import type { Model } from '../model/build-model';
import type { Target } from '../targets/target';
import type { CompiledTemplates } from './handlebars';

/** A generated file, in memory: its text as chunks, whose concatenation is the file (a rendered file is one chunk). */
export interface OutputFile {
  path: string;
  chunks: readonly string[];
}

/** The whole text of a file. */
export function textOf(file: OutputFile): string {
  return file.chunks.length === 1 ? file.chunks[0]! : file.chunks.join('');
}

/** A file whose text is one string. */
export function textFile(path: string, text: string): OutputFile {
  return { path, chunks: [text] };
}

/**
 * Renders every target's files one at a time, in registry order, so that a caller can write each file and let it go
 * before the next is built: at 100,000 codes the output is hundreds of megabytes, and a language's view only lives
 * while its files render. Pure: no disk.
 */
export function* renderFiles(model: Model, targets: readonly Target[], templates: CompiledTemplates): Generator<OutputFile> {
  for (const target of targets) {
    const view = target.buildView(model);
    for (const file of target.files(model)) {
      const key = `${target.id}/${file.template}`;
      const template = templates.get(key);
      if (template === undefined) throw new Error(`templates/${key} is missing: the ${target.label} target renders ${file.path} from it`);
      yield textFile(file.path, template.render(view));
    }
  }
}

/** The paths `renderFiles` yields, without rendering anything. */
export function renderedPaths(model: Model, targets: readonly Target[]): string[] {
  return targets.flatMap((target) => target.files(model).map((file) => file.path));
}

/** Orders files (or changes to them) by path, byte-wise, so output does not depend on the locale. */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
