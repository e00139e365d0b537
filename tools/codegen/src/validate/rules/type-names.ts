import { isKotlinGroupObject, kotlinNames } from '../../targets/kotlin/naming';
import type { PackageCoordinates } from '../../table';
import type { Finding } from '../diagnostic';
import { typescriptNames } from '../../targets/typescript/naming';
import { quote } from '../show-text';
import { error, type Rule } from './rule';

/** `property` (a name the maintainer picks) must differ from every other name the language's package declares. */
function clash(language: string, pointer: string, names: Readonly<Record<string, string>>, property: string) {
  const chosen = names[property]!;
  const others = Object.entries(names).filter(([key]) => key !== property);
  return others
    .filter(([, name]) => name === chosen)
    .map(([key]) =>
      error(
        'distinctTypeNames',
        pointer,
        `${quote(chosen)} is also the name the generated ${language} code gives its ${key}, so it would be declared twice`,
        `Choose a name other than ${others.map(([, name]) => name).join(', ')}`,
      ),
    );
}

/** The Kotlin exception must not take the name of the test class or of a group object, which derive from typeName. */
function kotlinDerivedClash({ typeName, exceptionName }: PackageCoordinates['kotlin']): Finding[] {
  const what = exceptionName === `${typeName}Test` ? 'the generated test class' : isKotlinGroupObject(exceptionName, typeName) ? 'an object the generated code declares to list more than 1,000 codes' : undefined;
  if (what === undefined) return [];
  return [error('distinctTypeNames', '/packages/kotlin/exceptionName', `${quote(exceptionName)} is also the name of ${what}, so it would be declared twice`, `Choose a name that is not ${typeName} followed by "Test" or "Group" and a number`)];
}

/** The error class (TypeScript) and exception (Kotlin) are named freely; the other type names derive from typeName. */
export const distinctTypeNames: Rule = ({ table: { packages } }) =>
  packages === undefined
    ? []
    : [
        ...clash('TypeScript', '/packages/typescript/errorName', typescriptNames(packages.typescript), 'errorName'),
        ...clash('Kotlin', '/packages/kotlin/exceptionName', kotlinNames(packages.kotlin), 'exceptionName'),
        ...kotlinDerivedClash(packages.kotlin),
      ];
