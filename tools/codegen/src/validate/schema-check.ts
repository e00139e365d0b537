import type { ValidateFunction } from 'ajv/dist/2020';
import type { Finding } from './diagnostic';
import { describeSchemaError } from './schema-messages';

/** How the table's JSON Schema is compiled: draft 2020-12, every error, strict mode, the offending value kept. */
export const schemaOptions = { allErrors: true, strict: true, allowUnionTypes: true, verbose: true } as const;

/** Compiles the table's JSON Schema once. */
export function compileSchema(schema: object): ValidateFunction {
  // Required here, not at the top: a run served from the compiled cache never loads Ajv's compiler (about 90 ms).
  const { default: Ajv2020 } = require('ajv/dist/2020') as typeof import('ajv/dist/2020');
  const ajv = new Ajv2020(schemaOptions);
  return ajv.compile(schema);
}

export interface ShapeCheck {
  findings: Finding[];
  /** Pointers of the values the schema rejected (of an unknown property: the property). */
  rejected: string[];
  /** Pointers of the objects that lack a required property; what they hold may still be sound. */
  incomplete: string[];
}

/** Shape problems: what the JSON Schema rejects, worded for the maintainer. */
export function checkShape(validate: ValidateFunction, json: unknown): ShapeCheck {
  if (validate(json)) return { findings: [], rejected: [], incomplete: [] };
  const findings = withoutEchoes((validate.errors ?? []).map(describeSchemaError));
  const incomplete = findings.filter((finding) => finding.missingProperty !== undefined).map((finding) => finding.pointer);
  const rejected = findings.filter((finding) => finding.missingProperty === undefined).map((finding) => finding.pointer);
  return { findings: findings.map(withoutBookkeeping), rejected, incomplete };
}

export type SchemaFinding = Finding & {
  /** Set on "missing required property" findings. */
  missingProperty?: string;
  /** Set on an unknown property that is a near miss of a known one: the name it probably meant. */
  renameOf?: string;
};

/**
 * Drops findings that repeat another: the same message twice at one place (`""` breaks both `minLength` and
 * `pattern`), and "missing x" where an unknown property nearby is a misspelt x and already says "did you mean x".
 */
function withoutEchoes(findings: readonly SchemaFinding[]): SchemaFinding[] {
  const seen = new Set<string>();
  const misspelt = new Set(findings.filter((f) => f.renameOf !== undefined).map((f) => `${parentOf(f.pointer)}\n${f.renameOf}`));
  return findings.filter((finding) => {
    const key = `${finding.pointer}\n${finding.message}`;
    const echoed = seen.has(key) || misspelt.has(`${finding.pointer}\n${finding.missingProperty}`);
    seen.add(key);
    return !echoed;
  });
}

function parentOf(pointer: string): string {
  return pointer.slice(0, pointer.lastIndexOf('/'));
}

function withoutBookkeeping({ missingProperty, renameOf, ...finding }: SchemaFinding): Finding {
  return finding;
}
