import { namesDifferByMoreThanUnderscores, noCollisionAfterCasing } from './casing';
import { noReservedCoordinates } from './coordinates';
import { replacementExists, replacementIsNotItself, replacementNotDeprecated } from './deprecation';
import { fallbackIsNotSuccess } from './fallback';
import { distinctFileNamesIgnoringCase } from './file-names';
import type { Rule } from './rule';
import { noBidiControls, noBlankText, noControlCharacters, noMavenInterpolation, noReplacementCharacter, pomTextIsValidXml, wellFormedUnicode } from './text';
import { distinctTypeNames } from './type-names';
import { uniqueCodes, uniqueNames } from './unique';

/** Every meaning check, run on what the schema accepted. docs/validation.md lists them with their severity. */
export const rules: readonly Rule[] = [
  uniqueCodes,
  uniqueNames,
  noCollisionAfterCasing,
  distinctTypeNames,
  distinctFileNamesIgnoringCase,
  noReservedCoordinates,
  replacementExists,
  replacementIsNotItself,
  noBlankText,
  noControlCharacters,
  wellFormedUnicode,
  noBidiControls,
  noReplacementCharacter,
  pomTextIsValidXml,
  noMavenInterpolation,
  fallbackIsNotSuccess,
  namesDifferByMoreThanUnderscores,
  replacementNotDeprecated,
];
