import type { Model, ModelCode } from '../../model/build-model';
import { unknownName } from '../../model/build-model';
import { codeDocText } from '../../model/text';
import { packageDir, type Target, type TargetFile, wrapperPackageName } from '../target';
import { swiftDocLines, swiftString } from './escaping';
import { swiftCategoryName, swiftMemberName, swiftPlainName } from './naming';

function availability(code: ModelCode): string | null {
  if (code.deprecated === undefined) return null;
  const { message, replacement } = code.deprecated;
  const renamed = replacement === undefined ? '' : `, renamed: ${swiftString(swiftPlainName(replacement))}`;
  return `@available(*, deprecated${renamed}, message: ${swiftString(message)})`;
}

function buildView(model: Model) {
  const { packageName, moduleName, typeName } = model.packages.swift;
  const codes = model.codes.map((code) => ({
    member: swiftMemberName(code.name),
    value: code.code,
    name: swiftString(code.name),
    description: swiftString(code.description),
    solution: swiftString(code.solution),
    retryable: code.retryable,
    category: swiftCategoryName(code.category),
    docLines: swiftDocLines(codeDocText(code.description, code.solution)),
    availability: availability(code),
  }));
  const currentCodes = codes.filter((code) => code.availability === null);
  return {
    packageName: swiftString(packageName),
    moduleName,
    moduleLiteral: swiftString(moduleName),
    typeName,
    sourcesPath: swiftString(`${packageDir('swift')}/Sources/${moduleName}`),
    testModuleLiteral: swiftString(`${moduleName}Tests`),
    testsPath: swiftString(`${packageDir('swift')}/Tests/${moduleName}Tests`),
    errorDomain: swiftString(`${moduleName}.${typeName}`),
    wrapperName: JSON.stringify(wrapperPackageName(model, 'swift')),
    versionJson: JSON.stringify(model.version),
    versionLiteral: swiftString(model.version),
    titleDoc: swiftDocLines(`${model.title}.\n\nSource: ${model.source}`),
    unknownName: swiftString(unknownName),
    categories: model.categories.map((category) => ({ member: swiftCategoryName(category), literal: swiftString(category) })),
    fallback: {
      description: swiftString(model.fallback.description),
      solution: swiftString(model.fallback.solution),
      retryable: model.fallback.retryable,
      category: swiftCategoryName(model.fallback.category),
    },
    codes,
    currentCodes,
    deprecatedCodes: codes.filter((code) => code.availability !== null),
    entryGroups: groups(currentCodes).map((group, index) => ({ function: `entryOfGroup${index}`, codes: group })),
  };
}

/**
 * Type-checking and lowering a function take time quadratic in its size once it holds thousands of string literals
 * (a switch of 10,000 cases of text took two minutes, of 2,000 four seconds). Longer switches are split into
 * functions of this many cases.
 */
export const swiftGroupSize = 250;

/** The items in groups of at most `swiftGroupSize`; none when they all fit in one function. */
function groups<T>(items: readonly T[]): T[][] {
  if (items.length <= swiftGroupSize) return [];
  return Array.from({ length: Math.ceil(items.length / swiftGroupSize) }, (_, index) => items.slice(index * swiftGroupSize, (index + 1) * swiftGroupSize));
}

function files(model: Model): TargetFile[] {
  const { moduleName, typeName } = model.packages.swift;
  const dir = packageDir('swift');
  return [
    { template: 'Package.swift.hbs', path: 'Package.swift' },
    { template: 'package.json.hbs', path: `${dir}/package.json` },
    { template: 'ErrorCode.swift.hbs', path: `${dir}/Sources/${moduleName}/${typeName}.swift` },
    { template: 'ErrorCodeTests.swift.hbs', path: `${dir}/Tests/${moduleName}Tests/${typeName}Tests.swift` },
  ];
}

export const swift: Target = {
  id: 'swift',
  label: 'Swift',
  memberName: swiftMemberName,
  files,
  buildView,
};
