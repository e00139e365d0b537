import type { Model, ModelCode } from '../../model/build-model';
import { exampleCode, unknownName } from '../../model/build-model';
import { readmeView } from '../../model/readme';
import { codeDocTextOf, fileHeader } from '../../model/text';
import { repositoryPath } from '../default-names';
import { nxBlock, packageDir, type TargetFile, type TargetOf, wrapperPackageName } from '../target';
import { kotlinCoordinates, type KotlinCoordinates } from './coordinates';
import { kotlinRules } from './rules';
import { kotlinAnnotationString, kotlinDocLines, kotlinString } from './escaping';
import { kotlinLocaleView } from './locales';
import { kotlinMemberName, kotlinNames } from './naming';
import { kotlinUsage } from './usage';

function deprecation(code: ModelCode, model: Model) {
  if (code.deprecated === undefined) return null;
  const { message, replacement } = code.deprecated;
  return {
    message: kotlinAnnotationString(message),
    replaceWith: replacement === undefined ? null : kotlinString(`${model.packages.kotlin.typeName}.${kotlinMemberName(replacement, model.packages.kotlin)}`),
  };
}

function buildView(model: Model) {
  const coordinates = model.packages.kotlin;
  const names = kotlinNames(coordinates);
  const codes = codeViews(model);
  const category = (value: string) => `${names.categoryName}.${value.toUpperCase()}`;
  return {
    header: fileHeader(model.tableFile, 'slashes'),
    xmlHeader: fileHeader(model.tableFile, 'xml'),
    ...names,
    ...coordinates,
    wrapperName: JSON.stringify(wrapperPackageName(model, 'kotlin')),
    nx: nxBlock(model, 'kotlin', { buildOutputs }),
    version: model.version,
    versionLiteral: kotlinString(model.version),
    versionJson: JSON.stringify(model.version),
    titleXml: xmlText(model.title),
    repositoryXml: xmlText(model.repository),
    developer: developerOf(model),
    stdlibVersion: kotlinStdlibVersion,
    exampleMember: kotlinMemberName(exampleCode(model).name, coordinates),
    readme: readmeView(model, (code) => kotlinMemberName(code.name, coordinates)),
    titleDoc: kotlinDocLines(`${model.title}.\n\nSource: ${model.source}`),
    unknownName: kotlinString(unknownName),
    categories: model.categories.map((value) => ({ entry: value.toUpperCase(), literal: kotlinString(value) })),
    successCategory: model.categories.includes('success') ? category('success') : null,
    exampleName: exampleCode(model).name,
    exampleValue: exampleCode(model).code,
    fallback: {
      description: kotlinString(model.fallback.description),
      solution: kotlinString(model.fallback.solution),
      retryable: model.fallback.retryable,
      category: category(model.fallback.category),
    },
    ...kotlinLocaleView(model, names.translationsName, kotlinGroupSize),
    codes,
    codeGroups: groups(codes).map(({ index, items }) => ({ object: `${names.typeName}Group${index}`, testObject: `ObjectsGroup${index}`, codes: items })),
    // A `when` must cover every object in one method to prove exhaustiveness, which the JVM allows only for small tables.
    exhaustiveWhen: codes.length <= kotlinGroupSize,
  };
}

function codeViews(model: Model) {
  const coordinates = model.packages.kotlin;
  const { categoryName } = kotlinNames(coordinates);
  const category = (value: string) => `${categoryName}.${value.toUpperCase()}`;
  return model.codes.map((code) => ({
    member: kotlinMemberName(code.name, coordinates),
    value: code.code,
    name: kotlinString(code.name),
    description: kotlinString(code.description),
    solution: kotlinString(code.solution),
    retryable: code.retryable,
    category: category(code.category),
    docLines: kotlinDocLines(codeDocTextOf(model, code)),
    deprecated: deprecation(code, model),
  }));
}

/**
 * The JVM caps a method at 64 KB of bytecode, which a `listOf` of about 6,000 objects, or a `mapOf` or `when` of
 * about 4,000, exceeds, and a class at 65,535 constants, which naming 10,000 objects exceeds. Longer lists are split
 * into objects (classes of their own) of this many codes each.
 */
export const kotlinGroupSize = 1000;

/** The items in groups of at most `kotlinGroupSize`; none when they all fit in one method. */
function groups<T>(items: readonly T[]): { index: number; items: T[] }[] {
  if (items.length <= kotlinGroupSize) return [];
  const count = Math.ceil(items.length / kotlinGroupSize);
  return Array.from({ length: count }, (_, index) => ({ index, items: items.slice(index * kotlinGroupSize, (index + 1) * kotlinGroupSize) }));
}

/** The kotlin-stdlib the library depends on: the oldest its consumers may have (the pom's apiVersion). */
const kotlinStdlibVersion = '2.0.21';

/** Maven Central requires a developer: the repository's owner, as its contributors. */
function developerOf(model: Model) {
  const { owner, hostPath } = repositoryPath(model.repository);
  const host = hostPath.split('/')[0]!;
  return { id: xmlText(owner), name: xmlText(`${owner} contributors`), url: xmlText(`https://${host}/${owner}`) };
}

function xmlText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function files(model: Model): TargetFile[] {
  const { packageName } = model.packages.kotlin;
  const { typeName, exceptionName, categoryName, translationsName } = kotlinNames(model.packages.kotlin);
  const sources = `src/main/kotlin/${packageName.replaceAll('.', '/')}`;
  return [
    { template: 'pom.xml.hbs', path: 'pom.xml' },
    { template: 'package.json.hbs', path: 'package.json' },
    { template: 'README.md.hbs', path: 'README.md' },
    { template: 'ErrorCode.kt.hbs', path: `${sources}/${typeName}.kt` },
    { template: 'ErrorCategory.kt.hbs', path: `${sources}/${categoryName}.kt` },
    { template: 'ErrorException.kt.hbs', path: `${sources}/${exceptionName}.kt` },
    { template: 'Translations.kt.hbs', path: `${sources}/${translationsName}.kt` },
    { template: 'ErrorCodeTest.kt.hbs', path: `src/test/kotlin/${packageName.replaceAll('.', '/')}/${typeName}Test.kt` },
    { template: 'LocaleTest.kt.hbs', path: `src/test/kotlin/${packageName.replaceAll('.', '/')}/${typeName}LocaleTest.kt` },
  ];
}

/** The command that deploys the library to Maven Central (its credentials and key are the maintainer's). */
function mavenDeploySteps(model: Model): string[] {
  const { groupId, artifactId } = model.packages.kotlin;
  return [
    `Kotlin: deploy ${groupId}:${artifactId}:${model.version} to Maven Central from the tagged commit:`,
    `  mvn -B -P release -f ${packageDir(model.id, 'kotlin')}/pom.xml clean deploy`,
    `  (signed with your GPG key; uploaded as the <server> "central" of ~/.m2/settings.xml; see docs/releasing.md)`,
  ];
}

/** What the package's build tool writes inside it: not sources, never stale. */
const buildOutputs: readonly string[] = ['target'];

export const kotlin: TargetOf<'kotlin', KotlinCoordinates> = {
  id: 'kotlin',
  label: 'Kotlin',
  coordinates: kotlinCoordinates,
  rules: kotlinRules,
  memberName: (name, packages) => kotlinMemberName(name, packages.kotlin),
  membersAreFiles: true,
  usage: kotlinUsage,
  files,
  buildView,
  buildOutputs,
  vectorsPath: () => 'src/test/resources/vectors.json',
  release: { tags: () => [], publishSteps: mavenDeploySteps },
};
