import { readdirSync, readFileSync, type Stats, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../paths';
import { type CompiledTemplates, compileTemplates, type PrecompiledTemplates, type TemplateSources } from '../render/handlebars';
import { referenceTemplatesFolder } from '../reference/reference-files';
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

/** Every `.hbs` file under `templates/<folder>`, relative to `templatesDir`, `/`-separated, sorted. */
function templateFilesIn(templatesDir: string, folder: string): string[] {
  let entries;
  try {
    entries = readdirSync(join(templatesDir, folder), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`templates/${folder} is missing: every target has a folder of templates named after its id`, { cause: error });
    throw error;
  }
  return entries
    .flatMap((entry) => (entry.isDirectory() ? templateFilesIn(templatesDir, `${folder}/${entry.name}`) : entry.name.endsWith('.hbs') ? [`${folder}/${entry.name}`] : []))
    .sort();
}

/**
 * What identifies a version of a file without reading it: its inode, size, and modification and change times. A copy
 * that keeps the modification time (`cp -p`, `rsync -a`, `touch -r`) still gets a new inode or change time.
 */
export function stampOf(stats: Stats): string {
  return `${stats.ino} ${stats.size} ${stats.mtimeMs} ${stats.ctimeMs}`;
}

/** The file's `stampOf`; undefined when there is no file. */
export function templateStamp(path: string): string | undefined {
  const stats = statSync(path, { throwIfNoEntry: false });
  return stats === undefined ? undefined : stampOf(stats);
}

/**
 * Reads every template of the targets (`templates/<target id>/**`) and of the other `folders` (the reference pages'),
 * and every partial in `templates/partials/`. A file that still has the stamp (`templateStamp`) it had when it was
 * precompiled (`precompiled`) is not read again: its source is the one precompiled.
 */
export function loadTemplates(templatesDir: string, targets: readonly Target[], folders: readonly string[] = [], precompiled?: PrecompiledTemplates): TemplateSources {
  const read = (file: string) => {
    const built = precompiled?.templates[file];
    if (built?.stamp !== undefined && templateStamp(join(templatesDir, file)) === built.stamp) return built.source;
    return readTemplate(templatesDir, file, () => 'it was listed a moment ago');
  };
  const templateFiles = [...targets.map((target) => target.id), ...folders].flatMap((folder) => templateFilesIn(templatesDir, folder));
  const templates = new Map(templateFiles.map((file) => [file, read(file)] as const));
  const partials = new Map(templateFilesIn(templatesDir, 'partials').map((file) => [file, read(file)] as const));
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

/** Every template the targets and the reference pages name, compiled once for this run (see `compileTemplates`). */
export function loadCompiledTemplates(templatesDir: string, targets: readonly Target[]): CompiledTemplates {
  const precompiled = loadPrecompiledTemplates();
  return compileTemplates(loadTemplates(templatesDir, targets, [referenceTemplatesFolder], precompiled), precompiled);
}
