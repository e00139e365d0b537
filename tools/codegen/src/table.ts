/**
 * A table as the maintainer writes it, one JSON file per table under `schema/tables/` (its id is the file name).
 * The JSON Schema describing the same shape is built from this module's base and every target's coordinates
 * (validate/table-schema.ts) and written to `schema/error-table.schema.json` for editors.
 */

/** A category's spelling: snake_case (`invalid_request`); each table declares the ones its codes use. */
export type Category = string;

export interface Deprecation {
  message: string;
  replacement?: string;
}

export interface CodeRow {
  code: number;
  name: string;
  description: string;
  solution: string;
  retryable: boolean;
  category: Category;
  deprecated?: Deprecation;
  /** Set by `import` on a code the vendor added: its name, retryable and category are guesses a maintainer confirms by deleting it. */
  proposed?: true;
}

export interface Fallback {
  description: string;
  solution: string;
  retryable: boolean;
  category: Category;
}

export interface ErrorTable {
  $schema: string;
  title: string;
  source: string;
  /** HTTPS URL of the repository the packages are published from. */
  repository: string;
  /** The categories this table's codes are sorted into, in the order the generated types list them. */
  categories: Category[];
  /** The target ids the table is generated into; every registered language when absent. */
  languages?: string[];
  /** Per target id, the coordinates the table sets; what it leaves out comes from the target's defaults. */
  packages?: Readonly<Record<string, unknown>>;
  fallback: Fallback;
  codes: CodeRow[];
}
