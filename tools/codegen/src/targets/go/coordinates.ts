import { compactId, repositoryPath, type TableIdentity } from '../default-names';
import type { CoordinatesSpec } from '../target';

export interface GoCoordinates {
  /** Module path of `packages/<table id>/go` (without the `/vN` suffix Go requires from v2 on). */
  module: string;
  /** The package, in the module's folder of the same name: the last element of its import path. */
  packageName: string;
}

/**
 * From v2 on, Go requires the major version as the last element of the module path (`.../go/v2`); the
 * release flow tags the module `packages/<table id>/go/vX.Y.Z` to match.
 */
export function goModulePath(module: string, version: string): string {
  const major = Number(version.split('.')[0]);
  return major >= 2 ? `${module}/v${major}` : module;
}

/** The package sits in a folder of its own name inside the module, so its import path ends with its name. */
export function goImportPath({ module, packageName }: GoCoordinates, version: string): string {
  return `${goModulePath(module, version)}/${packageName}`;
}

/** The folder of a table's Go module, relative to the repository: the module path must end with it. */
export function goModuleFolder(tableId: string): string {
  return `packages/${tableId}/go`;
}

export const goCoordinates: CoordinatesSpec<GoCoordinates> = {
  schema: {
    type: 'object',
    description: 'Go module and package. Default: the module at packages/<table id>/go of the repository, the package named after the table id.',
    additionalProperties: false,
    properties: {
      module: {
        type: 'string',
        pattern: '^[a-z0-9.-]+(/[A-Za-z0-9._~-]+)+$',
        description: 'Go module path; it must end with packages/<table id>/go, the folder the module is written to.',
      },
      packageName: { type: 'string', pattern: '^[a-z][a-z0-9]*$', description: 'Go package name (short, lower case), also the folder inside the module.' },
    },
  },
  unique: ['module'],
  defaults: (table: TableIdentity) => ({
    module: `${repositoryPath(table.repository).hostPath}/${goModuleFolder(table.id)}`,
    packageName: compactId(table.id),
  }),
};
