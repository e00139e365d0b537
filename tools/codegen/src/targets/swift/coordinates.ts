import { defaultTypeName, pascalCaseId, type TableIdentity } from '../default-names';
import type { CoordinatesSpec } from '../target';

export interface SwiftCoordinates {
  /** The library product and its target (the module apps import), one per table in the root Package.swift. */
  moduleName: string;
  typeName: string;
}

export const swiftCoordinates: CoordinatesSpec<SwiftCoordinates> = {
  schema: {
    type: 'object',
    description: 'SwiftPM product and type names. Default: both named after the table id.',
    additionalProperties: false,
    properties: {
      moduleName: { $ref: '#/$defs/pascalIdentifier', description: 'SwiftPM library product and target name (one per table in the root Package.swift).' },
      typeName: { $ref: '#/$defs/pascalIdentifier', description: 'Name of the enum.' },
    },
  },
  unique: ['moduleName'],
  derivedNames: { moduleName: (moduleName) => [{ name: `${moduleName}Tests`, role: 'test target in the root Package.swift' }] },
  defaults: (table: TableIdentity) => ({ moduleName: pascalCaseId(table.id), typeName: defaultTypeName(table.id) }),
};
