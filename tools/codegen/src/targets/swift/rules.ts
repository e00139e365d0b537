import { checkCoordinates } from '../../validate/rules/coordinate-finding';
import { error, type Rule } from '../../validate/rules/rule';
import { quote } from '../../validate/show-text';
import { swiftCategoryName, swiftCategoryNameProblem, swiftModuleNameProblem, swiftTypeNameProblem } from './naming';

/** Module names the toolchain provides (`Foundation`), and type names the generated code uses (`Int`). */
const noReservedSwiftCoordinates: Rule = (input) =>
  checkCoordinates(input, 'noReservedSwiftCoordinates', 'swift', input.packages?.swift, [
    ['moduleName', swiftModuleNameProblem, 'Choose another module name'],
    ['typeName', swiftTypeNameProblem, 'Choose another type name'],
  ]);

/** A category becomes a case of the nested `Category` enum; a few names no backticks can rescue (`self`, `rawValue`). */
const noReservedCategoryCases: Rule = (input) =>
  (input.table.categories ?? []).flatMap((category, index) => {
    const problem = swiftCategoryNameProblem(category);
    if (problem === undefined) return [];
    return [error('noReservedCategoryCases', `/categories/${index}`, `${quote(category)} becomes the Swift case ${swiftCategoryName(category)}, which ${problem}`, 'Choose another category name')];
  });

export const swiftRules: readonly Rule[] = [noReservedSwiftCoordinates, noReservedCategoryCases];
