import { applyEdits, type FormattingOptions, type JSONPath, modify } from 'jsonc-parser';
import { type ApplyOptions, changesTable, missingDeprecation } from './apply-changes';
import type { VendorChange } from './compare-with-vendor';

/** The file's own indentation (its first indented line) and line ending, so the edits look like the rest. */
export function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)\S/.exec(text)?.[1] ?? '  ';
  return { insertSpaces: !indent.startsWith('\t'), tabSize: indent.startsWith('\t') ? 1 : indent.length, eol: text.includes('\r\n') ? '\r\n' : '\n' };
}

function edit(text: string, path: JSONPath, value: unknown, formattingOptions: FormattingOptions, isArrayInsertion = false): string {
  return applyEdits(text, modify(text, path, value, { formattingOptions, isArrayInsertion }));
}

/**
 * The table's text with the changes made in place (jsonc-parser edits): every other byte, the key order and the
 * formatting stay as they are, so the diff shows only what the vendor changed. New rows go where `insertAt` says,
 * after the code the vendor lists before them. Parses to what `applyChanges` returns.
 */
export function editTableText(text: string, changes: readonly VendorChange[], options: ApplyOptions = {}): string {
  const formatting = formattingOf(text);
  let result = text;
  const applied = changes.filter((change) => changesTable(change, options));
  for (const change of applied) {
    if (change.kind === 'text') result = edit(result, ['codes', change.index, change.field], change.after, formatting);
    if (change.kind === 'fallback') result = edit(result, ['fallback', change.field], change.after, formatting);
    if (change.kind === 'missing') result = edit(result, ['codes', change.index, 'deprecated'], missingDeprecation, formatting);
  }
  // From the last position back, and each group in reverse, so that no insertion moves the place of the next.
  const added = applied.filter((change) => change.kind === 'added').reverse();
  for (const change of added.toSorted((a, b) => b.insertAt - a.insertAt)) result = edit(result, ['codes', change.insertAt], change.row, formatting, true);
  return result;
}
