import type { Model, ModelCode } from '../../model/build-model';
import { exampleCode, unknownName } from '../../model/build-model';
import { readmeView } from '../../model/readme';
import { codeDocTextOf, fileHeader } from '../../model/text';
import { tablesFolder } from '../../paths';
import { repositoryPath } from '../default-names';
import { nxBlock, packageDir, type TargetFile, type TargetOf, type WorkspaceFile, wrapperPackageName } from '../target';
import { swiftCoordinates, type SwiftCoordinates } from './coordinates';
import { swiftRules } from './rules';
import { jsonString, swiftDocLines, swiftString } from './escaping';
import { swiftLocaleView } from './locales';
import { swiftCategoryName, swiftMemberName, swiftPlainName } from './naming';
import { swiftUsage } from './usage';

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
  const { moduleName, typeName } = model.packages.swift;
  const codes = model.codes.map((code) => ({
    member: swiftMemberName(code.name),
    value: code.code,
    name: swiftString(code.name),
    ...(textInSwitch
      ? { description: swiftString(code.description), solution: swiftString(code.solution), retryable: code.retryable, category: swiftCategoryName(code.category) }
      : { jsonMember: `${jsonString(String(code.code))}: ${jsonEntry(code)}` }),
    docLines: swiftDocLines(codeDocTextOf(model, code)),
    availability: availability(code),
  }));
  const currentCodes = codes.filter((code) => code.availability === null);
  return {
    header: fileHeader(model.tableFile, 'slashes'),
    textInSwitch,
    exampleName: exampleCode(model).name,
    exampleValue: exampleCode(model).code,
    exampleMember: swiftMemberName(exampleCode(model).name),
    repository: model.repository,
    repositoryName: repositoryPath(model.repository).hostPath.split('/').at(-1)!,
    readme: readmeView(model, (code) => `.${swiftMemberName(code.name)}`),
    moduleName,
    testModuleName: `${moduleName}Tests`,
    typeName,
    nx: nxBlock(model, 'swift', { buildOutputs, extraTestInputs: ['{workspaceRoot}/Package.swift'], parallelism: false }),
    errorDomain: swiftString(`${moduleName}.${typeName}`),
    errorDomainText: `${moduleName}.${typeName}`,
    wrapperName: JSON.stringify(wrapperPackageName(model, 'swift')),
    versionJson: JSON.stringify(model.version),
    versionLiteral: swiftString(model.version),
    titleDoc: swiftDocLines(`${model.title}.\n\nSource: ${model.source}`),
    unknownName: swiftString(unknownName),
    categories: model.categories.map((category) => ({ member: swiftCategoryName(category), literal: swiftString(category) })),
    successCategory: model.categories.includes('success') ? swiftCategoryName('success') : null,
    fallback: {
      description: swiftString(model.fallback.description),
      solution: swiftString(model.fallback.solution),
      retryable: model.fallback.retryable,
      category: swiftCategoryName(model.fallback.category),
    },
    ...swiftLocaleView(model),
    codes,
    currentCodes,
    deprecatedCodes: codes.filter((code) => code.availability !== null),
  };
}

function files(model: Model): TargetFile[] {
  const { moduleName, typeName } = model.packages.swift;
  return [
    { template: 'package.json.hbs', path: 'package.json' },
    { template: 'README.md.hbs', path: 'README.md' },
    { template: 'ErrorCode.swift.hbs', path: `Sources/${moduleName}/${typeName}.swift` },
    { template: 'Localization.swift.hbs', path: `Sources/${moduleName}/${typeName}+Localization.swift` },
    { template: 'ErrorCodeTests.swift.hbs', path: `Tests/${moduleName}Tests/${typeName}Tests.swift` },
    { template: 'LocalizationTests.swift.hbs', path: `Tests/${moduleName}Tests/${typeName}LocalizationTests.swift` },
  ];
}

/** Where the tests' copy of the vectors lives; Package.swift excludes it from the test target. */
function vectorsPath(model: Model): string {
  return `Tests/${model.packages.swift.moduleName}Tests/vectors.json`;
}

/**
 * SwiftPM reads one Package.swift, at the repository root: one library product per table, named after its module.
 * The package takes the repository's name, which is how apps refer to it (`.product(name:package:)`).
 */
function workspaceFiles(models: readonly Model[]): WorkspaceFile[] {
  const first = models[0];
  if (first === undefined) return [];
  const products = models.map((model) => {
    const { moduleName } = model.packages.swift;
    const dir = packageDir(model.id, 'swift');
    return {
      moduleLiteral: swiftString(moduleName),
      testModuleLiteral: swiftString(`${moduleName}Tests`),
      sourcesPath: swiftString(`${dir}/Sources/${moduleName}`),
      testsPath: swiftString(`${dir}/Tests/${moduleName}Tests`),
    };
  });
  const source = models.length === 1 ? first.tableFile : tablesFolder;
  const name = repositoryPath(first.repository).hostPath.split('/').at(-1)!;
  return [{ template: 'Package.swift.hbs', path: 'Package.swift', view: { header: fileHeader(source, 'slashes'), packageName: swiftString(name), products } }];
}

/** What the package's build tool writes inside it: not sources, never stale. */
const buildOutputs: readonly string[] = ['.build', '.swiftpm'];

export const swift: TargetOf<'swift', SwiftCoordinates> = {
  id: 'swift',
  label: 'Swift',
  coordinates: swiftCoordinates,
  rules: swiftRules,
  memberName: swiftMemberName,
  usage: swiftUsage,
  files,
  buildView: (model) => buildSwiftView(model),
  buildOutputs,
  vectorsPath,
  workspaceFiles,
  // SwiftPM versions the whole repository with plain X.Y.Z tags: the release tool's train (docs/releasing.md).
  release: { tags: () => [], publishSteps: () => [], versionedByRepository: true },
};
