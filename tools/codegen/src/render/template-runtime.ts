import type { FieldSite } from './compile-template';

/**
 * What a compiled template calls (see `compileTemplate`): the checks Handlebars' `strict` mode makes, with errors
 * that name the template, the line and the field. Small enough for V8 to inline into the template.
 */
export interface TemplateRuntime {
  /** `value`, which must be defined: the field read at `site`. */
  field(value: unknown, site: number): unknown;
  /** The text of a `{{field}}`: strings as they are, numbers and booleans as Handlebars prints them. */
  text(value: unknown, site: number): string;
  /** The items of an `{{#each}}`: an array with no missing item. */
  items(value: unknown, site: number): readonly unknown[];
  /** Whether `{{#if}}` takes its first branch: Handlebars' truth, where an empty array and 0 are false. */
  truthy(value: unknown): boolean;
}

/** A view that does not fit its template: a missing field, or a value a template cannot print. */
export class TemplateRenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateRenderError';
  }
}

/** The runtime for the template `template` (`<target id>/<file>`), whose field reads are `sites`. */
export function templateRuntime(template: string, sites: readonly FieldSite[]): TemplateRuntime {
  const fail = (site: number, problem: string): never => {
    const { line, column, expression } = sites[site]!;
    throw new TemplateRenderError(`templates/${template}:${line}:${column + 1}: {{${expression}}}: ${problem}`);
  };
  return {
    field: (value, site) => (value === undefined ? fail(site, `the view has no field "${sites[site]!.field}"`) : value),
    text: (value, site) => (typeof value === 'string' ? value : printable(value) ? String(value) : fail(site, `a template prints strings, numbers and booleans; the view gives ${describe(value)}`)),
    items: (value, site) => {
      if (!Array.isArray(value)) return fail(site, `{{#each}} takes an array; the view gives ${describe(value)}`);
      for (let index = 0; index < value.length; index += 1) {
        if (value[index] === undefined || value[index] === null) return fail(site, `item ${index} of the array is ${String(value[index])}`);
      }
      return value;
    },
    truthy: (value) => (Array.isArray(value) ? value.length > 0 : Boolean(value)),
  };
}

function printable(value: unknown): value is number | boolean {
  return typeof value === 'number' || typeof value === 'boolean';
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
