import { pascalCase, typeStem } from '../../model/casing';
import type { PackageCoordinates } from '../../table';

/**
 * Names a nested object must not take: the sealed class's own nested declarations, and the types and annotations
 * the generated code refers to inside it, which a nested object of the same name would shadow.
 */
const shadowed = new Set(['Unknown', 'Companion', 'String', 'Int', 'Boolean', 'List', 'Map', 'Any', 'Unit', 'Nothing', 'Deprecated', 'ReplaceWith', 'Suppress', 'JvmStatic', 'Lazy']);

/** `INVALID_TOKEN` -> `InvalidToken`; a name that would shadow a declaration the code uses gets a trailing underscore. */
export function kotlinMemberName(name: string, coordinates: PackageCoordinates['kotlin']): string {
  const member = pascalCase(name);
  const { typeName, exceptionName, categoryName } = kotlinNames(coordinates);
  return shadowed.has(member) || [typeName, exceptionName, categoryName].includes(member) ? `${member}_` : member;
}

export function kotlinNames(coordinates: PackageCoordinates['kotlin']) {
  return {
    typeName: coordinates.typeName,
    exceptionName: coordinates.exceptionName,
    categoryName: `${typeStem(coordinates.typeName)}Category`,
  };
}
