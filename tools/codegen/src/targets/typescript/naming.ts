import { pascalCase, typeStem } from '../../model/casing';
import type { PackageCoordinates } from '../../table';

/** Enum member names TypeScript forbids (they would shadow the global numbers). */
const forbiddenMembers = new Set(['Infinity', 'NaN']);

/** `INVALID_TOKEN` -> `InvalidToken`; a forbidden member gets a trailing underscore. */
export function typescriptMemberName(name: string): string {
  const member = pascalCase(name);
  return forbiddenMembers.has(member) ? `${member}_` : member;
}

export function typescriptNames(coordinates: PackageCoordinates['typescript']) {
  const { typeName, errorName } = coordinates;
  const stem = typeStem(typeName);
  return {
    enumName: typeName,
    errorName,
    infoName: `${stem}Info`,
    categoryName: `${stem}Category`,
    lookupName: `lookup${typeName}`,
    guardName: `is${typeName}`,
    listName: `all${typeName}s`,
  };
}
