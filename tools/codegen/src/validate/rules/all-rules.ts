import { targets } from '../../targets/registry';
import { namesDifferByMoreThanUnderscores, noCollisionAfterCasing } from './casing';
import { categoryDeclared } from './categories';
import { replacementExists, replacementIsNotItself, replacementNotDeprecated } from './deprecation';
import { fallbackIsNotSuccess } from './fallback';
import { noUnconfirmedProposals } from './proposals';
import type { Rule } from './rule';
import { noBidiControls, noBlankText, noControlCharacters, noInvisibleCharacters, noReplacementCharacter, wellFormedUnicode } from './text';
import { translationRules, translationsComplete } from './translations';
import { uniqueCodes, uniqueNames } from './unique';

/** A target's rule, run only on tables generated into that language. */
function forTablesOf(targetId: string, rule: Rule): Rule {
  const scoped: Rule = (input) => (input.targets.some((target) => target.id === targetId) ? rule(input) : []);
  // The rule keeps its name: it is the id its findings carry.
  return Object.defineProperty(scoped, 'name', { value: rule.name });
}

/** Every meaning check, run on what the schema accepted: the shared ones, then each language's own (targets/<id>/rules.ts). docs/validation.md lists them with their severity. */
export const rules: readonly Rule[] = [
  uniqueCodes,
  uniqueNames,
  categoryDeclared,
  noCollisionAfterCasing,
  replacementExists,
  replacementIsNotItself,
  noBlankText,
  noControlCharacters,
  wellFormedUnicode,
  noBidiControls,
  noReplacementCharacter,
  fallbackIsNotSuccess,
  ...translationRules,
  namesDifferByMoreThanUnderscores,
  replacementNotDeprecated,
  translationsComplete,
  noUnconfirmedProposals,
  noInvisibleCharacters,
  ...targets.flatMap((target) => target.rules.map((rule) => forTablesOf(target.id, rule))),
];
