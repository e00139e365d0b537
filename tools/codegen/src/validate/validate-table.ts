import type { ValidateFunction } from 'ajv';
import { getNodeValue } from 'jsonc-parser';
import type { ErrorTable } from '../table';
import { compareDiagnostics, type Diagnostic } from './diagnostic';
import { locate, parseWithPositions, syntaxDiagnostic } from './locate';
import { rules as allRules, type Rule } from './rules';
import { checkShape } from './schema-check';

export type Validation =
  | { ok: true; table: ErrorTable; warnings: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export interface ValidateOptions {
  /** Warnings fail validation too. */
  strict?: boolean;
  rules?: readonly Rule[];
}

/**
 * Checks a table in two tiers, syntax and shape (the JSON Schema) then meaning (the rules), and reports
 * every problem of the first tier that fails, located at line:column of `text`. Pure: reads no file.
 */
export function validateTable(file: string, text: string, schema: ValidateFunction, options: ValidateOptions = {}): Validation {
  const { root, syntaxErrors } = parseWithPositions(text);
  if (syntaxErrors.length > 0 || root === undefined) {
    const diagnostics = syntaxErrors.map((error) => syntaxDiagnostic(file, text, error));
    return { ok: false, diagnostics: diagnostics.length > 0 ? diagnostics : [syntaxDiagnostic(file, text, { error: 4, offset: 0, length: 0 })] };
  }
  const json: unknown = getNodeValue(root);
  const shapeFindings = checkShape(schema, json);
  const findings = shapeFindings.length > 0 ? shapeFindings : (options.rules ?? allRules).flatMap((rule) => rule(json as ErrorTable));
  const diagnostics = findings.map((finding) => locate(file, text, root, finding)).sort(compareDiagnostics);
  const failing = diagnostics.filter((d) => d.severity === 'error' || options.strict === true);
  if (failing.length > 0) return { ok: false, diagnostics };
  return { ok: true, table: json as ErrorTable, warnings: diagnostics };
}
