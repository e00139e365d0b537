// The AST types (`hbs.AST`) are declared globally by Handlebars' typings, which this import brings in.
import type {} from 'handlebars';

type Node = hbs.AST.Node;
type Program = hbs.AST.Program;
type Statement = hbs.AST.Statement;
type PathExpression = hbs.AST.PathExpression;

/** Where in a template a field is read: what `TemplateRuntime` names when the field is missing or cannot be printed. */
export interface FieldSite {
  /** The expression as written, e.g. `../typeName`. */
  expression: string;
  /** The field that was read: one segment of `expression`, or `this`. */
  field: string;
  line: number;
  column: number;
}

/**
 * A template compiled to JavaScript: the source of a function expression `(view, runtime) => string[]` (see
 * `TemplateRuntime`), and the sites of its field reads, numbered as the source numbers them.
 */
export interface TemplateCode {
  source: string;
  sites: FieldSite[];
}

/** A construct the template compiler does not take, located in the template. */
export class TemplateSyntaxError extends Error {
  constructor(template: string, line: number, column: number, problem: string) {
    super(`templates/${template}:${line}:${column + 1}: ${problem}`);
    this.name = 'TemplateSyntaxError';
  }
}

/**
 * After an `{{#each}}` item, the pieces pushed so far become one chunk once they are this many. A chunk of plain
 * text stays one byte per character even when a file elsewhere holds other characters (one string of the whole
 * file would be two bytes per character throughout), and the writer encodes each chunk on its own. For the four
 * large files of 10,000 codes, joining and encoding took 130-210 ms this way against 190-280 ms as one string each.
 */
const piecesPerChunk = 2048;

const notComputedHere = 'compute the value in the target\'s view (tools/codegen/src/targets/<id>/target.ts) instead';

/**
 * Compiles a Handlebars template to one plain JavaScript function. Handlebars parses it (its grammar, and its
 * whitespace rules: standalone `{{#each}}` lines and `~` are stripped exactly as Handlebars strips them); this
 * compiler then writes the statements out as pushes of their text onto one array, joined into a chunk every
 * `piecesPerChunk` pieces: the function returns the file's text as chunks, whose concatenation is the file.
 * Templates only arrange values the views computed, so it takes the part of Handlebars they use: `{{field}}`,
 * `{{a.b}}`, `{{this}}`, `{{../field}}`, `{{#each}}`, `{{#if}}`, `{{#unless}}`, `{{else}}` and comments. Anything
 * else (helpers, partials, `@index`, ...) is an error that points at the line. What the runtime checks is what
 * Handlebars' `strict` mode checks: a field the view lacks is an error, not an empty string.
 */
export function compileTemplate(parse: (source: string) => Program, name: string, source: string): TemplateCode {
  const compiler = new Compiler(name);
  const body = compiler.program(parse(source), 0);
  return {
    source: `(function (c0, { text, field, items, truthy }) {\n  const out = [];\n  const chunks = [];\n  let v;\n${body}  chunks.push(out.join(''));\n  return chunks;\n})`,
    sites: compiler.sites,
  };
}

class Compiler {
  readonly sites: FieldSite[] = [];
  /** How many `{{#each}}` loops are written so far: each gets its own variable names. */
  private loops = 0;

  constructor(private readonly name: string) {}

  /**
   * The statements of `program`, with `c<depth>` as the current context. Every piece of text goes onto one array,
   * joined into chunks: each character is copied once, where concatenated strings (ropes) were copied again when
   * flattened, and at 100,000 codes the peak memory is 560 MB instead of 670 MB.
   */
  program(program: Program, depth: number): string {
    if (program.blockParams?.length) this.fail(program, 'block parameters (`as |x|`) are not supported; use {{this}} or a field of the item');
    let code = '';
    let pending: string[] = [];
    const flush = () => {
      if (pending.length > 0) code += `${Compiler.indent(depth)}out.push(${pending.join(', ')});\n`;
      pending = [];
    };
    for (const statement of program.body) {
      if (statement.type === 'ContentStatement') {
        const { value } = statement as hbs.AST.ContentStatement;
        // LF line endings whatever the template's checkout uses; values never hold a carriage return (the validator
        // rejects it), so the output has none either.
        if (value !== '') pending.push(JSON.stringify(value.replace(/\r\n/g, '\n')));
      } else if (statement.type === 'MustacheStatement') {
        pending.push(this.mustache(statement as hbs.AST.MustacheStatement, depth));
      } else if (statement.type === 'BlockStatement') {
        flush();
        code += this.block(statement as hbs.AST.BlockStatement, depth);
      } else if (statement.type !== 'CommentStatement') {
        this.fail(statement, Compiler.unsupported(statement));
      }
    }
    flush();
    return code;
  }

  private mustache(mustache: hbs.AST.MustacheStatement, depth: number): string {
    const path = this.onlyPath(mustache, mustache.path, mustache.params, mustache.hash, 'a field');
    const value = this.lastSegment(path, depth, mustache);
    const site = this.lastSite();
    // Most values are strings: those take no call. A large template exhausts V8's inlining budget, so calls stay calls.
    return `(typeof (v = ${value}) === 'string' ? v : text(field(v, ${site}), ${site}))`;
  }

