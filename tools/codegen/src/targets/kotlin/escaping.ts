import { escapeCodePoints, markedCommentLines, utf16Escapes } from '../../model/text';

const named: Record<string, string> = { '\\': '\\\\', '"': '\\"', $: '\\$', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b' };

/** A Kotlin string literal: `$` cannot start a template; invisible characters become `\uXXXX` (surrogate pairs above U+FFFF). */
export function kotlinString(text: string): string {
  return `"${escapeCodePoints(text, named, utf16Escapes)}"`;
}

/** Longest string constant a class file holds: 65,535 bytes of modified UTF-8 (JVM spec, CONSTANT_Utf8_info). */
const classFileStringLimit = 65_535;

/**
 * A string literal for an annotation argument such as `@Deprecated(message)`. Kotlin splits long string constants in
 * code, but an annotation's must fit one class-file constant, or compiling fails with `UTF8 string too large`; longer
 * text is cut at a character boundary and ends with `…` (it is only shown in compiler warnings).
 */
export function kotlinAnnotationString(text: string): string {
  // A UTF-16 unit takes at most 3 bytes: most text is far too short to need counting.
  if (text.length * 3 <= classFileStringLimit - 3) return kotlinString(text);
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = char.split('').reduce((sum, unit) => sum + modifiedUtf8Size(unit.charCodeAt(0)), 0);
    if (bytes + size > classFileStringLimit - 3) return kotlinString(`${text.slice(0, end)}…`);
    bytes += size;
    end += char.length;
  }
  return kotlinString(text);
}

/** Bytes of one UTF-16 unit in the JVM's modified UTF-8 (NUL takes two, each surrogate three). */
function modifiedUtf8Size(unit: number): number {
  if (unit >= 0x01 && unit <= 0x7f) return 1;
  return unit <= 0x7ff ? 2 : 3;
}

/** A KDoc block's lines as they follow ` *`. Kotlin comments nest, so neither `*\/` nor `/*` may appear raw. */
export function kotlinDocLines(text: string): readonly string[] {
  return markedCommentLines(text.replaceAll('*/', '*&#47;').replaceAll('/*', '&#47;*'));
}
