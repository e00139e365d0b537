import type { ErrorObject } from 'ajv/dist/2020';
import { pointerOf, segmentsOf } from './diagnostic';
import { closestMatch } from './did-you-mean';
import { latinized, nonAsciiCodePoints } from './latin-letters';
import type { SchemaFinding } from './schema-check';
import { quote } from './show-text';
import { categoryName } from './table-schema';

type Worded = Omit<SchemaFinding, 'severity' | 'rule' | 'pointer'> & { pointer?: string };

interface SubSchema {
  description?: string;
  properties?: Record<string, unknown>;
}

/** One Ajv error as a finding that says, in the maintainer's terms, what is wrong and what to write instead. */
export function describeSchemaError(error: ErrorObject): SchemaFinding {
  const { pointer = error.instancePath, ...worded } = word(error);
  return { severity: 'error', rule: 'schema', pointer, ...worded };
}

function word(error: ErrorObject): Worded {
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  switch (error.keyword) {
    case 'required':
      return missing(String(params['missingProperty']));
    case 'additionalProperties':
      return unknownProperty(error.instancePath, String(params['additionalProperty']), error.parentSchema as SubSchema);
    case 'type':
      return wrongType(String(params['type']), data);
    case 'enum':
      return notAllowed(data, params['allowedValues'] as unknown[]);
    case 'pattern':
      return badPattern(error.instancePath, String(params['pattern']), data, error.parentSchema as SubSchema);
    case 'minimum':
    case 'maximum':
      return { message: `${String(data)} is outside the 32-bit signed integer range`, hint: 'Codes must lie between -2147483648 and 2147483647' };
    case 'minLength':
      return blank();
    case 'maxLength':
      return tooLong(data, Number(params['limit']));
    case 'dependentRequired':
      return { ...missing(String(params['missingProperty'])), hint: `Add ${quote(String(params['missingProperty']))}: the language description and solution are written in, which ${quote(String(params['property']))} translate from (e.g. "en")` };
    case 'minProperties':
      return { message: 'translates nothing', hint: 'Write its "description" or "solution" in this language, or remove it' };
    case 'minItems':
      return emptyList(segmentsOf(error.instancePath).at(-1) ?? '', error.parentSchema as ListSchema);
    case 'uniqueItems':
      return listedTwice(error.instancePath, data, Number(params['j']), Number(params['i']));
    default:
      return { message: error.message ?? `fails the schema keyword "${error.keyword}"`, hint: 'See schema/error-table.schema.json' };
  }
}

function missing(property: string): Worded {
  return { missingProperty: property, message: `missing required property ${quote(property)}`, hint: `Add ${quote(property)} to this object` };
}

function unknownProperty(objectPointer: string, property: string, schema: SubSchema): Worded {
  const known = Object.keys(schema.properties ?? {});
  const suggestion = closestMatch(property, known);
  const where = { pointer: `${objectPointer}${pointerOf([property])}`, atKey: true, message: `unknown property ${quote(property)}` };
  if (suggestion !== undefined) return { ...where, renameOf: suggestion, hint: `Did you mean ${quote(suggestion)}? Rename it` };
  return { ...where, hint: `Remove it; allowed here: ${known.map((key) => quote(key)).join(', ')}` };
}

const typeHints: Readonly<Record<string, string>> = {
  boolean: 'Write true or false, without quotes',
  integer: 'Write a whole number without quotes, e.g. 10011 or -1',
  string: 'Write the text in double quotes',
  object: 'Write an object: { ... }',
  array: 'Write an array: [ ... ]',
};

function wrongType(expected: string, data: unknown): Worded {
  return { message: `must be ${withArticle(expected)}, not ${describeValue(data)}`, hint: typeHints[expected] ?? `Write ${withArticle(expected)}` };
}

