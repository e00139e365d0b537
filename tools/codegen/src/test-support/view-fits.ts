import Handlebars from 'handlebars';

type Node = hbs.AST.Node;

/**
 * What strict mode leaves unchecked, checked against a real view: every field a template reads, the arguments of
 * `{{#each}}`, `{{#if}}` and `{{#unless}}` included (strict mode lets a missing one pass as false), exists; and every
 * `{{field}}` prints a string, a number or a boolean (Handlebars prints an object as `[object Object]` and null as
 * nothing). Walks the branches and items this view takes. Returns one line per problem, located in the template.
 */
export function viewProblems(file: string, source: string, view: object, partials: ReadonlyMap<string, string>): string[] {
  const problems: string[] = [];
  const parsed = new Map<string, hbs.AST.Program>();
  const parse = (name: string, text: string) => parsed.get(name) ?? parsed.set(name, Handlebars.parse(text)).get(name)!;

  const walk = (name: string, program: hbs.AST.Program | undefined, contexts: readonly unknown[]): void => {
    const at = (node: Node) => `templates/${name}:${node.loc.start.line}:${node.loc.start.column + 1}`;
    const read = (path: Node, node: Node): { ok: boolean; value?: unknown } => {
      if (path.type !== 'PathExpression') return { ok: true, value: (path as hbs.AST.StringLiteral).value };
      const { parts, depth, data, original } = path as hbs.AST.PathExpression;
      if (data) return { ok: true };
      let value = contexts[contexts.length - 1 - depth];
      for (const part of parts) {
        if (value === null || value === undefined || !(part in Object(value))) {
          problems.push(`${at(node)}: {{${original}}}: the view has no field "${part}"`);
          return { ok: false };
        }
        value = (value as Record<string, unknown>)[part];
      }
      return { ok: true, value };
    };
    for (const statement of program?.body ?? []) {
      if (statement.type === 'MustacheStatement') {
        const { path } = statement as hbs.AST.MustacheStatement;
        const { ok, value } = read(path, statement);
        const printable = typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
        if (ok && !(path as hbs.AST.PathExpression).data && !printable) {
          problems.push(`${at(statement)}: {{${(path as hbs.AST.PathExpression).original}}}: prints ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
        }
      } else if (statement.type === 'BlockStatement') {
        const block = statement as hbs.AST.BlockStatement;
        const helper = (block.path as hbs.AST.PathExpression).original;
        const { ok, value } = read(block.params[0]!, block);
        if (!ok) continue;
        if (helper === 'each') {
          if (!Array.isArray(value)) problems.push(`${at(block)}: {{#each}} over ${typeof value}, not an array`);
          else if (value.length === 0) walk(name, block.inverse, contexts);
          else for (const item of value) walk(name, block.program, [...contexts, item]);
        } else if (helper === 'with') {
          walk(name, block.program, [...contexts, value]);
        } else {
          const truthy = Array.isArray(value) ? value.length > 0 : Boolean(value);
          walk(name, truthy === (helper === 'if') ? block.program : block.inverse, contexts);
        }
      } else if (statement.type === 'PartialStatement') {
        const partial = statement as hbs.AST.PartialStatement;
        const partialName = (partial.name as hbs.AST.PathExpression).original;
        const partialFile = `partials/${partialName}.hbs`;
        const context = partial.params.length > 0 ? read(partial.params[0]!, partial) : { ok: true, value: contexts[contexts.length - 1] };
        if (context.ok) walk(partialFile, parse(partialFile, partials.get(partialFile) ?? ''), [context.value]);
      }
    }
  };
  walk(file, parse(file, source), [view]);
  return problems;
}
