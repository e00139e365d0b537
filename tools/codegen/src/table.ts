/** The table as the maintainer writes it (schema/error-table.schema.json describes the same shape). */

export const categories = [
  'success',
  'invalid_request',
  'authentication',
  'rate_limited',
  'unavailable',
  'device',
  'quota',
  'certificate',
  'internal',
] as const;

export type Category = (typeof categories)[number];

export interface Deprecation {
  message: string;
  replacement?: string;
}

export interface CodeRow {
  code: number;
  name: string;
  description: string;
  solution: string;
  retryable: boolean;
  category: Category;
  deprecated?: Deprecation;
}

export interface Fallback {
  description: string;
  solution: string;
  retryable: boolean;
  category: Category;
}

export interface PackageCoordinates {
  typescript: { packageName: string; typeName: string; errorName: string };
  go: { module: string; packageName: string };
  kotlin: { groupId: string; artifactId: string; packageName: string; typeName: string; exceptionName: string };
  swift: { packageName: string; moduleName: string; typeName: string };
}

export interface ErrorTable {
  $schema: string;
  title: string;
  source: string;
  /** HTTPS URL of the repository the packages are published from. */
  repository: string;
  packages: PackageCoordinates;
  fallback: Fallback;
  codes: CodeRow[];
}