function withArticle(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${quote(value, 30)}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function notAllowed(data: unknown, allowed: readonly unknown[]): Worded {
  const candidates = allowed.filter((value): value is string => typeof value === 'string');
  const suggestion = typeof data === 'string' ? closestMatch(data, candidates) : undefined;
  return {
    message: `${typeof data === 'string' ? quote(data) : describeValue(data)} is not one of ${candidates.map((value) => quote(value)).join(', ')}`,
    hint: suggestion === undefined ? 'Write one of the listed values' : `Did you mean ${quote(suggestion)}? Write one of the listed values`,
  };
}

/** Names become identifiers and file names; a file name stops at 255 bytes, and compilers choke long before a name ends. */
function tooLong(data: unknown, limit: number): Worded {
  const length = typeof data === 'string' ? [...data].length : 0;
  return {
    message: `${typeof data === 'string' ? quote(data, 40) : describeValue(data)} is ${length.toLocaleString('en-US')} characters long, more than ${limit}`,
    hint: `Shorten it to at most ${limit} characters: the Kotlin package names a class file after it, and file names stop at 255 bytes`,
  };
}

interface ListSchema {
  items?: { enum?: unknown[] };
}

/** An empty list, worded for what it lists (the languages' names come from the schema, which the registry writes). */
function emptyList(property: string, schema: ListSchema): Worded {
  switch (property) {
    case 'codes':
      return { message: 'lists no codes', hint: 'Add at least one code: a table without codes would generate empty packages' };
    case 'languages':
      return { message: 'names no language', hint: `Name at least one (${(schema.items?.enum ?? []).join(', ')}), or remove "languages" to generate every one` };
    case 'categories':
      return { message: 'lists no category', hint: 'List the categories the codes use, such as "invalid_request"' };
    default:
      return { message: 'is empty', hint: `Add at least one item, or remove ${quote(property)}` };
  }
}

/** Ajv's `uniqueItems`: the later of two equal items, located at it. */
function listedTwice(arrayPointer: string, data: unknown, first: number, second: number): Worded {
  const item = Array.isArray(data) ? data[second] : undefined;
  const shown = typeof item === 'string' ? quote(item) : describeValue(item);
  return { pointer: `${arrayPointer}/${second}`, message: `${shown} is listed twice (also item ${first})`, hint: 'Remove one of the two' };
}

function blank(): Worded {
  return { message: 'must not be empty or only whitespace', hint: 'Write the text as the vendor documents it' };
}

/** `invalidToken`, `invalid-token`, `Rate Limited`, `INVALID__TOKEN` -> its words joined by single underscores. */
function underscored(text: string): string {
  return latinized(text)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** The patterns of names, each with its near miss corrected, and how to say what it wants. */
const namePatterns = [
  {
    pattern: /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/,
    corrected: (text: string) => underscored(text).toUpperCase(),
    isNot: 'SCREAMING_SNAKE_CASE',
    rule: 'upper-case letters and digits in words joined by single underscores, starting with a letter',
    example: 'INVALID_TOKEN',
  },
  {
    pattern: categoryName,
    corrected: (text: string) => underscored(text).toLowerCase(),
    isNot: 'a snake_case category',
    rule: 'lower-case letters and digits in words joined by single underscores, starting with a letter',
    example: 'invalid_request',
  },
];

function badPattern(pointer: string, pattern: string, data: unknown, schema: SubSchema): Worded {
  const value = quote(String(data));
  if (pattern === '\\S') return blank();
  const name = namePatterns.find((candidate) => candidate.pattern.source === pattern);
  if (name !== undefined) {
    const suggestion = name.corrected(String(data));
    const hint = name.pattern.test(suggestion) ? `Write it as ${quote(suggestion)}: ${name.rule}` : `Use ${name.rule}, e.g. ${name.example}`;
    const foreign = nonAsciiCodePoints(String(data));
    return { message: `${value} is not ${name.isNot}${foreign.length === 0 ? '' : ` (${foreign.join(', ')} ${foreign.length === 1 ? 'is not an ASCII character' : 'are not ASCII characters'})`}`, hint };
  }
  if (pattern === '^[A-Z][A-Za-z0-9]*$') {
    return { message: `${value} is not a PascalCase identifier`, hint: 'Use letters and digits starting with an upper-case letter, e.g. MyErrorCode' };
  }
  // The field is the property's name; an array's item is named by its array (`/languages/0`).
  const segments = segmentsOf(pointer);
  const field = segments.findLast((segment) => !/^\d+$/.test(segment)) ?? 'value';
  const expected = schema.description === undefined ? '' : `${schema.description.replace(/\.$/, '')}; `;
  return { message: `${value} is not a valid ${field}`, hint: `Expected ${expected}it must match ${pattern}` };
}
