import type { Vector } from '@errtable/codegen/dist/model/build-vectors';
import { textOf } from '@errtable/codegen/dist/render/render-files';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RenderedTable } from './check-rendering';
import type { Language } from './options';
import type { TableJson } from './table-arbitrary';

/** One accepted table in a compile batch: its generated files live under `<batch dir>/<id>/`. */
export interface BatchTable {
  /** Directory name, and how compiler messages are traced back to the table: `c00017` for case 17, `f00002` for a fixture. */
  id: string;
  /** Index of the case in the run (what `--only` replays), or -1 for a fixture table. */
  caseIndex: number;
  /** Where the table came from, for reports: `case 17` or a fixture name. */
  label: string;
  rendered: RenderedTable;
}

/** What a compiled program says about one table, read through the generated package's public API. */
export interface Dump {
  /** `[value, name]` of each code, reached through its generated identifier (constant, enum member, object, case). */
  members: [number, string][];
  /** Every listed code and a few unlisted ones, looked up by number. */
  lookups: Lookup[];
  /** The package's list of every code, in its order. */
  all: number[];
  version: string;
}

/** A lookup answers what a conformance vector states, less whether the code is deprecated. */
export type Lookup = Omit<Vector, 'deprecated'>;

/** A compiler or program failure, traced to the table whose files it names when it names one. */
export interface Failure {
  language: Language;
  tableId: string | null;
  message: string;
}

export interface LanguageResult {
  language: Language;
  failures: Failure[];
  dumps: Map<string, Dump>;
  /** Tables this language compiled (Swift leaves out a table whose type name another table in its module took). */
  compiled: string[];
  seconds: number;
  /** What was run, for the summary. */
  steps: string[];
}

export const batchId = (caseIndex: number) => `c${String(caseIndex).padStart(5, '0')}`;
const idPattern = /\b[cf]\d{5}\b/g;

/** Ids of the tables a compiler message names (by the directories of their files). */
export function idsIn(text: string): string[] {
  return [...new Set(text.match(idPattern) ?? [])];
}

/** Writes every generated file of every table, in the layout of the repository (so `../conformance` resolves). */
export function writeBatch(dir: string, tables: readonly BatchTable[]): void {
  for (const { id, rendered } of tables) {
    for (const file of rendered.files) {
      const path = join(dir, id, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, textOf(file));
    }
  }
}

const int32 = { min: -2147483648, max: 2147483647 };

/** Codes the dumps look up: every listed one, then a few the table does not list (bounds, zero, neighbours). */
export function lookupCodes(table: TableJson): number[] {
  const listed = table.codes.map((row) => Number(row.code));
  const taken = new Set(listed);
  const candidates = [int32.min, int32.max, 0, -1, 1, ...listed.flatMap((value) => [value - 1, value + 1])];
  const unlisted = [...new Set(candidates)].filter((value) => !taken.has(value) && value >= int32.min && value <= int32.max).slice(0, 8);
  return [...listed, ...unlisted];
}

/** What every dump must say about a table: exactly the table's text. */
export function expectedDump(rendered: RenderedTable): Dump {
  const { table, version } = rendered;
  const rows = new Map(table.codes.map((row) => [Number(row.code), row]));
  const fallback = table.fallback as Record<string, unknown>;
  return {
    members: table.codes.map((row) => [Number(row.code), String(row.name)]),
    lookups: lookupCodes(table).map((code) => {
      const row = rows.get(code);
      const source = row ?? fallback;
      return {
        code,
        name: row === undefined ? 'UNKNOWN' : String(row.name),
        description: String(source.description),
        solution: String(source.solution),
        retryable: Boolean(source.retryable),
        category: String(source.category),
        known: row !== undefined,
      };
    }),
    all: [...rows.keys()].sort((a, b) => a - b),
    version,
  };
}

const show = (value: unknown) => {
  const text = JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…(${text.length} characters)` : text;
};

/** Every difference between what a program printed and the table, one line each. */
export function compareDump(expected: Dump, actual: Dump | undefined): string[] {
  if (actual === undefined) return ['the program printed nothing for this table'];
  const differences: string[] = [];
  if (actual.version !== expected.version) differences.push(`version ${show(actual.version)}, table ${show(expected.version)}`);
  if (show(actual.all) !== show(expected.all)) differences.push(`list of codes ${show(actual.all)}, table ${show(expected.all)}`);
  expected.members.forEach(([code, name], index) => {
    const [gotCode, gotName] = actual.members[index] ?? [];
    if (gotCode !== code || gotName !== name) differences.push(`the identifier of ${name} is ${show(gotCode)} ${show(gotName)}, table ${code} ${show(name)}`);
  });
  expected.lookups.forEach((want, index) => {
    const got = actual.lookups[index];
    for (const key of Object.keys(want) as (keyof Lookup)[]) {
      if (got?.[key] !== want[key]) differences.push(`code ${want.code}: ${key} ${show(got?.[key])}, table ${show(want[key])}`);
    }
  });
  return differences;
}

/**
 * Failures of a command that failed: one per table its output names (the lines naming it, and a few after each that
 * name no other table), or a single one for the whole batch when it names none. `idsOf` may name tables a line
 * names in another way (Swift names a module, not a file, when the module itself fails).
 */
export function failuresOf(language: Language, output: string, context = 3, idsOf: (line: string) => string[] = idsIn): Failure[] {
  const lines = output.split('\n');
  const byId = new Map<string, string[]>();
  lines.forEach((line, index) => {
    for (const id of idsOf(line)) {
      const kept = byId.get(id) ?? [];
      const following = lines.slice(index + 1, index + 1 + context);
      const end = following.findIndex((next) => idsOf(next).length > 0);
      for (const next of [line, ...(end === -1 ? following : following.slice(0, end))]) if (kept.length < 40 && !kept.includes(next)) kept.push(next);
      byId.set(id, kept);
    }
  });
  if (byId.size === 0) {
    const errors = lines.filter((line) => /\berror\b/i.test(line)).slice(0, 40);
    return [{ language, tableId: null, message: [lines[0], ...errors, '...', ...lines.slice(-20)].join('\n') }];
  }
  return [...byId].map(([tableId, kept]) => ({ language, tableId, message: kept.join('\n') }));
}
