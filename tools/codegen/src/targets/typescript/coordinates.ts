import { defaultCompanionName, defaultTypeName, repositoryPath, type TableIdentity } from '../default-names';
import type { CoordinatesSpec } from '../target';

export interface TypeScriptCoordinates {
  packageName: string;
  typeName: string;
  errorName: string;
}

export const typescriptCoordinates: CoordinatesSpec<TypeScriptCoordinates> = {
  schema: {
    type: 'object',
    description: 'npm package and type names. Default: @<repository owner>/<table id>, types named after the table id.',
    additionalProperties: false,
    properties: {
      packageName: { type: 'string', pattern: '^(@[a-z0-9][a-z0-9._-]*/)?[a-z0-9][a-z0-9._-]*$', description: 'npm package name.' },
      typeName: { $ref: '#/$defs/pascalIdentifier', description: 'Name of the enum.' },
      errorName: { $ref: '#/$defs/pascalIdentifier', description: 'Name of the Error subclass.' },
    },
  },
  unique: ['packageName'],
  defaults: (table: TableIdentity) => ({
    packageName: `@${repositoryPath(table.repository).owner}/${table.id}`,
    typeName: defaultTypeName(table.id),
    errorName: defaultCompanionName(table.id, 'Error'),
  }),
};
