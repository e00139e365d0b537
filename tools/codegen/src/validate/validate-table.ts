import type { ValidateFunction } from 'ajv';
import { getNodeValue, type ParseError } from 'jsonc-parser';
import type { ErrorTable } from '../table';
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import { repeatedKeyFindings } from './duplicate-keys';
import { lineOfPointer, locate, parseWithPositions, positionsIn, type TextPositions } from './locate';
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
}

type Parsed = { json: unknown; positions: TextPositions } | { syntaxErrors: ParseError[] };

/**
 * `JSON.parse` when the text is JSON, several times faster than the parser that keeps positions; that one runs when
 * it is not, to say where and why, and otherwise only once there is something to locate.
 */
function parse(text: string): Parsed {
  try {
    return { json: JSON.parse(text) as unknown, positions: positionsIn(text) };
  } catch {
    const { root, syntaxErrors } = parseWithPositions(text);
    if (root === undefined || syntaxErrors.length > 0) return { syntaxErrors };
    return { json: getNodeValue(root), positions: positionsIn(text, root) };
  }
}

/**
 * Checks a table and reports every problem at once, located at line:column of `text` and sorted by position:
 * syntax first (nothing else can be read from a file that is not JSON), then repeated keys, the JSON Schema,
 * and the rules, which read whatever parts of the table the schema accepted. Pure: reads no file.
 */
export function validateTable(file: string, text: string, schema: ValidateFunction, options: ValidateOptions = {}): Validation {
  const parsed = parse(text);
  if ('syntaxErrors' in parsed) return { ok: false, diagnostics: syntaxDiagnostics(file, text, parsed.syntaxErrors) };
  const { json, positions } = parsed;
  const shape = checkShape(schema, json);
  const input = buildRuleInput(json, shape, (pointer) => lineOfPointer(positions, pointer));
  const findings = [...repeatedKeyFindings(positions, json), ...shape.findings, ...(options.rules ?? allRules).flatMap((rule) => rule(input))];
  const diagnostics = findings.map((finding) => locate(file, positions, finding)).sort(compareDiagnostics);
  const failing = diagnostics.some((d) => d.severity === 'error' || options.strict === true);
  return failing ? { ok: false, diagnostics } : { ok: true, table: json as ErrorTable, warnings: diagnostics };
}