  private block(block: hbs.AST.BlockStatement, depth: number): string {
    const helper = block.path.type === 'PathExpression' ? (block.path as PathExpression).original : '';
    if (helper !== 'each' && helper !== 'if' && helper !== 'unless') {
      this.fail(block, `{{#${helper || '...'}}} is not supported: blocks are {{#each}}, {{#if}} and {{#unless}}; ${notComputedHere}`);
    }
    if (block.params.length !== 1 || block.hash) this.fail(block, `{{#${helper}}} takes exactly one field, as in {{#${helper} codes}}`);
    const value = this.read(this.onlyPath(block, block.params[0]!, [], undefined, `the field {{#${helper}}} reads`), depth, block);
    const site = this.lastSite();
    const pad = Compiler.indent(depth);
    const inverse = block.inverse ? this.program(block.inverse, depth) : '';
    if (helper !== 'each') {
      const test = helper === 'if' ? `truthy(${value})` : `!truthy(${value})`;
      const otherwise = inverse === '' ? '' : ` else {\n${inverse}${pad}}`;
      return `${pad}if (${test}) {\n${this.program(block.program, depth)}${pad}}${otherwise}\n`;
    }
    return this.each(block, value, site, inverse, depth);
  }

  /** `{{#each}}`: a loop over the items, with the item as the context (`c<depth + 1>`). */
  private each(block: hbs.AST.BlockStatement, value: string, site: number, inverse: string, depth: number): string {
    const inner = depth + 1;
    const [pad, itemPad] = [Compiler.indent(depth), Compiler.indent(inner)];
    this.loops += 1;
    const [list, index] = [`items${this.loops}`, `i${this.loops}`];
    const otherwise = inverse === '' ? '' : `${pad}if (${list}.length === 0) {\n${inverse}${pad}}\n`;
    return (
      `${pad}const ${list} = items(${value}, ${site});\n${otherwise}` +
      `${pad}for (let ${index} = 0; ${index} < ${list}.length; ${index} += 1) {\n` +
      `${itemPad}const c${inner} = ${list}[${index}];\n` +
      this.program(block.program, inner) +
      `${itemPad}if (out.length >= ${piecesPerChunk}) {\n${itemPad}  chunks.push(out.join(''));\n${itemPad}  out.length = 0;\n${itemPad}}\n` +
      `${pad}}\n`
    );
  }

  /**
   * The expression reading `path`, failing at run time (through `field`) on each segment the view lacks; errors
   * point at `statement`, the `{{` that reads it.
   */
  private read(path: PathExpression, depth: number, statement: Node): string {
    return `field(${this.lastSegment(path, depth, statement)}, ${this.lastSite()})`;
  }

  /** Like `read`, but the last segment is read without its check, which the caller makes. */
  private lastSegment(path: PathExpression, depth: number, statement: Node): string {
    if (path.data) this.fail(path, `{{${path.original}}}: data variables (@index, @first, @last, @root) are not supported; ${notComputedHere}`);
    if (path.depth > depth) this.fail(path, `{{${path.original}}} goes up ${path.depth} level(s) but is inside only ${depth} {{#each}}`);
    const context = `c${depth - path.depth}`;
    if (path.parts.length === 0) return (this.site(path, 'this', statement), context);
    let code = context;
    path.parts.forEach((part, index) => {
      if (index > 0) code = `field(${code}, ${this.lastSite()})`;
      code += Compiler.propertyAccess(part);
      this.site(path, part, statement);
    });
    return code;
  }

  private onlyPath(node: Node, path: Node, params: readonly Node[], hash: unknown, what: string): PathExpression {
    if (path.type !== 'PathExpression') this.fail(node, `expected ${what}, found a ${path.type.replace(/Literal$/, '').toLowerCase()} literal`);
    const expression = (path as PathExpression).original;
    if (params.length > 0 || hash) this.fail(node, `{{${expression} ...}} calls a helper, which templates do not; ${notComputedHere}`);
    return path as PathExpression;
  }

  private site(path: PathExpression, field: string, statement: Node): number {
    const { line, column } = statement.loc.start;
    this.sites.push({ expression: path.original, field, line, column });
    return this.sites.length - 1;
  }

  private lastSite(): number {
    return this.sites.length - 1;
  }

  private fail(node: Node, problem: string): never {
    throw new TemplateSyntaxError(this.name, node.loc.start.line, node.loc.start.column, problem);
  }

  private static unsupported(statement: Statement): string {
    switch (statement.type) {
      case 'PartialStatement':
      case 'PartialBlockStatement':
        return `partials are not supported; ${notComputedHere}, or write the text in this template`;
      case 'DecoratorBlock':
      case 'Decorator':
        return 'decorators are not supported';
      default:
        return `${statement.type} is not supported`;
    }
  }

  private static propertyAccess(part: string): string {
    return /^[A-Za-z_$][\w$]*$/.test(part) ? `.${part}` : `[${JSON.stringify(part)}]`;
  }

  private static indent(depth: number): string {
    return '  '.repeat(depth + 1);
  }
}

/** Changes whenever the compiler does: part of the key its output is cached under. */
export const compilerFingerprint = [String(compileTemplate), String(Compiler), piecesPerChunk].join('\n');
