import { goModulePathProblem, goPackageNameProblem } from '../../targets/go/naming';
import { kotlinPackageProblem, kotlinTypeNameProblem } from '../../targets/kotlin/naming';
import { swiftModuleNameProblem, swiftTypeNameProblem } from '../../targets/swift/naming';
import { typescriptTypeNameProblem } from '../../targets/typescript/naming';
import type { PackageCoordinates } from '../../table';
import { quote } from '../show-text';
import { error, type Rule } from './rule';

type Check = [pointer: string, value: (packages: PackageCoordinates) => string, problem: (value: string) => string | undefined, hint: string];

const checks: Check[] = [
  ['/packages/typescript/typeName', (p) => p.typescript.typeName, typescriptTypeNameProblem, 'Choose another type name'],
  ['/packages/typescript/errorName', (p) => p.typescript.errorName, typescriptTypeNameProblem, 'Choose another type name'],
  ['/packages/go/module', (p) => p.go.module, goModulePathProblem, 'Write a module path Go accepts, e.g. github.com/owner/repo/packages/go'],
  ['/packages/go/packageName', (p) => p.go.packageName, goPackageNameProblem, 'Choose another package name, e.g. the vendor\'s name followed by "err"'],
  ['/packages/kotlin/packageName', (p) => p.kotlin.packageName, kotlinPackageProblem, 'Choose segments that are not keywords'],
  ['/packages/kotlin/typeName', (p) => p.kotlin.typeName, kotlinTypeNameProblem, 'Choose another type name'],
  ['/packages/kotlin/exceptionName', (p) => p.kotlin.exceptionName, kotlinTypeNameProblem, 'Choose another type name'],
  ['/packages/swift/moduleName', (p) => p.swift.moduleName, swiftModuleNameProblem, 'Choose another module name'],
  ['/packages/swift/typeName', (p) => p.swift.typeName, swiftTypeNameProblem, 'Choose another type name'],
];

/**
 * Package coordinates and type names a language refuses, or that the generated code itself uses: a Kotlin package
 * segment `fun`, a Go package `errors` (the generated tests import errors), a Swift module `Foundation`, a Swift enum
 * `Int`. The schema's patterns accept them; no escaping can, since apps import these names as written.
 */
export const noReservedCoordinates: Rule = ({ table: { packages } }) =>
  packages === undefined
    ? []
    : checks.flatMap(([pointer, value, problem, hint]) => {
        const found = problem(value(packages));
        return found === undefined ? [] : [error('noReservedCoordinates', pointer, `${quote(value(packages))} ${found}`, hint)];
      });
