import type { Finding } from '../../validate/diagnostic';
import { caseOnlyPairs } from '../../validate/rules/casing';
import { checkCoordinates, coordinateError } from '../../validate/rules/coordinate-finding';
import { error, type Rule, rowPlace } from '../../validate/rules/rule';
import { noMavenInterpolation, pomTextIsValidXml } from '../../validate/rules/text';
import type { RuleInput } from '../../validate/rule-input';
import { quote } from '../../validate/show-text';
import type { KotlinCoordinates } from './coordinates';
import { isKotlinGroupObject, kotlinNames, kotlinPackageProblem, kotlinTypeNameProblem } from './naming';

/** Package segments Kotlin refuses (`fun`), and type names that would shadow a type the generated code uses. */
const noReservedKotlinCoordinates: Rule = (input) =>
  checkCoordinates(input, 'noReservedKotlinCoordinates', 'kotlin', input.packages?.kotlin, [
    ['packageName', kotlinPackageProblem, 'Choose segments that are not keywords'],
    ['typeName', kotlinTypeNameProblem, 'Choose another type name'],
    ['exceptionName', kotlinTypeNameProblem, 'Choose another type name'],
  ]);

/** The exception is named freely; the category enum, the test class and the group objects derive from typeName. */
const distinctKotlinNames: Rule = (input) => {
  const coordinates = input.packages?.kotlin;
  if (coordinates === undefined) return [];
  const { typeName, exceptionName, categoryName, translationsName } = kotlinNames(coordinates);
  const what =
    exceptionName === typeName ? 'the sealed class'
    : exceptionName === categoryName ? 'the category enum'
    : exceptionName === translationsName ? 'the object holding the translations'
    : exceptionName === `${typeName}LocaleTest` ? 'the generated test class of the languages'
    : exceptionName === `${typeName}Test` ? 'the generated test class'
    : isKotlinGroupObject(exceptionName, typeName) ? 'an object the generated code declares to list more than 1,000 codes'
    : isKotlinGroupObject(exceptionName, translationsName) ? 'an object the generated code declares to list more than 1,000 translated codes'
    : undefined;
  if (what === undefined) return [];
  const hint = `Choose a name other than ${typeName}, ${categoryName}, ${translationsName}, or ${typeName} followed by "Test", "LocaleTest" or "Group" and a number`;
  return [coordinateError(input, 'distinctKotlinNames', 'kotlin', 'exceptionName', `${quote(exceptionName)} is also the name of ${what}, so it would be declared twice`, hint)];
};

const caseInsensitive = 'one file on a case-insensitive file system (macOS and Windows by default)';

function sameIgnoringCase(a: string, b: string): boolean {
  return a !== b && a.toLowerCase() === b.toLowerCase();
}

/**
 * The Kotlin classes compiled into one folder, each a source file and a class file named after it: the sealed class,
 * the exception and the category enum; and the group objects `<typeName>Group<n>` the exception must not match in
 * any case.
 */
function kotlinTypeFiles(input: RuleInput, coordinates: KotlinCoordinates): Finding[] {
  const { typeName, exceptionName, categoryName } = kotlinNames(coordinates);
  const pairs: [field: 'exceptionName' | 'typeName', name: string, other: string][] = [
    ['exceptionName', exceptionName, typeName],
    ['exceptionName', exceptionName, categoryName],
    ['typeName', typeName, categoryName],
  ];
  const differInCase = 'Choose a name that differs in letters, not only in case';
  const findings = pairs
    .filter(([, name, other]) => sameIgnoringCase(name, other))
    .map(([field, name, other]) => coordinateError(input, 'distinctFileNamesIgnoringCase', 'kotlin', field, `${quote(name)} and the Kotlin class ${other} differ only in case, so ${name}.kt and ${other}.kt are ${caseInsensitive}`, differInCase));
  const groupPrefix = `${typeName}Group`.toLowerCase();
  const lowerException = exceptionName.toLowerCase();
  if (!isKotlinGroupObject(exceptionName, typeName) && lowerException.startsWith(groupPrefix) && /^[0-9]+$/.test(lowerException.slice(groupPrefix.length))) {
    const message = `${quote(exceptionName)} differs only in case from an object the generated code declares above 1,000 codes (${typeName}Group<n>), so their class files are ${caseInsensitive}`;
    findings.push(coordinateError(input, 'distinctFileNamesIgnoringCase', 'kotlin', 'exceptionName', message, differInCase));
  }
  return findings;
}

/**
 * Names that produce files whose names differ only in case: on macOS and Windows one overwrites the other, and the
 * package built there loses a class. Kotlin's type names are source files, and each code is an object compiled to a
 * class file named after it (`XGPushErrorCode$ParameterError.class`).
 */
export const distinctFileNamesIgnoringCase: Rule = (input) => {
  const coordinates = input.packages?.kotlin;
  const kotlin = input.targets.find((target) => target.id === 'kotlin');
  const codes = (kotlin === undefined ? [] : caseOnlyPairs(input, kotlin)).map(({ row, first, members }) =>
    error(
      'distinctFileNamesIgnoringCase',
      `/codes/${row.index}/name`,
      `${quote(row.name)} and ${quote(first.name)} (at ${rowPlace(input, first, 'name')}) become the Kotlin objects ${members[0]} and ${members[1]}, whose class files differ only in case: ${caseInsensitive}`,
      'Rename one of them so that the names differ in letters, not only in underscores',
    ),
  );
  return coordinates === undefined ? codes : [...kotlinTypeFiles(input, coordinates), ...codes];
};

/** The pom's text rules live with the other text rules; they apply because the Kotlin package is built by Maven. */
export const kotlinRules: readonly Rule[] = [noReservedKotlinCoordinates, distinctKotlinNames, distinctFileNamesIgnoringCase, noMavenInterpolation, pomTextIsValidXml];
