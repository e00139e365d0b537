import type { ValidateFunction } from 'ajv';
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../paths';
import { targets } from '../targets/registry';
import { schemaOptions } from '../validate/schema-check';
import { tableSchema } from '../validate/table-schema';
import { showText } from '../validate/show-text';
import { cached } from './disk-cache';

export class UsageError extends Error {}

/**
 * The largest table read: 64 MiB. A table of 100,000 codes with realistic texts is about 33 MB (the benchmark's
 * largest), so this leaves room for twice that, while a file that is not a table (a disk image, a log, /dev/zero)
 * is refused before it fills the memory: validating and generating take several times the file's size.
 */
export const maxTableBytes = 64 * 1024 * 1024;

/** What a file read is, for messages: its noun, and what to pass instead. */
export interface FileKind {
  /** `the table` */
  noun: string;
  /** `a table` */
  any: string;
  hint: string;
}

const tableFile: FileKind = { noun: 'the table', any: 'a table', hint: 'Pass the path of a JSON table, e.g. schema/tables/xgpush-error-codes.json' };

function shownPath(path: string): string {
  return showText(relative(process.cwd(), path) || path);
}

/** What a path that is not a regular file is, for the message. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a regular file';
}

const reasons: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a folder on its path is a file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
};

/** Why a file could not be read, without the path Node's message repeats as it is. */
function reasonOf(cause: unknown): string {
  const { code, message } = cause as NodeJS.ErrnoException;
  return reasons[code ?? ''] ?? code ?? showText(message);
}

function tooLarge(path: string, size: string, kind: FileKind): UsageError {
  return new UsageError(`${kind.noun} ${shownPath(path)} is ${size}; ${kind.any} may have at most ${maxTableBytes / 1024 / 1024} MiB. ${kind.hint}`);
}

/** Reads until the end of the file or `limit` bytes, starting from the size `fstat` gave (which a growing file exceeds). */
function readAtMost(descriptor: number, expected: number, limit: number): Buffer {
  let buffer = Buffer.allocUnsafe(Math.min(expected + 1, limit));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length >= limit) return buffer;
      const larger = Buffer.allocUnsafe(Math.min(2 * buffer.length + 1024, limit));
      buffer.copy(larger);
      buffer = larger;
    }
    const read = readSync(descriptor, buffer, length, buffer.length - length, null);
    if (read === 0) return buffer.subarray(0, length);
    length += read;
  }
}

/**
 * The file's bytes, read through one descriptor so that what is checked is what is read: opened without blocking (a
 * FIFO would wait for a writer forever), then refused unless it is a regular file (symbolic links are followed) of at
 * most `maxTableBytes`, and read no further than that (a file that grows while it is read is refused too).
 */
