/** Case conversions of a SCREAMING_SNAKE name, shared by every target's naming. */

export function words(screamingSnake: string): string[] {
  return screamingSnake.split('_').filter((word) => word.length > 0).map((word) => word.toLowerCase());
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `INVALID_TOKEN` -> `InvalidToken` */
export function pascalCase(screamingSnake: string): string {
  return words(screamingSnake).map(capitalize).join('');
}

/** `INVALID_TOKEN` -> `invalidToken` */
export function camelCase(screamingSnake: string): string {
  const [first = '', ...rest] = words(screamingSnake);
  return first + rest.map(capitalize).join('');
}

/** `XGPushErrorCode` -> `XGPushError`: the stem companion types are named from. */
export function typeStem(typeName: string): string {
  return typeName.endsWith('Code') && typeName.length > 'Code'.length ? typeName.slice(0, -'Code'.length) : typeName;
}
