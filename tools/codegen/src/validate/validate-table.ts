import type { ValidateFunction } from 'ajv';
import { basename } from 'node:path';
import { getNodeValue } from 'jsonc-parser';
import type { ErrorTable } from '../table';
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import { repeatedKeyFindings } from './duplicate-keys';
import { encodingDiagnostic } from './encoding';
import { firstSyntaxErrors, lineOfPointer, locate, parseWithPositions, positionsIn, type TextPositions } from './locate';
import { nestingDiagnostic, scanStructure } from './nesting';
import { buildRuleInput } from './rule-input';
import { rules as allRules } from './rules/all-rules';
import type { Rule } from './rules/rule';
import { checkShape } from './schema-check';
import { syntaxDiagnostics } from './syntax';

export type Validation =
  | { ok: true; table: ErrorTable; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export interface ValidateOptions {
  /** Warnings fail validation too. */
  strict?: boolean;
  rules?: readonly Rule[];
  /** The table's id, from which default coordinates derive. Default: the file name without `.json`. */
  tableId?: string;
}

/** `schema/tables/xgpush-error-codes.json` -> `xgpush-error-codes` */
export function tableIdOf(file: string): string {
  return basename(file).replace(/\.json$/i, '');
}

type Parsed = { json: unknown; positions: TextPositions; propertiesWritten: number } | { diagnostics: Diagnostic[] };

/**
 * `JSON.parse` when the text is JSON, several times faster than the parser that keeps positions; that one runs when
 * it is not, to say where and why, and otherwise only once there is something to locate. Whatever recurses over the
 * table (that parser, the checks that walk the parsed value) runs only once the nesting is known to be within
 * `maxNesting`: `JSON.parse` does not recurse, and the pass that counts the properties written measures the depth.
 */
function parse(file: string, text: string): Parsed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return parseBroken(file, text);
  }
  const { properties, tooDeep } = scanStructure(text);
  if (tooDeep) return { diagnostics: [nestingDiagnostic(file, text)!] };
  return { json, positions: positionsIn(text), propertiesWritten: properties };
}

/** Text `JSON.parse` refused: where it nests too deep, else its syntax errors (a bounded number of them). */
function parseBroken(file: string, text: string): Parsed {
  const tooDeep = nestingDiagnostic(file, text);
  if (tooDeep !== undefined) return { diagnostics: [tooDeep] };
  const syntaxErrors = firstSyntaxErrors(text);
  const root = syntaxErrors.length > 0 ? undefined : parseWithPositions(text).root;
  if (root === undefined) return { diagnostics: syntaxDiagnostics(file, text, syntaxErrors) };
  const json = getNodeValue(root);
  return { json, positions: positionsIn(text, root), propertiesWritten: scanStructure(text, Infinity).properties };
}

/**
 * Checks a table and reports every problem at once, located at line:column of `text` and sorted by position: a
 * file that is not a table at all (saved as UTF-16, nested deeper than 64 levels) is one error; then syntax (nothing
 * else can be read from a file that is not JSON), then repeated keys, the JSON Schema, and the rules, which read
 * whatever parts of the table the schema accepted. Pure: reads no file.
 */
export function validateTable(file: string, text: string, schema: ValidateFunction, options: ValidateOptions = {}): Validation {
  // A table saved as UTF-16 or UTF-32 is one error, not one per NUL between its characters.
  const encoding = encodingDiagnostic(file, text);
  if (encoding !== undefined) return { ok: false, diagnostics: [encoding] };
  const parsed = parse(file, text);
  if ('diagnostics' in parsed) return { ok: false, diagnostics: parsed.diagnostics };
  const { json, positions, propertiesWritten } = parsed;
  const shape = checkShape(schema, json);
  const input = buildRuleInput(options.tableId ?? tableIdOf(file), json, shape, (pointer) => lineOfPointer(positions, pointer));
  const findings = [...repeatedKeyFindings(positions, json, propertiesWritten), ...shape.findings, ...(options.rules ?? allRules).flatMap((rule) => rule(input))];
  const diagnostics = findings.map((finding) => locate(file, positions, finding)).sort(compareDiagnostics);
  const failing = diagnostics.some((d) => d.severity === 'error' || options.strict === true);
  return failing ? { ok: false, diagnostics } : { ok: true, table: json as ErrorTable, warnings: diagnostics };
}
