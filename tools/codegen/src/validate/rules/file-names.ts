import { isKotlinGroupObject, kotlinNames } from '../../targets/kotlin/naming';
import type { PackageCoordinates } from '../../table';
import type { Finding } from '../diagnostic';
import { quote } from '../show-text';
import { kotlinCaseOnlyPairs } from './casing';
import { error, type Rule, rowPlace } from './rule';

const caseInsensitive = 'one file on a case-insensitive file system (macOS and Windows by default)';

/** Whether two names are the same file name on a case-insensitive file system, though they differ. */
function sameIgnoringCase(a: string, b: string): boolean {
  return a !== b && a.toLowerCase() === b.toLowerCase();
}

/**
 * The Kotlin classes compiled into one folder, each a source file and a class file named after it: the sealed class,
 * the exception and the category enum; and the group objects `<typeName>Group<n>` the exception must not match in
 * any case. The exception and the type are chosen; the category derives from the type.
 */
function kotlinTypeFiles(kotlin: PackageCoordinates['kotlin']): Finding[] {
  const { typeName, exceptionName, categoryName } = kotlinNames(kotlin);
  const pairs: [pointer: string, name: string, other: string][] = [
    ['/packages/kotlin/exceptionName', exceptionName, typeName],
    ['/packages/kotlin/exceptionName', exceptionName, categoryName],
    ['/packages/kotlin/typeName', typeName, categoryName],
  ];
  const findings = pairs
    .filter(([, name, other]) => sameIgnoringCase(name, other))
    .map(([pointer, name, other]) =>
      error('distinctFileNamesIgnoringCase', pointer, `${quote(name)} and the Kotlin class ${other} differ only in case, so ${name}.kt and ${other}.kt are ${caseInsensitive}`, 'Choose a name that differs in letters, not only in case'),
    );
  const groupPrefix = `${typeName}Group`.toLowerCase();
  const lowerException = exceptionName.toLowerCase();
  if (!isKotlinGroupObject(exceptionName, typeName) && lowerException.startsWith(groupPrefix) && /^[0-9]+$/.test(lowerException.slice(groupPrefix.length))) {
    findings.push(error('distinctFileNamesIgnoringCase', '/packages/kotlin/exceptionName', `${quote(exceptionName)} differs only in case from an object the generated code declares above 1,000 codes (${typeName}Group<n>), so their class files are ${caseInsensitive}`, 'Choose a name that differs in letters, not only in case'));
  }
  return findings;
}

/**
 * Names that produce files whose names differ only in case: on macOS and Windows one overwrites the other, and the
 * package built there loses a class. Kotlin is the language concerned: its type names are source files, and each
 * code is an object compiled to a class file named after it (`XGPushErrorCode$ParameterError.class`).
 */
export const distinctFileNamesIgnoringCase: Rule = (input) => {
  const kotlin = input.table.packages?.kotlin;
  const codes = kotlinCaseOnlyPairs(input).map(({ row, first, members }) =>
    error(
      'distinctFileNamesIgnoringCase',
      `/codes/${row.index}/name`,
      `${quote(row.name)} and ${quote(first.name)} (at ${rowPlace(input, first, 'name')}) become the Kotlin objects ${members[0]} and ${members[1]}, whose class files differ only in case: ${caseInsensitive}`,
      'Rename one of them so that the names differ in letters, not only in underscores',
    ),
  );
  return kotlin === undefined ? codes : [...kotlinTypeFiles(kotlin), ...codes];
};
