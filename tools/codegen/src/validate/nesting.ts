import type { Diagnostic } from './diagnostic';
import { pointerOf } from './diagnostic';
import { lineColumnsAt } from './line-index';

/**
 * How deep a table may nest objects and arrays: 64 levels, where a table needs 4 (the table, `codes`, a row, its
 * `deprecated`). The parsers that keep positions, and the checks that walk the parsed table, recurse once per level,
 * and overflow the stack near 6,000 levels; serde_json stops at 128 for the same reason.
 */
export const maxNesting = 64;

/** The offset of the double quote that closes the string opening at `start`, or -1 when the file ends first. */
export function closingQuote(text: string, start: number): number {
  for (let end = text.indexOf('"', start + 1); end !== -1; end = text.indexOf('"', end + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(end - 1 - backslashes) === 0x5c) backslashes += 1;
    if (backslashes % 2 === 0) return end;
  }
  return -1;
}

/**
 * One pass over strict JSON text, outside its strings: how many properties it writes (each has one colon), and
 * whether it nests deeper than `limit`. A loop over character codes: at 100,000 codes (33 MB) it takes a few tens of
 * milliseconds, where a regular expression took 300. The pass stops at the first container too deep.
 */
export function scanStructure(text: string, limit = maxNesting): { properties: number; tooDeep: boolean } {
  let properties = 0;
  let depth = 0;
  for (let offset = 0; offset < text.length; offset += 1) {
    const code = text.charCodeAt(offset);
    if (code === 0x22 /* " */) {
      offset = closingQuote(text, offset);
      if (offset === -1) break;
    } else if (code === 0x3a /* : */) properties += 1;
    else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      depth += 1;
      if (depth > limit) return { properties, tooDeep: true };
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) depth -= 1;
  }
  return { properties, tooDeep: false };
}

/** A property name as JSON reads it, or as written when its escapes are broken (the syntax check reports those). */
function keyOf(token: string): string {
  try {
    return JSON.parse(token) as string;
  } catch {
    return token.slice(1, -1);
  }
}

/** The key whose string opens at `start` (-1: no key read yet). */
function keyAt(text: string, start: number): string {
  return start === -1 ? '' : keyOf(text.slice(start, closingQuote(text, start) + 1));
}

/**
 * Where the text first opens an object or array deeper than `limit`, with the path to that value, read in one pass
 * without recursion (so it works at any depth, and on text that is not valid JSON). Each open container keeps where
 * the value being read in it is: its index in an array, or where its key is written in an object (decoded only for
 * the path reported).
 */
export function firstTooDeep(text: string, limit = maxNesting): { offset: number; path: (string | number)[] } | undefined {
  const inArray: boolean[] = [];
  /** Per open container: the index of the current item, or the offset of the current key's opening quote. */
  const at: number[] = [];
  let lastString = -1;
  for (let offset = 0; offset < text.length; offset += 1) {
    const code = text.charCodeAt(offset);
    if (code === 0x22 /* " */) {
      lastString = offset;
      offset = closingQuote(text, offset);
      if (offset === -1) return undefined;
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      if (inArray.length >= limit) return { offset, path: inArray.map((array, level) => (array ? at[level]! : keyAt(text, at[level]!))) };
      inArray.push(code === 0x5b);
      at.push(code === 0x5b ? 0 : -1);
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      inArray.pop();
      at.pop();
    } else if (code === 0x3a /* : */) {
      if (inArray.at(-1) === false) at[at.length - 1] = lastString;
    } else if (code === 0x2c /* , */ && inArray.at(-1) === true) at[at.length - 1]! += 1;
  }
  return undefined;
}

/** One error where the table nests deeper than `maxNesting`, located, instead of a stack overflow. */
export function nestingDiagnostic(file: string, text: string): Diagnostic | undefined {
  const tooDeep = firstTooDeep(text);
  if (tooDeep === undefined) return undefined;
  return {
    severity: 'error',
    rule: 'json',
    pointer: pointerOf(tooDeep.path),
    message: `this value is nested more than ${maxNesting} levels deep; a table nests 4 (the table, "codes", a row, its "deprecated")`,
    hint: 'Remove the nested value, or close the brackets left open before it',
    file,
    ...lineColumnsAt(text, [tooDeep.offset])[0]!,
  };
}
