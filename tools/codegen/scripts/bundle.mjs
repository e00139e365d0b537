#!/usr/bin/env node
/**
 * Bundles the CLI into one file beside the compiled modules in dist/ (`dist/codegen-bundle.js`): a run then loads one
 * file instead of eighty. The package's bin, `dist/errtable-codegen.js`, is `src/launch.ts`, which runs the bundle with
 * V8's code cache. The render helper's thread (`src/render/render-worker.ts`) is bundled too, into
 * `dist/render-worker.js`, beside the bundle that starts it. The Nx plugin, the tests and the benchmark's in-process stages keep using the compiled modules
 * (`tsc -b`).
 *
 * Then precompiles every template with Handlebars into `dist/precompiled-templates.js`, each beside its source, so a
 * run renders with Handlebars' runtime alone; `loadCompiledTemplates` compiles any template whose source has changed
 * since. Compiling them all takes longer than the rest of a run on the bundled table.
 *
 * Then compiles the validator of the table schema into `dist/schema-validator.js` (`prebuiltValidatorModule`), so
 * that a run neither evaluates the validator's source nor resolves Ajv's helpers in node_modules.
 *
 * Last, runs the bundle once on the bundled tables (`src/warm-code-cache.ts`), so that V8's code cache beside it is
 * that of a whole generation, whichever command runs first after the build.
 *
 * Left out of the bundle: Ajv (its compiler is required only when the compiled-schema cache misses, and the compiled
 * validator requires Ajv's runtime helpers from node_modules) and the Handlebars compiler (only for a template that
 * was not precompiled).
 */
import { build } from 'esbuild';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

await build({
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

const { compileOptions, partialName, precompileTemplate } = require('../dist/render/handlebars.js');
const { precompiledTemplatesPath } = require('../dist/load/load-templates.js');
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
const entries = files.map((file) => {
  const source = readFileSync(join(templatesDir, file), 'utf8').replaceAll('\r\n', '\n');
  return `    ${JSON.stringify(file)}: {\n      source: ${JSON.stringify(source)},\n      spec: ${precompileTemplate(file, source, partials)},\n    },\n`;
});
const module = `// Precompiled from templates/ by tools/codegen/scripts/bundle.mjs.\nmodule.exports = {\n  version: ${JSON.stringify(VERSION)},\n  options: ${JSON.stringify(JSON.stringify(compileOptions))},\n  templates: {\n${entries.join('')}  },\n};\n`;
writeFileSync(`${precompiledTemplatesPath}.tmp`, module);
renameSync(`${precompiledTemplatesPath}.tmp`, precompiledTemplatesPath);

// The validator of the registered targets' schema, compiled by Ajv with its runtime helpers bundled in.
const { prebuiltValidatorModule, prebuiltValidatorPath } = require('../dist/load/load-table.js');
await build({
  absWorkingDir: root,
  stdin: { contents: prebuiltValidatorModule(), resolveDir: root, sourcefile: 'schema-validator.js', loader: 'js' },
  outfile: prebuiltValidatorPath,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
});

require('../dist/warm-code-cache.js').warmCodeCache(join(root, '..', '..'));
