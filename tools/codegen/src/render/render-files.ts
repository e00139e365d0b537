import type { Model } from '../model/build-model';
import { vectorsText } from '../model/build-vectors';
import { targets } from '../targets/registry';
import { packageDir, type Target, type WorkspaceFile } from '../targets/target';
import type { ReferenceFile } from '../reference/reference-files';
import type { CompiledTemplates } from './handlebars';

/**
 * A generated file, in memory: its text as chunks, whose concatenation is the file (a rendered file is one chunk),
 * or its UTF-8 bytes when another thread rendered it (`render-helper.ts`).
 */
export type OutputFile = { path: string; chunks: readonly string[] } | { path: string; bytes: Uint8Array };

/** Bytes another thread sent, as a Buffer over the same memory (no copy). */
export function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** The whole text of a file. */
export function textOf(file: OutputFile): string {
  if ('bytes' in file) return bufferOf(file.bytes).toString('utf8');
  return file.chunks.length === 1 ? file.chunks[0]! : file.chunks.join('');
}

/** A file whose text is one string. */
export function textFile(path: string, text: string): OutputFile {
  return { path, chunks: [text] };
}

/** Every package carries the repository's license beside it, where registries and pkg.go.dev look for it. */
export const licenseFile = 'LICENSE';

/** The files every package of a table carries alike. */
export interface SharedFiles {
  /** The conformance vectors, rendered when a package first needs them. */
  vectors(): readonly string[];
  license: readonly string[];
  /** A package has rendered all its files: after the table's last, the vectors are let go (they are large). */
  packageDone(): void;
}

/**
 * One array for every copy, so the writer encodes the copies' bytes once (`utf8Of`); the same for the license. The
 * vectors are rendered on first use (a thread that renders none of the table's packages never renders them) and
 * kept until every package of the table has rendered.
 */
export function sharedFiles(model: Model, license: string): SharedFiles {
  let vectors: readonly string[] | undefined;
  let packagesLeft = model.targets.length;
  return {
    vectors: () => (vectors ??= [vectorsText(model)]),
    license: [license],
    packageDone: () => {
      packagesLeft -= 1;
      if (packagesLeft > 0) return;
      vectors = undefined;
      packagesLeft = model.targets.length;
    },
  };
}

/**
 * One language's package of a table, one file at a time, so that a caller can write each file and let it go before
 * the next is built: at 100,000 codes the output is hundreds of megabytes, and a language's view only lives while its
 * files render. Each package gets its own copy of the conformance vectors and of the license. Pure: no disk.
 */
export function* renderPackage(model: Model, target: Target, templates: CompiledTemplates, shared: SharedFiles): Generator<OutputFile> {
  const dir = packageDir(model.id, target.id);
  const view = target.buildView(model);
  for (const file of target.files(model)) yield textFile(`${dir}/${file.path}`, renderTemplate(templates, target, file.template, view, file.path));
  yield { path: `${dir}/${target.vectorsPath(model)}`, chunks: shared.vectors() };
  yield { path: `${dir}/${licenseFile}`, chunks: shared.license };
  shared.packageDone();
}

/** The files rendered from every table at once (SwiftPM's root Package.swift), for the targets that have any. */
export function* renderWorkspaceFiles(models: readonly Model[], templates: CompiledTemplates): Generator<OutputFile> {
  for (const { target, file } of workspaceFilesOf(models)) yield textFile(file.path, renderTemplate(templates, target, file.template, file.view, file.path));
}

function workspaceFilesOf(models: readonly Model[]): { target: Target; file: WorkspaceFile }[] {
  return targets.flatMap((target) => {
    const generatedInto = models.filter((model) => model.targets.includes(target));
    return (target.workspaceFiles?.(generatedInto) ?? []).map((file) => ({ target, file }));
  });
}

function renderTemplate(templates: CompiledTemplates, target: Target, template: string, view: object, path: string): string {
  return renderNamed(templates, `${target.id}/${template}`, view, () => `the ${target.label} target renders ${path} from it`);
}

function renderNamed(templates: CompiledTemplates, key: string, view: object, usedFor: () => string): string {
  const compiled = templates.get(key);
  if (compiled === undefined) throw new Error(`templates/${key} is missing: ${usedFor()}`);
  return compiled.render(view);
}

/** The reference pages, one at a time: each page's view is built when it renders. */
export function* renderReferenceFiles(files: readonly ReferenceFile[], templates: CompiledTemplates): Generator<OutputFile> {
  for (const file of files) yield textFile(file.path, renderNamed(templates, file.template, file.view(), () => `the reference page ${file.path} is rendered from it`));
}

/** The paths a table's packages (`renderPackage`, every language) are written to, without rendering anything. */
export function renderedPaths(model: Model): string[] {
  return model.targets.flatMap((target) => {
    const dir = packageDir(model.id, target.id);
    return [...target.files(model).map((file) => `${dir}/${file.path}`), `${dir}/${target.vectorsPath(model)}`, `${dir}/${licenseFile}`];
  });
}

/** The paths `renderWorkspaceFiles` yields. */
export function workspacePaths(models: readonly Model[]): string[] {
  return workspaceFilesOf(models).map(({ file }) => file.path);
}

/** Orders files (or changes to them) by path, byte-wise, so output does not depend on the locale. */
export function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