function readRegularFile(path: string, kind: FileKind): Buffer {
  let descriptor: number;
  try {
    descriptor = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (cause) {
    throw new UsageError(`cannot read ${kind.noun} ${shownPath(path)}: ${reasonOf(cause)}. ${kind.hint}`);
  }
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new UsageError(`cannot read ${kind.noun} ${shownPath(path)}: it is ${kindOf(stats)}, not a file. ${kind.hint}`);
    if (stats.size > maxTableBytes) throw tooLarge(path, `${(stats.size / 1024 / 1024).toFixed(1)} MiB`, kind);
    const bytes = readAtMost(descriptor, stats.size, maxTableBytes + 1);
    if (bytes.length > maxTableBytes) throw tooLarge(path, `growing past ${maxTableBytes / 1024 / 1024} MiB as it is read`, kind);
    return bytes;
  } catch (cause) {
    if (cause instanceof UsageError) throw cause;
    throw new UsageError(`cannot read ${kind.noun} ${shownPath(path)}: ${reasonOf(cause)}. ${kind.hint}`);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * The table's text; a file that cannot be read, or is not a regular file of at most `maxTableBytes`, is a usage error
 * (exit code 2), not a validation error. A byte-order mark, which some editors write, is dropped so that columns match
 * what the editor shows. Bytes that are not UTF-8 become U+FFFD, which the validator reports where they are (and a
 * file saved as UTF-16 or UTF-32, once, at its start).
 */
export function loadTable(path: string): string {
  return loadText(path, tableFile);
}

/** A text file read as `loadTable` reads a table: a regular file of at most `maxTableBytes`, UTF-8, without byte-order mark. */
export function loadText(path: string, kind: FileKind): string {
  return readRegularFile(path, kind).toString('utf8').replace(/^\uFEFF/, '');
}

/** The options of `compileSchema`, plus `code.source`, so the compiled validator can be kept as JavaScript. */
export const schemaCompileOptions = { ...schemaOptions, code: { source: true } } as const;

/** Ajv's standalone module for the schema: CommonJS that exports the validate function. */
function compileStandalone(schemaText: string): string {
  // Required here, not at the top: a cached validator needs neither the compiler nor its hundred modules.
  const { default: Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
  const { default: standaloneCode } = require('ajv/dist/standalone') as typeof import('ajv/dist/standalone');
  const ajv = new Ajv2020(schemaCompileOptions);
  return standaloneCode(ajv, ajv.compile(JSON.parse(schemaText) as object));
}

function ajvVersion(): string {
  return (require('ajv/package.json') as { version: string }).version;
}

function evaluateStandalone(code: string): ValidateFunction {
  const module = { exports: {} as unknown };
  // The module requires Ajv's small runtime helpers (`ajv/dist/runtime/...`), resolved from here.
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports as ValidateFunction;
}

/**
 * Where `npm run build:codegen` puts the validator of the registered targets' schema (`tools/codegen/scripts/bundle.mjs`),
 * with Ajv's runtime helpers bundled in: the bin loads it with V8's code cache, like the bundle. Like the bundle, it
 * is what the build made: a run uses it whatever Ajv is installed since, and the next build compiles it again.
 */
export const prebuiltValidatorPath = join(repoRoot, 'tools', 'codegen', 'dist', 'schema-validator.js');

/** What a validator is compiled from: the options and the schema's text. */
export function validatorSource(schemaText: string): string {
  return JSON.stringify([schemaCompileOptions, schemaText]);
}

type Prebuilt = ValidateFunction & { compiledFrom?: unknown; compiledBy?: unknown };

/** The module the build writes to `prebuiltValidatorPath`, before bundling: the standalone validator, what it was compiled from and by which Ajv. */
export function prebuiltValidatorModule(schema: object = tableSchema(targets)): string {
  const text = JSON.stringify(schema);
  return `${compileStandalone(text)}\nmodule.exports.compiledFrom = ${JSON.stringify(validatorSource(text))};\nmodule.exports.compiledBy = ${JSON.stringify(ajvVersion())};\n`;
}

/** The module at `prebuiltValidatorPath`, if it loads; a missing or damaged one (a build interrupted) is none. */
function loadPrebuilt(): Prebuilt | undefined {
  try {
    return require(prebuiltValidatorPath) as Prebuilt;
  } catch {
    return undefined;
  }
}

/** For the build: whether the validator it compiled last is that of this schema, options and installed Ajv. */
export function prebuiltValidatorIsCurrent(schema: object = tableSchema(targets)): boolean {
  delete require.cache[prebuiltValidatorPath];
  const prebuilt = loadPrebuilt();
  return prebuilt?.compiledFrom === validatorSource(JSON.stringify(schema)) && prebuilt.compiledBy === ajvVersion();
}

/** The validator the build compiled, when it was compiled from this schema with these options. */
export function prebuiltValidator(schemaText: string): ValidateFunction | undefined {
  const prebuilt = loadPrebuilt();
  return prebuilt?.compiledFrom === validatorSource(schemaText) ? prebuilt : undefined;
}

/** The validator compiled on this machine, kept as JavaScript on disk (`cached`) for the next run. */
export function validatorCompiledHere(schemaText: string): ValidateFunction {
  return evaluateStandalone(cached('schema-validator', [ajvVersion(), validatorSource(schemaText)], () => compileStandalone(schemaText)));
}

let compiled: { text: string; validate: ValidateFunction } | undefined;

/**
 * The validator of the table schema (`tableSchema`, composed from the registered targets). Compiling takes a tenth
 * of a second and loading Ajv's compiler as long again, which is most of the time a small table takes; so the
 * validator of the registered targets' schema is compiled by the build (`prebuiltValidatorPath`), and any other (a
 * test's targets, sources changed since the build) is kept, in memory and as JavaScript on disk (`cached`), and
 * compiled again only when the schema, Ajv or the options change (`validatorCompiledHere`).
 */
export function loadSchemaValidator(schema: object = tableSchema(targets)): ValidateFunction {
  const text = JSON.stringify(schema);
  if (compiled?.text === text) return compiled.validate;
  const validate = prebuiltValidator(text) ?? validatorCompiledHere(text);
  compiled = { text, validate };
  return validate;
}
