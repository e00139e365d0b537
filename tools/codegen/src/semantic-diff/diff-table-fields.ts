import type { ErrorTable, Fallback } from '../table';
import { resolveCoordinates } from '../targets/coordinates';
import { targetsOf } from '../targets/table-targets';
import type { Target } from '../targets/target';
import { major, minor, only, patch, type TableChange } from './table-change';

/** The fallback is data every unknown code reports, like a row's text: changing it is a patch. */
export function diffFallback(before: Fallback, after: Fallback): TableChange[] {
  const fields = ['description', 'solution', 'retryable', 'category'] as const;
  return fields
    .filter((field) => before[field] !== after[field])
    .map((field) => patch(`Changed the fallback's ${field} from ${JSON.stringify(before[field])} to ${JSON.stringify(after[field])}`));
}

/** A language's coordinates as the generator uses them: the table's own, the rest derived from its id and repository. */
function coordinatesOf(target: Target, id: string, table: ErrorTable): Record<string, unknown> {
  return resolveCoordinates(target, { id, repository: table.repository }, table.packages?.[target.id]) as Record<string, unknown>;
}

/**
 * Package coordinates and type names are what apps import: any change breaks every consumer. Compared as resolved
 * (a changed repository moves every default), for the languages both tables have, on the coordinates the target
 * still defines (a key the generator no longer reads changes nothing).
 */
export function diffPackages(id: string, before: ErrorTable, after: ErrorTable): TableChange[] {
  const had = new Set(targetsOf(before).map((target) => target.id));
  return targetsOf(after)
    .filter((target) => had.has(target.id))
    .flatMap((target) => {
      const [was, is] = [coordinatesOf(target, id, before), coordinatesOf(target, id, after)];
      return Object.keys(target.coordinates.defaults({ id, repository: after.repository }))
        .filter((key) => was[key] !== is[key])
        .map((key) => only(target.id, major(`Changed packages.${target.id}.${key} from ${JSON.stringify(was[key] ?? null)} to ${JSON.stringify(is[key] ?? null)}`)));
    });
}

/** A language dropped strands its users (major); a language added is a new package of the table's next version (minor). */
export function diffLanguages(before: ErrorTable, after: ErrorTable): TableChange[] {
  const [was, is] = [targetsOf(before), targetsOf(after)];
  const dropped = was.filter((target) => !is.includes(target)).map((target) => only(target.id, major(`Dropped the ${target.label} package`)));
  const added = is.filter((target) => !was.includes(target)).map((target) => only(target.id, minor(`Added a ${target.label} package`)));
  return [...dropped, ...added];
}

/**
 * Categories are cases of a generated enum: one removed breaks code that names it (major), one added breaks an
 * exhaustive `when`/`switch` just as a code does (minor). A table of the single-table layout had no list.
 */
export function diffCategories(before: ErrorTable, after: ErrorTable): TableChange[] {
  if (before.categories === undefined) return [];
  const removed = before.categories.filter((category) => !after.categories.includes(category)).map((category) => major(`Removed the category ${category}`));
  const added = after.categories.filter((category) => !before.categories.includes(category)).map((category) => minor(`Added the category ${category}`));
  return [...removed, ...added];
}

/** Title, source and repository only reach doc comments and package metadata. */
export function diffDescriptiveFields(before: ErrorTable, after: ErrorTable): TableChange[] {
  const fields = ['title', 'source', 'repository'] as const;
  return fields.filter((field) => before[field] !== after[field]).map((field) => patch(`Changed the table's ${field}`));
}
