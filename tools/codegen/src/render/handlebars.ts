import type { TemplateDelegate } from 'handlebars';

/**
 * How every template and partial is compiled: `strict` (a field the view lacks fails the render instead of printing
 * nothing), `noEscape` (generated code is not HTML: `"` stays `"`), `knownHelpersOnly` (only Handlebars' built-in
 * helpers; any other fails at compile time, at its line). Templates only arrange values the views computed.
 */
export const compileOptions = { strict: true, noEscape: true, knownHelpersOnly: true } as const;

/** Template files relative to `templates/`: `<target id>/<file>.hbs`, and the partials as `partials/<name>.hbs`. */
export interface TemplateSources {
  templates: ReadonlyMap<string, string>;
  partials: ReadonlyMap<string, string>;
}

/** A template ready to render: the file's text for a view, or a `TemplateError` naming the template and line. */
export interface CompiledTemplate {
  render(view: object): string;
}

/** Compiled templates keyed like `TemplateSources.templates`. */
export type CompiledTemplates = ReadonlyMap<string, CompiledTemplate>;

/**
 * Templates precompiled when the CLI is built (`tools/codegen/scripts/bundle.mjs`), each beside the source it was
 * compiled from: one whose source has changed since is compiled again, so a stale build never renders old text.
 */
export interface PrecompiledTemplates {
  version: string;
  options: string;
  /**
   * Keyed like `TemplateSources`: `spec` is what `Handlebars.precompile` returns, evaluated; `stamp` is the file's
   * `templateStamp` when it was compiled, so that a file still bearing it need not be read again.
   */
  templates: Readonly<Record<string, { source: string; stamp: string | undefined; spec: object }>>;
}

/** A template that does not compile, or a view that does not fit its template; the message names file and line. */
export class TemplateError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TemplateError';
  }
}

type Handlebars = typeof import('handlebars');

/** Handlebars' runtime: enough to render precompiled templates, and a third of the full library's load time. */
function handlebarsRuntime(): Handlebars {
  return (require('handlebars/dist/cjs/handlebars.runtime') as { default: Handlebars }).default;
}

/** The full library, with its compiler: loaded only when a template was not precompiled (tests, the Nx plugin). */
function handlebarsCompiler(): Handlebars {
  return (require('handlebars/dist/cjs/handlebars') as { default: Handlebars }).default;
}

