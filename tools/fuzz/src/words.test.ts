import { goModulePathProblem, goPackageNameProblem } from '@errtable/codegen/dist/targets/go/naming';
import { kotlinPackageProblem, kotlinTypeNameProblem } from '@errtable/codegen/dist/targets/kotlin/naming';
import { swiftCategoryNameProblem, swiftModuleNameProblem, swiftTypeNameProblem } from '@errtable/codegen/dist/targets/swift/naming';
import { resolvePackages } from '@errtable/codegen/dist/targets/table-targets';
import { typescriptTypeNameProblem } from '@errtable/codegen/dist/targets/typescript/naming';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languages } from './options';
import { runners } from './runners';
import { validTable } from './table-arbitrary';
import { isAllowedPomText, maxCategoryLength, withoutPomProblems } from './text-rules';
import { targets } from '@errtable/codegen/dist/targets/registry';
import {
  ordinaryCategories, pomForbiddenText, refusedModulePaths, reservedGoPackages, reservedSwiftCategories, reservedTypeNames, riskyCategories,
  uniqueCoordinates,
} from './words';

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

/** The coordinates of tables the fuzzer draws as valid: written in full, in part or not at all, the rest derived. */
const ordinary = fc.sample(validTable(false), { seed: 24301, numRuns: 500 }).map(({ id, table }) => ({
  id,
  packages: resolvePackages({ id, repository: String(table.repository) }, table.packages as Record<string, unknown> | undefined),
}));

describe('the coordinates of tables the fuzzer expects accepted', () => {
  it('pass every predicate of the noReserved...Coordinates rules, written or derived from the id and repository', () => {
    const refused = ordinary.flatMap(({ packages: c }) =>
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

  it('end the Go module path with the module folder packages/<id>/go (goModuleMatchesItsFolder)', () => {
    expect(ordinary.filter(({ id, packages }) => !packages.go.module.endsWith(`/packages/${id}/go`))).toEqual([]);
  });
});

describe('the categories the fuzzer draws', () => {
  const all = [...new Set([...ordinaryCategories, ...riskyCategories])];

  it('are snake_case of at most 60 characters, as the schema wants', () => {
    expect(all.filter((category) => !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(category) || category.length > maxCategoryLength)).toEqual([]);
  });

  it.each(reservedSwiftCategories)('%s is refused as a Swift category case (noReservedCategoryCases)', (category) => {
    expect(swiftCategoryNameProblem(category)).toBeDefined();
  });

  it('are accepted as Swift category cases, but for the reserved ones', () => {
    expect(all.filter((category) => !reservedSwiftCategories.includes(category) && swiftCategoryNameProblem(category) !== undefined)).toEqual([]);
  });
});

describe('the coordinates two tables may not share', () => {
  it('are those each target declares unique (uniqueAcrossTables)', () => {
    expect(Object.fromEntries(targets.map((target) => [target.id, [...target.coordinates.unique]]))).toEqual(uniqueCoordinates);
  });
});

describe('the compile stage', () => {
  it('has a runner for every language of the registry, and none other', () => {
    expect(Object.keys(runners).sort()).toEqual([...languages].sort());
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
    const accepted = [...new Set(ordinary.map(({ packages }) => packages.go.module))];
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
