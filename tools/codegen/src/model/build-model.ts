import { buildLocales, type ModelLocales } from '../locale/model-locales';
import type { Category, CodeRow, ErrorTable, Fallback } from '../table';
import type { PackageCoordinates } from '../targets/coordinates';
import type { Target } from '../targets/target';
import { resolvePackages, targetsOf } from '../targets/table-targets';

/** The name every language reports for a code the table does not list. */
export const unknownName = 'UNKNOWN';

export interface ModelCode extends CodeRow {}

/** What every target renders from: the validated table, sorted, with the release version. */
export interface Model {
  /** The table's id, its file name without `.json`: its packages live in `packages/<id>/`. */
  id: string;
  /** The table's path as generated headers name it: relative to the repository, `/`-separated. */
  tableFile: string;
  title: string;
  source: string;
  repository: string;
  version: string;
  /** Every language's coordinates, the table's own or derived from its id and repository. */
  packages: PackageCoordinates;
  /** The languages the table is generated into, in registry order. */
  targets: readonly Target[];
  fallback: Fallback;
  /** Ascending by code, so output does not depend on the order of rows in the table. */
  codes: readonly ModelCode[];
  categories: readonly Category[];
  /** The default language, the translations with their texts resolved, and which requested tags select each. */
  locales: ModelLocales;
}

/** Where a table comes from and which release it is at: what the model needs besides the table itself. */
export interface TableOrigin {
  id: string;
  /** As headers name it (`schema/tables/<id>.json`). */
  tableFile: string;
  version: string;
}

export function buildModel(table: ErrorTable, { id, tableFile, version }: TableOrigin): Model {
  return {
    id,
    tableFile,
    title: table.title,
    source: table.source,
    repository: table.repository,
    version,
    packages: resolvePackages({ id, repository: table.repository }, table.packages),
    targets: targetsOf(table),
    fallback: table.fallback,
    codes: [...table.codes].sort((a, b) => a.code - b.code),
    categories: table.categories,
    locales: buildLocales(table),
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

/**
 * What a reader types to look the example code up: its number, its NAME, and the longest word of its name, which a
 * search by words finds it by (`INVALID_PARAMETER_VALUE`: `parameter`).
 */
export function lookupExample(model: Model): { code: number; name: string; word: string } {
  const { code, name } = exampleCode(model);
  const words = name.split('_').filter((part) => /^[A-Z]+$/.test(part));
  const longest = words.reduce((found, word) => (word.length > found.length ? word : found), '');
  return { code, name, word: (longest || name).toLowerCase() };
}