/** The partial a file in `partials/` registers: `partials/header.hbs` is `{{> header}}`. */
export function partialName(file: string): string {
  return file.replace(/^partials\//, '').replace(/\.hbs$/, '');
}

/**
 * The JavaScript Handlebars compiles `source` (the template `file`) to, as `Handlebars.precompile` writes it. Fails
 * with the file and line on a syntax error, an unknown helper or a partial that `partials` does not hold.
 */
export function precompileTemplate(file: string, source: string, partials: ReadonlySet<string>): string {
  const handlebars = handlebarsCompiler();
  let program: hbs.AST.Program;
  try {
    program = handlebars.parse(source);
  } catch (error) {
    const line = /on line (\d+)/.exec(String((error as Error).message))?.[1];
    throw new TemplateError(`templates/${file}${line === undefined ? '' : `:${line}`}: ${(error as Error).message}`, { cause: error });
  }
  for (const { name, loc } of partialCalls(program)) {
    if (!partials.has(name)) {
      const known = [...partials].map((partial) => `{{> ${partial}}}`).join(', ') || 'none';
      throw new TemplateError(`templates/${file}:${loc.start.line}:${loc.start.column + 1}: {{> ${name}}}: no such partial in templates/partials/ (there: ${known})`);
    }
  }
  try {
    // A copy: Handlebars adds its defaults to the options object it is given.
    return handlebars.precompile(program, { ...compileOptions }) as string;
  } catch (error) {
    throw located(file, source, error);
  }
}

/** The partials `program` includes by name (`{{> header}}`), with where. */
function partialCalls(program: hbs.AST.Program): { name: string; loc: hbs.AST.SourceLocation }[] {
  const calls: { name: string; loc: hbs.AST.SourceLocation }[] = [];
  const visit = (node: hbs.AST.Program | undefined): void => {
    for (const statement of node?.body ?? []) {
      if (statement.type === 'PartialStatement' || statement.type === 'PartialBlockStatement') {
        const { name } = statement as hbs.AST.PartialStatement;
        calls.push({ name: name.type === 'PathExpression' ? (name as hbs.AST.PathExpression).original : `(${name.type})`, loc: statement.loc });
      }
      if ('program' in statement) visit((statement as hbs.AST.BlockStatement).program);
      if ('inverse' in statement) visit((statement as hbs.AST.BlockStatement).inverse);
    }
  };
  visit(program);
  return calls;
}

/**
 * Every template and partial on one isolated Handlebars instance, each compiled once: taken from `precompiled` when
 * it was compiled from the same source by the same Handlebars, compiled here otherwise.
 */
export function compileTemplates(sources: TemplateSources, precompiled?: PrecompiledTemplates): CompiledTemplates {
  const runtime = handlebarsRuntime();
  const usable = precompiled?.version === runtime.VERSION && precompiled.options === JSON.stringify(compileOptions) ? precompiled.templates : {};
  const partialNames = new Set([...sources.partials.keys()].map(partialName));
  const spec = (file: string, source: string): object => {
    const built = usable[file];
    if (built !== undefined && built.source === source) return built.spec;
    return new Function(`return ${precompileTemplate(file, source, partialNames)};`)() as object;
  };
  const handlebars = runtime.create();
  for (const [file, source] of sources.partials) {
    const partial = handlebars.template(spec(file, source) as TemplateSpecification);
    handlebars.registerPartial(partialName(file), withLocatedErrors(file, source, partial));
  }
  const compiled = new Map<string, CompiledTemplate>();
  for (const [file, source] of sources.templates) {
    const template = withLocatedErrors(file, source, handlebars.template(spec(file, source) as TemplateSpecification));
    compiled.set(file, { render: (view) => template(view) });
  }
  return compiled;
}

type TemplateSpecification = Parameters<Handlebars['template']>[0];

/** `template`, whose errors name `file` and the line; an error of a partial it includes says where it was included. */
function withLocatedErrors(file: string, source: string, template: TemplateDelegate): TemplateDelegate {
  return (context, options) => {
    try {
      return template(context, options);
    } catch (error) {
      if (error instanceof TemplateError) throw new TemplateError(`${error.message} (included from templates/${file})`, { cause: error.cause });
      throw located(file, source, error);
    }
  };
}

interface HandlebarsException extends Error {
  lineNumber?: number;
  column?: number;
  endLineNumber?: number;
  endColumn?: number;
}

/**
 * A Handlebars error as `templates/<file>:line:column: problem`. Strict mode's `"member" not defined in [object Object]`
 * becomes `{{example.member}}: the view has no field "member"`, quoting the expression from the template.
 */
function located(file: string, source: string, error: unknown): TemplateError {
  const { message, lineNumber, column = 0, endLineNumber, endColumn } = error as HandlebarsException;
  const problem = String(message).replace(/ - \d+:\d+$/, '');
  if (lineNumber === undefined) return new TemplateError(`templates/${file}: ${problem}`, { cause: error });
  const where = `templates/${file}:${lineNumber}:${column + 1}`;
  const [, field, holder] = /^"(.*)" not defined in (.*)$/s.exec(problem) ?? [];
  if (field === undefined) return new TemplateError(`${where}: ${problem}`, { cause: error });
  const line = source.split('\n')[lineNumber - 1] ?? '';
  const expression = endLineNumber === lineNumber && endColumn !== undefined ? line.slice(column, endColumn) : field;
  // Only the last segment of a path is checked: a missing segment before it shows as an undefined holder.
  const missingHolder = holder === 'undefined' || holder === 'null' ? ` (what should hold it is ${holder})` : '';
  return new TemplateError(`${where}: {{${expression}}}: the view has no field "${field}"${missingHolder}`, { cause: error });
}
