import type { Model, ModelCode } from '../../model/build-model';
import { exampleCode, unknownName } from '../../model/build-model';
import { codeDocText, fileHeader } from '../../model/text';
import { packageDir, type Target, type TargetFile, wrapperPackageName } from '../target';
import { jsonString, swiftDocLines, swiftString } from './escaping';
import { swiftCategoryName, swiftMemberName, swiftPlainName } from './naming';

function availability(code: ModelCode): string | null {
  if (code.deprecated === undefined) return null;
  const { message, replacement } = code.deprecated;
  const renamed = replacement === undefined ? '' : `, renamed: ${swiftString(swiftPlainName(replacement))}`;
  return `@available(*, deprecated${renamed}, message: ${swiftString(message)})`;
}

/** A code's text as the JSON object the Swift `Entry` decodes, on one line. */
function jsonEntry(code: ModelCode): string {
  const { name, description, solution, retryable, category } = code;
  return `{"name": ${jsonString(name)}, "description": ${jsonString(description)}, "solution": ${jsonString(solution)}, "retryable": ${retryable}, "category": ${jsonString(category)}}`;
}

/**
 * Tables of up to this many codes keep each code's text in a `switch` over the cases, as a person would write it;
 * larger ones in one JSON literal decoded on first use, which `swift build` compiles much faster than a switch of
 * thousands of entries (measured in the commit that set it).
 */
export const swiftSwitchLimit = 1000;

/** The Swift view, with the code's text in a `switch` or in JSON: `textInSwitch` defaults to the table's size. */
export function buildSwiftView(model: Model, textInSwitch = model.codes.length <= swiftSwitchLimit) {
  const { packageName, moduleName, typeName } = model.packages.swift;
  const codes = model.codes.map((code) => ({
    member: swiftMemberName(code.name),
    value: code.code,
    name: swiftString(code.name),
    ...(textInSwitch
      ? { description: swiftString(code.description), solution: swiftString(code.solution), retryable: code.retryable, category: swiftCategoryName(code.category) }
      : { jsonMember: `${jsonString(String(code.code))}: ${jsonEntry(code)}` }),
    docLines: swiftDocLines(codeDocText(code.description, code.solution)),
    availability: availability(code),
  }));
  const currentCodes = codes.filter((code) => code.availability === null);
  return {
    header: fileHeader(model.tableFile, 'slashes'),
    textInSwitch,
    exampleName: exampleCode(model).name,
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
  };
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
  buildView: (model) => buildSwiftView(model),
};
