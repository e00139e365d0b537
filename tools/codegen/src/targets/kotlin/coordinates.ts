import { compactId, defaultCompanionName, defaultTypeName, repositoryPath, type TableIdentity } from '../default-names';
import type { CoordinatesSpec } from '../target';

export interface KotlinCoordinates {
  groupId: string;
  artifactId: string;
  packageName: string;
  typeName: string;
  exceptionName: string;
}

const dottedLowerCase = '^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+$';

/** `io.github.<owner>`, the groupId Maven Central grants to a GitHub account, with what a Java package refuses replaced. */
function defaultGroupId(repository: string): string {
  const owner = repositoryPath(repository).owner.replace(/[^a-z0-9_]/g, '_');
  return `io.github.${/^[a-z]/.test(owner) ? owner : `x${owner}`}`;
}

export const kotlinCoordinates: CoordinatesSpec<KotlinCoordinates> = {
  schema: {
    type: 'object',
    description: 'Maven coordinates, Kotlin package and type names. Default: io.github.<repository owner>:<table id>, types named after the table id.',
    additionalProperties: false,
    properties: {
      groupId: { type: 'string', pattern: dottedLowerCase },
      artifactId: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
      packageName: { type: 'string', pattern: dottedLowerCase, description: 'Kotlin package of the generated sources.' },
      typeName: { $ref: '#/$defs/pascalIdentifier', description: 'Name of the sealed class.' },
      exceptionName: { $ref: '#/$defs/pascalIdentifier', description: 'Name of the exception class.' },
    },
  },
  unique: ['artifactId'],
  defaults: (table: TableIdentity) => {
    const groupId = defaultGroupId(table.repository);
    return {
      groupId,
      artifactId: table.id,
      packageName: `${groupId}.${compactId(table.id)}`,
      typeName: defaultTypeName(table.id),
      exceptionName: defaultCompanionName(table.id, 'Exception'),
    };
  },
};
