import type { ErrorTable, Fallback, PackageCoordinates } from '@errtable/codegen/dist/table';
import { major, patch, type TableChange } from './table-change';

/** The fallback is data every unknown code reports, like a row's text: changing it is a patch. */
export function diffFallback(before: Fallback, after: Fallback): TableChange[] {
  const fields = ['description', 'solution', 'retryable', 'category'] as const;
  return fields
    .filter((field) => before[field] !== after[field])
    .map((field) => patch(`Changed the fallback's ${field} from ${JSON.stringify(before[field])} to ${JSON.stringify(after[field])}`));
}

function flatten(packages: PackageCoordinates): Map<string, string> {
  return new Map(
    Object.entries(packages).flatMap(([language, fields]) =>
      Object.entries(fields as Record<string, string>).map(([key, value]) => [`${language}.${key}`, value] as const),
    ),
  );
}

/** Package coordinates and type names are what apps import: any change breaks every consumer. */
export function diffPackages(before: PackageCoordinates, after: PackageCoordinates): TableChange[] {
  const [was, is] = [flatten(before), flatten(after)];
  const keys = [...new Set([...was.keys(), ...is.keys()])];
  return keys
    .filter((key) => was.get(key) !== is.get(key))
    .map((key) => major(`Changed packages.${key} from ${JSON.stringify(was.get(key) ?? null)} to ${JSON.stringify(is.get(key) ?? null)}`));
}

/** Title, source and repository only reach doc comments and package metadata. */
export function diffDescriptiveFields(before: ErrorTable, after: ErrorTable): TableChange[] {
  const fields = ['title', 'source', 'repository'] as const;
  return fields.filter((field) => before[field] !== after[field]).map((field) => patch(`Changed the table's ${field}`));
}
