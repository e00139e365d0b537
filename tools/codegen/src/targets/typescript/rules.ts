import type { Rule } from '../../validate/rules/rule';
import { checkCoordinates, coordinateError } from '../../validate/rules/coordinate-finding';
import { quote } from '../../validate/show-text';
import { typescriptNames, typescriptTypeNameProblem } from './naming';

/** Type names that would replace a global or local type the generated module and its tests use (`Map`, `String`). */
const noReservedTypeScriptCoordinates: Rule = (input) =>
  checkCoordinates(input, 'noReservedTypeScriptCoordinates', 'typescript', input.packages?.typescript, [
    ['typeName', typescriptTypeNameProblem, 'Choose another type name'],
    ['errorName', typescriptTypeNameProblem, 'Choose another type name'],
  ]);

/**
 * The Error class is named freely, and its options type after it; the other names the module declares derive from the
 * enum's name.
 */
const distinctTypeScriptNames: Rule = (input) => {
  const coordinates = input.packages?.typescript;
  if (coordinates === undefined) return [];
  const { errorName, errorGuardName, errorOptionsName, ...others } = typescriptNames(coordinates);
  const fromErrorName = [
    { name: errorName, subject: quote(errorName) },
    { name: errorOptionsName, subject: `${quote(errorName)} names the Error class's options type ${errorOptionsName}, which` },
  ];
  return fromErrorName.flatMap(({ name, subject }) =>
    Object.entries(others)
      .filter(([, other]) => other === name)
      .map(([key]) =>
        coordinateError(
          input,
          'distinctTypeScriptNames',
          'typescript',
          'errorName',
          `${subject} is also the name the generated TypeScript code gives its ${key}, so it would be declared twice`,
          `Choose a name other than ${Object.values(others).join(', ')}`,
        ),
      ),
  );
};

export const typescriptRules: readonly Rule[] = [noReservedTypeScriptCoordinates, distinctTypeScriptNames];
