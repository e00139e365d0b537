/** Case conversions of a SCREAMING_SNAKE name, shared by every target's naming. */

import { remembered } from './remembered';

export function words(screamingSnake: string): string[] {
  return screamingSnake.split('_').filter((word) => word.length > 0).map((word) => word.toLowerCase());
}

/** Joins the words of a name, each but (when `lowerFirst`) the first starting with a capital: one pass, no arrays. */
function joinWords(screamingSnake: string, lowerFirst: boolean): string {
  let out = '';
  let start = 0;
  for (let index = 0; index <= screamingSnake.length; index += 1) {
    if (index < screamingSnake.length && screamingSnake.charCodeAt(index) !== 0x5f /* _ */) continue;
    if (index > start) {
      const word = screamingSnake.slice(start, index).toLowerCase();
      out += lowerFirst && out === '' ? word : word.charAt(0).toUpperCase() + word.slice(1);
    }
    start = index + 1;
  }
  return out;
}

/** `INVALID_TOKEN` -> `InvalidToken` */
export const pascalCase: (screamingSnake: string) => string = remembered((name) => joinWords(name, false));

/** `INVALID_TOKEN` -> `invalidToken` */
export const camelCase: (screamingSnake: string) => string = remembered((name) => joinWords(name, true));

/** `XGPushErrorCode` -> `XGPushError`: the stem companion types are named from. */
export function typeStem(typeName: string): string {
  return typeName.endsWith('Code') && typeName.length > 'Code'.length ? typeName.slice(0, -'Code'.length) : typeName;
}
