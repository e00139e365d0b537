import { goModulePathProblem, goPackageNameProblem } from '@errtable/codegen/dist/targets/go/naming';
import { kotlinPackageProblem, kotlinTypeNameProblem } from '@errtable/codegen/dist/targets/kotlin/naming';
import { swiftModuleNameProblem, swiftTypeNameProblem } from '@errtable/codegen/dist/targets/swift/naming';
import { typescriptTypeNameProblem } from '@errtable/codegen/dist/targets/typescript/naming';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coordinates } from './table-arbitrary';
import { isAllowedPomText, withoutPomProblems } from './text-rules';
import { pomForbiddenText, refusedModulePaths, reservedGoPackages, reservedTypeNames } from './words';

/**
 * The fuzzer restates the documented rules (words.ts, text-rules.ts) and does not ask the validator what to expect.
 * These tests hold the restated lists to the validator's exported predicates, so that a change of either shows here,
 * by name, before a fuzz run reports it as a rejected valid table or an accepted mistake.
 */
const typeNameProblem: Readonly<Record<string, (name: string) => string | undefined>> = {
  typescript: typescriptTypeNameProblem,
  kotlin: kotlinTypeNameProblem,
  swift: swiftTypeNameProblem,
};

const ordinary = fc.sample(coordinates(false), { seed: 24301, numRuns: 500 });

describe('the coordinates of tables the fuzzer expects accepted', () => {
  it('pass every predicate of noReservedCoordinates', () => {
    const refused = ordinary.flatMap((c) =>
      [
        ['typescript.typeName', c.typescript.typeName, typescriptTypeNameProblem],
        ['typescript.errorName', c.typescript.errorName, typescriptTypeNameProblem],
        ['go.module', c.go.module, goModulePathProblem],
        ['go.packageName', c.go.packageName, goPackageNameProblem],
        ['kotlin.packageName', c.kotlin.packageName, kotlinPackageProblem],
        ['kotlin.typeName', c.kotlin.typeName, kotlinTypeNameProblem],
        ['kotlin.exceptionName', c.kotlin.exceptionName, kotlinTypeNameProblem],
        ['swift.moduleName', c.swift.moduleName, swiftModuleNameProblem],
        ['swift.typeName', c.swift.typeName, swiftTypeNameProblem],
      ] as const
    ).flatMap(([where, value, problem]) => (problem(value) === undefined ? [] : [`${where} ${value}: ${problem(value)}`]));
    expect(refused).toEqual([]);
  });
});

describe('the mistakes the fuzzer injects in coordinates', () => {
  it.each(reservedTypeNames.flatMap(({ pointers, names }) => pointers.flatMap((pointer) => names.map((name) => [pointer, name] as const))))(
    '%s = %s is refused',
    (pointer, name) => {
      const language = pointer.split('/')[2]!;
      expect(typeNameProblem[language]!(name)).toBeDefined();
    },
  );

  it.each(reservedGoPackages)('the Go package %s is refused', (name) => {
    expect(goPackageNameProblem(name)).toBeDefined();
  });

  it('every refused module path is refused, made from any accepted one', () => {
    const accepted = [...new Set(ordinary.map((c) => c.go.module))];
    const missed = accepted.flatMap((module) => refusedModulePaths.map((refuse) => refuse(module)).filter((path) => goModulePathProblem(path) === undefined));
    expect(missed).toEqual([]);
    expect(accepted.length).toBeGreaterThan(50);
  });
});

describe('the text of the title and the repository', () => {
  it('holds none of the fragments injected as mistakes once repaired', () => {
    for (const fragment of pomForbiddenText) {
      expect(isAllowedPomText(`a${fragment}b`)).toBe(false);
      expect(isAllowedPomText(withoutPomProblems(`a${fragment}b`))).toBe(true);
    }
    expect(withoutPomProblems('$\uffff{x}')).toBe('{x}');
    expect(isAllowedPomText('\ufdd0 \u{1fffe} \u{10ffff} $ {x} {$x}')).toBe(true);
  });
});
