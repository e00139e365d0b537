import type { PackageCoordinates } from '../targets/coordinates';
import { targets } from '../targets/registry';
import type { RuleInput } from '../validate/rule-input';

/** Coordinates of every language, as a table might set them. */
export const samplePackages: PackageCoordinates = {
  typescript: { packageName: '@x/codes', typeName: 'XCode', errorName: 'XError' },
  go: { module: 'example.com/x/packages/table/go', packageName: 'xerr' },
  kotlin: { groupId: 'com.example', artifactId: 'x-codes', packageName: 'com.example.x', typeName: 'XCode', exceptionName: 'XException' },
  swift: { moduleName: 'XCodes', typeName: 'XCode' },
};

/** What the rules read, for a table generated into every language with `samplePackages`, overridden by `input`. */
export function ruleInput(input: Partial<RuleInput> = {}): RuleInput {
  const packages = input.packages ?? samplePackages;
  return { tableId: 'table', targets, packages, table: { packages }, rows: [], strings: [], lineOf: () => 1, ...input };
}
