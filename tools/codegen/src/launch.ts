#!/usr/bin/env node
/**
 * The package's bin (`dist/errtable-codegen.js`): runs the bundled CLI (`dist/codegen-bundle.js`) with V8's code cache.
 *
 * Compiling the bundle and the precompiled templates is a large part of a run on the bundled tables. V8 can save the
 * machine code it compiled (`vm.Script#createCachedData`) and start from it next time; Node 20 has no switch for that
 * (`module.enableCompileCache` came with Node 22), so this file does what such a switch does, for the files of dist/
 * only: each is compiled with the cache saved beside it, and the cache is written at exit when it was missing or V8
 * rejected it (another V8, another build). A cache that cannot be read or written costs nothing but the time.
 * The cache is saved after the run, so it holds the functions the run compiled, not only the top level;
 * `npm run build:codegen` saves it from a whole generation of the bundled tables (`src/warm-code-cache.ts`).
 */
import Module from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { codeCacheKey, codeCachePathOf, savedCodeCache } from './code-cache-key';
import { replaceFile } from './replace-file';

interface CompilingModule {
  _compile(content: string, filename: string): unknown;
}

type ModuleWrapper = (exports: unknown, require: NodeJS.Require, module: unknown, filename: string, dirname: string) => void;

const distFolder = __dirname;

/** Saved beside the file, whole or not at all (`replaceFile`): two runs at once never leave half a cache. */
function writeCache(filename: string, key: string, script: Script): void {
  try {
    replaceFile(codeCachePathOf(filename), Buffer.concat([Buffer.from(key, 'latin1'), script.createCachedData()]));
  } catch {
    // A read-only install: the next run compiles again.
  }
}

/** The content without its `#!` line, as Node compiles a CommonJS file. */
function withoutShebang(content: string): string {
  return content.startsWith('#!') ? content.replace(/^#![^\n]*/, '') : content;
}

/** Compiles the files of dist/ with the code cache; every other file as Node would. */
function installCodeCache(): void {
  const prototype = Module.prototype as unknown as CompilingModule;
  const compile = prototype._compile;
  const toSave: { filename: string; key: string; script: Script }[] = [];
  prototype._compile = function compileWithCache(this: Module, content: string, filename: string) {
    if (dirname(filename) !== distFolder) return compile.call(this, content, filename);
    const key = codeCacheKey(filename);
    const cachedData = savedCodeCache(filename, key);
    const script = new Script(Module.wrap(withoutShebang(content)), { filename, cachedData });
    if (cachedData === undefined || script.cachedDataRejected === true) toSave.push({ filename, key, script });
    const wrapper = script.runInThisContext() as ModuleWrapper;
    return wrapper.call(this.exports, this.exports, Module.createRequire(filename), this, filename, dirname(filename));
  };
  process.once('exit', () => {
    for (const { filename, key, script } of toSave) writeCache(filename, key, script);
  });
}

installCodeCache();
require(join(distFolder, 'codegen-bundle.js'));
