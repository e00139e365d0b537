import { pascalCase, typeStem } from '../../model/casing';
import type { PackageCoordinates } from '../../table';

/** Nested declarations the generated sealed class already has. */
const generatedMembers = new Set(['Unknown', 'Companion']);

/** `INVALID_TOKEN` -> `InvalidToken`; a clash with a generated nested declaration gets a trailing underscore. */
export function kotlinMemberName(name: string): string {
  const member = pascalCase(name);
  return generatedMembers.has(member) ? `${member}_` : member;
}

export function kotlinNames(coordinates: PackageCoordinates['kotlin']) {
  return {
    typeName: coordinates.typeName,
    exceptionName: coordinates.exceptionName,
    categoryName: `${typeStem(coordinates.typeName)}Category`,
  };
}
