import { repoRoot, tablesDir } from '@errtable/codegen/dist/paths';
import { targets } from '@errtable/codegen/dist/targets/registry';
import { namesTaken } from '@errtable/codegen/dist/validate/across-tables';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BatchTable, compareDump, expectedDump, type Failure, type LanguageResult, writeBatch } from './batch';
import type { FuzzCase } from './case-arbitrary';
import { checkRendering } from './check-rendering';
import { type Language, languages } from './options';
import { runners } from './runners';
import type { TableJson } from './table-arbitrary';

/** Slowest first, two at a time (two cores): the slow languages start together, the quick ones take the free slot. */
const order = [...languages].sort((a, b) => runners[b].cost - runners[a].cost);

/** Whether the table is generated into the language. */
const generatedInto = (table: BatchTable, language: Language) => table.rendered.model.targets.some((target) => target.id === language);

export interface CompileOutcome {
  results: LanguageResult[];
  /** Compiler and program failures, and every difference between a program's answers and its table. */
  failures: Failure[];
}

/**
 * Compiles the batch in every language, each with the tables generated into it, runs each language's programs, and
 * compares what the dump programs printed with the tables.
 */
export async function compileBatch(dir: string, tables: readonly BatchTable[], languages: readonly Language[], log: (line: string) => void): Promise<CompileOutcome> {
  mkdirSync(dir, { recursive: true });
  writeBatch(dir, tables);
  const queue = order.filter((language) => languages.includes(language) && tables.some((table) => generatedInto(table, language)));
  const results: LanguageResult[] = [];
  const worker = async () => {
    for (let language = queue.shift(); language !== undefined; language = queue.shift()) {
      let result: LanguageResult;
      const mine = tables.filter((table) => generatedInto(table, language));
      try {
        result = await runners[language].run(dir, mine);
      } catch (error) {
        result = { language, failures: [{ language, tableId: null, message: (error as Error).stack ?? String(error) }], dumps: new Map(), compiled: [], seconds: 0, steps: [] };
      }
      log(`${language}: ${result.compiled.length} tables, ${result.failures.length === 0 ? 'compiled and ran' : 'FAILED'} in ${result.seconds.toFixed(1)} s (${result.steps.join(', ')})`);
      results.push(result);
    }
  };
  await Promise.all([worker(), worker()]);
  const failures = results.flatMap((result) => {
    if (result.failures.length > 0) return result.failures;
    return result.compiled.flatMap((id) => {
      const table = tables.find((candidate) => candidate.id === id)!;
      const differences = compareDump(expectedDump(table.rendered), result.dumps.get(id));
      return differences.length === 0 ? [] : [{ language: result.language, tableId: id, message: `the compiled program does not return the table:\n  ${differences.slice(0, 12).join('\n  ')}` }];
    });
  });
  return { results, failures };
}

/** The fields of `packages.<target id>` that tables compiled together keep apart: the registry's unique ones and the runner's. */
const distinctFields = (language: Language): readonly string[] => [...targets.find((target) => target.id === language)!.coordinates.unique, ...runners[language].distinctFields];

/** What a table may share with no other table of the batch: its id (its folder), and per language its names and the runner's distinct coordinates. */
function clashKeys({ rendered }: BatchTable): string[] {
  const packages = rendered.model.packages as unknown as Record<Language, Record<string, string>>;
  return [
    `id ${rendered.id}`,
    ...rendered.model.targets.flatMap((target) => {
      const language = target.id as Language;
      const names = namesTaken(target, rendered.model).map(({ name }) => `${language} name ${name}`);
      return [...names, ...runners[language].distinctFields.map((field) => `${language} ${field} ${packages[language][field]}`)];
    }),
  ];
}

/**
 * The tables that can share one build: each needs its own folder (id) and, in each of its languages, its own
 * distinct coordinates (the arbitraries tag them, but two cases can draw the same tag). Later tables that repeat one
 * are left out.
 */
export function withDistinctPackages(tables: readonly BatchTable[]): BatchTable[] {
  const taken = new Set<string>();
  return tables.filter((table) => {
    const keys = clashKeys(table);
    if (keys.some((key) => taken.has(key))) return false;
    for (const key of keys) taken.add(key);
    return true;
  });
}

/**
 * The bundled tables and the valid fixtures go through the compilers with every run. The bundled tables keep their
 * ids and coordinates; each fixture (written as `table.json`) gets the id `fixture-<n>`, and the coordinates it writes
 * that the batch keeps apart are left to their defaults from that id (nothing else changes).
 */
export function fixtureTables(workDir: string): BatchTable[] {
  const fixturesDir = join(repoRoot, 'tools', 'codegen', 'fixtures', 'valid');
  const bundled = readdirSync(tablesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ label: `bundled table ${name}`, id: name.slice(0, -'.json'.length), path: join(tablesDir, name), keep: true }));
  const fixtures = readdirSync(fixturesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name, index) => ({ label: `fixture ${name}`, id: `fixture-${index}`, path: join(fixturesDir, name, 'table.json'), keep: false }));
  return [...bundled, ...fixtures].map(({ label, id, path, keep }, index) => {
    const table = JSON.parse(readFileSync(path, 'utf8')) as TableJson & { packages?: Record<string, Record<string, string>> };
    if (!keep) {
      for (const language of languages) {
        for (const field of distinctFields(language)) delete table.packages?.[language]?.[field];
      }
    }
    const fuzz: FuzzCase = { story: label, expectation: { outcome: 'accept' }, id, text: JSON.stringify(table, null, 2), versionIndex: 0 };
    let rendered;
    try {
      rendered = checkRendering(fuzz, workDir);
    } catch (error) {
      throw new Error(`the ${label} is not valid any more (as ${id}):\n${(error as Error).message}`);
    }
    return { id: `f${String(index).padStart(5, '0')}`, caseIndex: -1, label, rendered: rendered! };
  });
}
