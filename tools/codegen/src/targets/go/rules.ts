import type { Rule } from '../../validate/rules/rule';
import { checkCoordinates, coordinateError } from '../../validate/rules/coordinate-finding';
import { quote } from '../../validate/show-text';
import { goModuleFolder } from './coordinates';
import { goModulePathProblem, goPackageNameProblem } from './naming';

/** Module paths and package names Go refuses, or that the generated code imports itself (`errors`). */
const noReservedGoCoordinates: Rule = (input) =>
  checkCoordinates(input, 'noReservedGoCoordinates', 'go', input.packages?.go, [
    ['module', goModulePathProblem, `Write a module path Go accepts, e.g. github.com/owner/repo/${goModuleFolder(input.tableId)}`],
    ['packageName', goPackageNameProblem, 'Choose another package name, e.g. the vendor\'s name followed by "err"'],
  ]);

/**
 * Go finds a module in a subfolder of a repository only when its path ends with that folder: the package is written
 * to `packages/<table id>/go`, so `go get` of any other path fails.
 */
const goModuleMatchesItsFolder: Rule = (input) => {
  const module = input.packages?.go.module;
  const folder = goModuleFolder(input.tableId);
  if (module === undefined || goModulePathProblem(module) !== undefined || module.endsWith(`/${folder}`)) return [];
  return [coordinateError(input, 'goModuleMatchesItsFolder', 'go', 'module', `${quote(module)} does not end with ${folder}, the folder the module is written to, so Go cannot find it`, `End the module path with /${folder}`)];
};

export const goRules: readonly Rule[] = [noReservedGoCoordinates, goModuleMatchesItsFolder];
