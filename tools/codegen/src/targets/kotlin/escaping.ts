import { commentLines, escapeCodePoints, hex } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', $: '\\$', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b' };

/** A Kotlin string literal: `$` cannot start a template; invisible characters become `\uXXXX` (surrogate pairs above U+FFFF). */
export function kotlinString(text: string): string {
  const unicode = (codePoint: number) =>
    String.fromCodePoint(codePoint)
      .split('')
      .map((unit) => `\\u${hex(unit.charCodeAt(0), 4)}`)
      .join('');
  return `"${escapeCodePoints(text, named, unicode)}"`;
}

/** Lines of a KDoc block. Kotlin comments nest, so neither `*\/` nor `/*` may appear raw. */
export function kotlinDocLines(text: string): string[] {
  return commentLines(text.replaceAll('*/', '*&#47;').replaceAll('/*', '&#47;*'));
}
