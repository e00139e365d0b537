#!/usr/bin/env node
/**
 * Bundles the CLI into one file beside the compiled modules in dist/ (`dist/codegen-bundle.js`): a run then loads one
 * file instead of eighty. The package's bin, `dist/errtable-codegen.js`, is `src/launch.ts`, which runs the bundle with
 * V8's code cache. The render helper's thread (`src/render/render-worker.ts`) is bundled too, into
 * `dist/render-worker.js`, beside the bundle that starts it. The Nx plugin, the tests and the benchmark's in-process stages keep using the compiled modules
 * (`tsc -b`).
 *
 * Then precompiles every template with Handlebars into `dist/precompiled-templates.js`, each beside its source and
 * its file's stamp (inode, size, modification and change times), so a run renders with Handlebars' runtime alone and
 * reads only a template whose stamp has changed since; `loadCompiledTemplates` compiles any template whose source has
 * changed.
 * Compiling them all takes longer than the rest of a run on the bundled table.
 *
 * Then compiles the validator of the table schema into `dist/schema-validator.js` (`prebuiltValidatorModule`), so
 * that a run neither evaluates the validator's source nor resolves Ajv's helpers in node_modules; again only when
 * the schema, the options or Ajv changed (`prebuiltValidatorIsCurrent`).
 *
 * Every output is written only when its bytes changed (beside, then renamed): a file's V8 code cache is keyed by its
 * size and time, so an unchanged build keeps it. Last, when a cache is missing or stale, runs the bundle once on the
 * bundled tables (`src/warm-code-cache.ts`), so that the cache is that of a whole generation, whichever command
 * runs first after the build.
 *
 * Left out of the bundle: Ajv (its compiler is required only to compile a validator for another schema than the
 * build's, which then requires Ajv's runtime helpers from node_modules) and the Handlebars compiler (only for a
 * template that was not precompiled).
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const { replaceFile } = require('../dist/replace-file.js');

/** Writes `contents` to `path` unless it holds them already, whole or not at all (`replaceFile`). */
function writeIfChanged(path, contents) {
  try {
    if (readFileSync(path).equals(Buffer.from(contents))) return;
  } catch {
    // Not there yet.
  }
  replaceFile(path, contents);
}

const bundled = await build({
  write: false,
  absWorkingDir: root,
  entryPoints: { 'codegen-bundle': 'src/cli.ts', 'errtable-codegen': 'src/launch.ts', 'render-worker': 'src/render/render-worker.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's "main" is a UMD build that requires its parts dynamically; its ES module build bundles.
  mainFields: ['module', 'main'],
  external: ['ajv', 'handlebars/dist/cjs/handlebars'],
  logLevel: 'warning',
});
for (const file of bundled.outputFiles) writeIfChanged(file.path, file.contents);

const { compileOptions, partialName, precompileTemplate } = require('../dist/render/handlebars.js');
const { precompiledTemplatesPath, stampOf, templateStamp } = require('../dist/load/load-templates.js');
const { templatesDir } = require('../dist/paths.js');
const { VERSION } = require('handlebars/dist/cjs/handlebars').default;

/** Every `.hbs` file under `dir`, relative to `templatesDir`, `/`-separated. */
const templateFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return templateFiles(path);
    return entry.name.endsWith('.hbs') ? [relative(templatesDir, path).split('\\').join('/')] : [];
  });

const files = templateFiles(templatesDir).sort();
const partials = new Set(files.filter((file) => file.startsWith('partials/')).map(partialName));
/** A file changed less than this long ago may change again within its time stamps' precision: it gets no stamp. */
const settledAfterMs = 2000;

const entries = files.map((file) => {
  const path = join(templatesDir, file);
  const before = statSync(path);
  const source = readFileSync(path, 'utf8').replaceAll('\r\n', '\n');
  // The stamp is of the source read: the file did not change while it was read, nor just before.
  const settled = templateStamp(path) === stampOf(before) && Date.now() - before.ctimeMs > settledAfterMs;
  const stamp = settled ? stampOf(before) : undefined;
  return `    ${JSON.stringify(file)}: {\n      source: ${JSON.stringify(source)},\n      stamp: ${JSON.stringify(stamp)},\n      spec: ${precompileTemplate(file, source, partials)},\n    },\n`;
});
const module = `// Precompiled from templates/ by tools/codegen/scripts/bundle.mjs.\nmodule.exports = {\n  version: ${JSON.stringify(VERSION)},\n  options: ${JSON.stringify(JSON.stringify(compileOptions))},\n  templates: {\n${entries.join('')}  },\n};\n`;
writeIfChanged(precompiledTemplatesPath, module);

// The validator of the registered targets' schema, compiled by Ajv with its runtime helpers bundled in.
const { prebuiltValidatorIsCurrent, prebuiltValidatorModule, prebuiltValidatorPath } = require('../dist/load/load-table.js');
if (!prebuiltValidatorIsCurrent()) {
  const validator = await build({
    write: false,
    absWorkingDir: root,
    stdin: { contents: prebuiltValidatorModule(), resolveDir: root, sourcefile: 'schema-validator.js', loader: 'js' },
    outfile: prebuiltValidatorPath,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'warning',
  });
  writeIfChanged(prebuiltValidatorPath, validator.outputFiles[0].contents);
}

// When this build ran, for the tests that refuse a bundle older than its sources (it may be unchanged, and keep its time).
writeFileSync(join(root, 'dist', 'bundle.built'), `${new Date().toISOString()}\n`);

const { codeCacheIsCurrent, warmCodeCache } = require('../dist/warm-code-cache.js');
const repository = join(root, '..', '..');
if (!codeCacheIsCurrent(repository)) {
  const { status, stderr } = warmCodeCache(repository);
  if (status !== 0) {
    const why = stderr.trim().split('\n').slice(-1)[0] ?? '';
    console.warn(`build:codegen: the generation that saves V8's code cache exited with ${status} (${why}); the next generation saves it instead.`);
  }
}
