import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTable, repoRoot } from '@errtable/codegen/dist/paths';
import { runPipeline } from '@errtable/codegen/dist/pipeline';
import { type BatchTable, compareDump, expectedDump, type Failure, type LanguageResult, writeBatch } from './batch';
import type { RenderedTable } from './check-rendering';
import { runGo } from './languages/go';
import { runKotlin } from './languages/kotlin';
import { runSwift } from './languages/swift';
import { runTypescript } from './languages/typescript';
import type { Language } from './options';
import type { TableJson } from './table-arbitrary';

const runners: Record<Language, (dir: string, tables: readonly BatchTable[]) => Promise<LanguageResult>> = {
  swift: runSwift,
  kotlin: runKotlin,
  go: runGo,
  typescript: runTypescript,
};

/** Slowest first, two at a time (two cores): Swift and Kotlin start together, Go and TypeScript take the free slot. */
const order: Language[] = ['swift', 'kotlin', 'go', 'typescript'];

export interface CompileOutcome {
  results: LanguageResult[];
  /** Compiler and program failures, and every difference between a program's answers and its table. */
  failures: Failure[];
}

/** Compiles the batch in every language, runs each dump program, and compares what it printed with the tables. */
export async function compileBatch(dir: string, tables: readonly BatchTable[], languages: readonly Language[], log: (line: string) => void): Promise<CompileOutcome> {
  mkdirSync(dir, { recursive: true });
  writeBatch(dir, tables);
  const queue = order.filter((language) => languages.includes(language));
  const results: LanguageResult[] = [];
  const worker = async () => {
    for (let language = queue.shift(); language !== undefined; language = queue.shift()) {
      let result: LanguageResult;
      try {
        result = await runners[language](dir, tables);
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

/**
 * The tables that can share one build: each needs its own Go module, Kotlin package, npm name and Swift type name
 * (the arbitraries tag them, but two cases can draw the same tag). Later tables that repeat one are left out.
 */
export function withDistinctPackages(tables: readonly BatchTable[]): BatchTable[] {
  const taken = new Set<string>();
  return tables.filter(({ rendered }) => {
    const { go, kotlin, typescript, swift } = rendered.table.packages as Record<string, Record<string, string>>;
    const keys = [`go ${go?.module}`, `kotlin ${kotlin?.packageName}`, `npm ${typescript?.packageName}`, `swift ${swift?.typeName}`];
    if (keys.some((key) => taken.has(key))) return false;
    for (const key of keys) taken.add(key);
    return true;
  });
}

/**
 * The bundled table and the valid fixtures go through the compilers with every run. They share coordinates, so each
 * gets its own Go module, Kotlin package, npm name and Swift type name here (nothing else changes).
 */
export function fixtureTables(workDir: string): BatchTable[] {
  const fixturesDir = join(repoRoot, 'tools', 'codegen', 'fixtures', 'valid');
  const sources = [
    { name: 'bundled-table', path: join(repoRoot, defaultTable) },
    ...readdirSync(fixturesDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({ name: entry.name, path: join(fixturesDir, entry.name, 'table.json') })),
  ];
  return sources.map(({ name, path }, index) => {
    const table = JSON.parse(readFileSync(path, 'utf8')) as TableJson & { packages: Record<string, Record<string, string>> };
    const { go, kotlin, typescript, swift } = table.packages as Record<string, Record<string, string>>;
    go!.module = `${go!.module}/f${index}`;
    kotlin!.packageName = `${kotlin!.packageName}.f${index}`;
    typescript!.packageName = `${typescript!.packageName}-f${index}`;
    swift!.typeName = `${swift!.typeName}F${index}`;
    const copy = join(workDir, `fixture-${index}.json`);
    writeFileSync(copy, JSON.stringify(table, null, 2));
    const result = runPipeline({ table: copy, outDir: join(workDir, 'version-0') });
    if (!result.ok) throw new Error(`the fixture ${name} is not valid any more:\n${JSON.stringify(result.diagnostics, null, 2)}`);
    const rendered: RenderedTable = { table, files: result.files, version: '0.1.0' };
    return { id: `f${String(index).padStart(5, '0')}`, caseIndex: -1, label: `fixture ${name}`, rendered };
  });
}
