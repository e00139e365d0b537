import type { Vector } from '@errtable/codegen/dist/model/build-vectors';
import { textOf } from '@errtable/codegen/dist/render/render-files';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { RenderedTable } from './check-rendering';
import type { Language } from './options';
import type { TableJson } from './table-arbitrary';

/**
 * One accepted table in a compile batch. Its packages are written as in the repository, under
 * `<batch dir>/packages/<table id>/<language>/` (the tables of a batch have distinct ids).
 */
export interface BatchTable {
  /** How the batch's programs and reports name the table: `c00017` for case 17, `f00002` for a fixture. */
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
const batchIdPattern = /\b[cf]\d{5}\b/g;
const packagesPattern = /packages\/([a-z][a-z0-9-]*)\//g;

/** What names a table in a compiler's message: its batch id (the programs' names) or its folder `packages/<table id>/`. */
export type IdsOf = (line: string) => string[];

/** The batch ids of the tables a line names, by batch id (`c00017`) or by the folder of one of their files. */
export function idsIn(tables: readonly BatchTable[]): IdsOf {
  const byTableId = new Map(tables.map((table) => [table.rendered.id, table.id]));
  const batchIds = new Set(tables.map((table) => table.id));
  return (line) => {
    const named = (line.match(batchIdPattern) ?? []).filter((id) => batchIds.has(id));
    for (const [, tableId] of line.matchAll(packagesPattern)) {
      const id = byTableId.get(tableId!);
      if (id !== undefined) named.push(id);
    }
    return [...new Set(named)];
  };
}

/**
 * Writes every table's packages in the layout of the repository, `packages/<table id>/<language>/`; the files a table's
 * plan makes from every table (the root Package.swift) and the schema are the runners' business.
 */
export function writeBatch(dir: string, tables: readonly BatchTable[]): void {
  for (const { rendered } of tables) {
    for (const file of rendered.files.filter((candidate) => candidate.path.startsWith('packages/'))) {
      const path = join(dir, file.path);
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
 * name no other table), or a single one for the whole batch when it names none. `idsOf` says which tables a line
 * names (`idsIn`, and Swift's modules when a module fails as a whole).
 */
export function failuresOf(language: Language, output: string, idsOf: IdsOf, context = 3): Failure[] {
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

/** How the compile stage runs one language over a batch: a `tools/fuzz/src/languages/<target id>.ts` for each target. */
export interface Runner {
  /** About how long a CI-sized batch takes, in seconds: the slowest languages start first. */
  readonly cost: number;
  /**
   * Coordinates (fields of `packages.<target id>`) two tables compiled together in this language may not share,
   * besides those the registry holds unique across tables (`coordinates.unique`): the batch leaves out a table that
   * repeats one, and the fixtures leave them to their defaults.
   */
  readonly distinctFields: readonly string[];
  run(dir: string, tables: readonly BatchTable[]): Promise<LanguageResult>;
}

/**
 * The generated tests of this many random tables (and of every fixture) are run where a language runs them (Swift's
 * XCTest suites, `go test`, the TypeScript conformance tests): each reads its package's own copy of the vectors.
 * A test costs as much to compile as the package, and checks what the dump programs check.
 */
export const testedTables = 60;

/** The batch ids of the tables whose generated tests run: the first `testedTables` random tables and every fixture. */
export function testedIn(tables: readonly BatchTable[]): Set<string> {
  const random = tables.filter((table) => table.caseIndex >= 0).slice(0, testedTables);
  return new Set([...tables.filter((table) => table.caseIndex < 0), ...random].map((table) => table.id));
}
