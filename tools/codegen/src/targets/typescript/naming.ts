import { pascalCase, typeStem } from '../../model/casing';
import type { PackageCoordinates } from '../coordinates';

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
    knownInfoName: `Known${stem}Info`,
    unknownInfoName: `Unknown${stem}Info`,
    categoryName: `${stem}Category`,
    lookupName: `lookup${typeName}`,
    lookupByNameName: `lookup${typeName}ByName`,
    guardName: `is${typeName}`,
    listName: `all${typeName}s`,
    errorGuardName: `is${errorName}`,
    errorOptionsName: `${errorName}Options`,
    optionsName: `${stem}LookupOptions`,
  };
}

/**
 * Globals and local types the generated module and its tests (templates/typescript) name without qualification; a
 * declaration of that name replaces them. The conformance test destructures the enum and the Error class from the
 * package, so an enum named `String` hides the global `String` there.
 */
const usedTypes = new Set(['Map', 'ReadonlyMap', 'Error', 'Object', 'Symbol', 'Array', 'Set', 'Omit', 'Entry', 'Text', 'Translation', 'String', 'Number', 'JSON', 'URL', 'RegExp']);

/** Why `name` cannot name the enum or the Error class, or undefined when it can. */
export function typescriptTypeNameProblem(name: string): string | undefined {
  return usedTypes.has(name) ? 'is a type the generated TypeScript code uses, which a declaration of that name would replace' : undefined;
}
