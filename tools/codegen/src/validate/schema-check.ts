import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import { closestMatch } from './did-you-mean';
import type { Finding } from './diagnostic';

/** Compiles the table's JSON Schema once (draft 2020-12, every error, strict mode). */
export function compileSchema(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  return ajv.compile(schema);
}

/** Shape problems: what the JSON Schema rejects, worded for the maintainer. */
export function checkShape(validate: ValidateFunction, json: unknown): Finding[] {
  if (validate(json)) return [];
  return (validate.errors ?? []).filter(isReportable).map(findingOf);
}

/** `if`-style wrappers repeat what their branch already said. */
function isReportable(error: ErrorObject): boolean {
  return error.keyword !== 'if' && error.keyword !== 'anyOf';
}

function findingOf(error: ErrorObject): Finding {
  const base = { severity: 'error' as const, rule: 'schema', pointer: error.instancePath };
  const described = describe(error);
  return { ...base, ...described };
}

type Described = Pick<Finding, 'message' | 'hint'> & { pointer?: string; atKey?: boolean };

function describe(error: ErrorObject): Described {
  const params = error.params as Record<string, unknown>;
  const schema = error.parentSchema as { description?: string; pattern?: string; properties?: object } | undefined;
  switch (error.keyword) {
    case 'required':
      return { message: `missing required property "${String(params['missingProperty'])}"`, hint: `Add "${String(params['missingProperty'])}" to this object` };
    case 'additionalProperties': {
      const property = String(params['additionalProperty']);
      const known = Object.keys(schema?.properties ?? {});
      const suggestion = closestMatch(property, known);
      return {
        pointer: `${error.instancePath}/${property.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        atKey: true,
        message: `unknown property "${property}"`,
        hint: suggestion ? `Did you mean "${suggestion}"? Rename it` : `Remove it; allowed here: ${known.map((k) => `"${k}"`).join(', ')}`,
      };
    }
    case 'type':
      return { message: `must be ${article(String(params['type']))}`, hint: `Write ${article(String(params['type']))} here` };
    case 'enum':
      return { message: `must be one of ${(params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`, hint: 'Pick one of the listed values' };
    case 'pattern':
      return { message: `does not match ${schema?.description ? schema.description.replace(/\.$/, '') : `the pattern ${String(params['pattern'])}`}`, hint: patternHint(String(params['pattern'])) };
    case 'minimum':
    case 'maximum':
      return { message: `is outside the 32-bit signed range`, hint: 'Codes must lie between -2147483648 and 2147483647' };
    case 'minLength':
      return { message: 'must not be empty', hint: 'Write the text, or remove the row' };
    case 'minItems':
      return { message: 'lists no codes', hint: 'Add at least one code' };
    default:
      return { message: error.message ?? `fails the schema keyword "${error.keyword}"`, hint: 'See schema/error-table.schema.json' };
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function patternHint(pattern: string): string {
  if (pattern === '\\S') return 'Write some text: it must not be only spaces';
  if (pattern.startsWith('^[A-Z][A-Z0-9]*(_')) return 'Use upper-case words joined by single underscores, e.g. INVALID_TOKEN';
  if (pattern.startsWith('^[A-Z][A-Za-z0-9]*$')) return 'Use a PascalCase identifier, e.g. MyErrorCode';
  return `Make it match ${pattern}`;
}
