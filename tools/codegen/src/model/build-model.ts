import { categories, type Category, type CodeRow, type ErrorTable, type Fallback, type PackageCoordinates } from '../table';

/** The name every language reports for a code the table does not list. */
export const unknownName = 'UNKNOWN';

export interface ModelCode extends CodeRow {}

/** What every target renders from: the validated table, sorted, with the release version. */
export interface Model {
  /** The table's path as generated headers name it: relative to the repository, `/`-separated. */
  tableFile: string;
  title: string;
  source: string;
  repository: string;
  version: string;
  packages: PackageCoordinates;
  fallback: Fallback;
  /** Ascending by code, so output does not depend on the order of rows in the table. */
  codes: readonly ModelCode[];
  categories: readonly Category[];
}

export function buildModel(table: ErrorTable, version: string, tableFile: string): Model {
  return {
    tableFile,
    title: table.title,
    source: table.source,
    repository: table.repository,
    version,
    packages: table.packages,
    fallback: table.fallback,
    codes: [...table.codes].sort((a, b) => a.code - b.code),
    categories,
  };
}

/**
 * The code that doc comments and examples show, the same in every language: the first listed code that reports a
 * failure and is not deprecated (naming a deprecated one warns), or failing that the first code.
 */
export function exampleCode(model: Model): ModelCode {
  const current = model.codes.filter((code) => code.deprecated === undefined);
  return current.find((code) => code.category !== 'success') ?? current[0] ?? model.codes[0]!;
}
