import type { ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { schemaOptions } from '../validate/schema-check';
import { cached } from './disk-cache';

export class UsageError extends Error {}

/**
 * The table's text; a file that cannot be read is a usage error (exit code 2), not a validation error.
 * A byte-order mark, which some editors write, is dropped so that columns match what the editor shows.
 * Bytes that are not UTF-8 become U+FFFD, which the validator reports where they are.
 */
export function loadTable(path: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (cause) {
    const reason = (cause as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (cause as Error).message;
    throw new UsageError(`cannot read the table ${relative(process.cwd(), path) || path}: ${reason}. Pass the path of a JSON table, e.g. schema/xgpush-error-codes.json`);
  }
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

const compiled = new Map<string, { text: string; validate: ValidateFunction }>();

/**
 * The schema's validator. Compiling takes a tenth of a second and loading Ajv's compiler as long again, which is
 * most of the time a small table takes; so the compiled validator is kept, in memory and as JavaScript on disk
 * (`cached`), and compiled again only when the schema, Ajv or the options change.
 */
export function loadSchemaValidator(path: string): ValidateFunction {
  const text = readFileSync(path, 'utf8');
  const known = compiled.get(path);
  if (known?.text === text) return known.validate;
  const code = cached('schema-validator', [ajvVersion(), JSON.stringify(schemaCompileOptions), text], () => compileStandalone(text));
  const validate = evaluateStandalone(code);
  compiled.set(path, { text, validate });
  return validate;
}
