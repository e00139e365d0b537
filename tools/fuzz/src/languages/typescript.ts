import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@errtable/codegen/dist/paths';
import { textOf } from '@errtable/codegen/dist/render/render-files';
import { typescriptMemberName, typescriptNames } from '@errtable/codegen/dist/targets/typescript/naming';
import type { PackageCoordinates } from '@errtable/codegen/dist/table';
import { type BatchTable, type Dump, failuresOf, type LanguageResult, lookupCodes } from '../batch';
import { runCommand } from '../run-command';

const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
const packageDir = (table: BatchTable) => `${table.id}/packages/typescript`;
const coordinates = (table: BatchTable) => (table.rendered.table.packages as unknown as PackageCoordinates).typescript;

function dumpProgram(tables: readonly BatchTable[]): string {
  const imports = tables.map((table) => `import * as ${table.id} from "../${packageDir(table)}/src/index.js";`);
  const entries = tables.map((table) => {
    const { enumName, lookupName, listName } = typescriptNames(coordinates(table));
    const p = table.id;
    const members = table.rendered.table.codes.map((row) => {
      const member = `${p}.${enumName}.${typescriptMemberName(String(row.name))}`;
      return `[${member}, ${p}.${lookupName}(${member}).name]`;
    });
    return `out[${JSON.stringify(p)}] = {
  members: [${members.join(', ')}],
  lookups: [${lookupCodes(table.rendered.table).join(', ')}].map((code) => ${p}.${lookupName}(code)),
  all: [...${p}.${listName}],
  version: ${p}.version,
};`;
  });
  return `${imports.join('\n')}

declare const console: { log(text: string): void };
const out: Record<string, unknown> = {};
${entries.join('\n')}
console.log(JSON.stringify(out));
`;
}

/** The generated compiler options of a tsconfig, without where its files are. */
function compilerOptions(table: BatchTable, file: string): Record<string, unknown> {
  const path = join(packageDir(table), file);
  const generated = table.rendered.files.find((candidate) => candidate.path === `packages/typescript/${file}`);
  const config = JSON.parse(generated === undefined ? 'null' : textOf(generated)) as {
    compilerOptions: Record<string, unknown>;
  } | null;
  if (config === null) throw new Error(`no generated ${path}`);
  const { rootDir, outDir, ...options } = config.compilerOptions;
  return options;
}

/**
 * One tsc program with every table's `src/index.ts` and a dump program, compiled with the generated tsconfig's
 * options (strict, NodeNext, isolatedModules, verbatimModuleSyntax, declarations); a second with every generated
 * type test (`@ts-expect-error` lines included) under the generated test tsconfig, the npm names mapped to the sources.
 */
export async function runTypescript(dir: string, tables: readonly BatchTable[]): Promise<LanguageResult> {
  const started = Date.now();
  const first = tables[0]!;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  mkdirSync(join(dir, 'fuzzdump-ts'), { recursive: true });
  writeFileSync(join(dir, 'fuzzdump-ts', 'dump.ts'), dumpProgram(tables));
  writeFileSync(
    join(dir, 'tsconfig.fuzz.json'),
    JSON.stringify({
      compilerOptions: { ...compilerOptions(first, 'tsconfig.json'), rootDir: '.', outDir: 'fuzz-ts-out' },
      files: [...tables.map((table) => `${packageDir(table)}/src/index.ts`), 'fuzzdump-ts/dump.ts'],
    }),
  );
  writeFileSync(
    join(dir, 'tsconfig.fuzz-types.json'),
    JSON.stringify({
      compilerOptions: {
        ...compilerOptions(first, 'test/tsconfig.json'),
        paths: Object.fromEntries(tables.map((table) => [coordinates(table).packageName, [`./${packageDir(table)}/src/index.ts`]])),
      },
      files: tables.map((table) => `${packageDir(table)}/test/types.test.ts`),
    }),
  );
  const result = (failures: LanguageResult['failures'], dumps = new Map<string, Dump>()) => ({
    language: 'typescript' as const,
    failures,
    dumps,
    compiled: tables.map((table) => table.id),
    seconds: (Date.now() - started) / 1000,
    steps: ['tsc (sources and dump)', 'tsc (type tests)', 'node'],
  });
  const [build, types] = await Promise.all([
    runCommand(process.execPath, [tsc, '-p', 'tsconfig.fuzz.json', '--pretty', 'false'], { cwd: dir }),
    runCommand(process.execPath, [tsc, '-p', 'tsconfig.fuzz-types.json', '--pretty', 'false'], { cwd: dir }),
  ]);
  const failures = [build, types].flatMap((step) => (step.code === 0 ? [] : failuresOf('typescript', `${step.display}:\n${step.stdout}${step.stderr}`, 0)));
  if (failures.length > 0) return result(failures);
  const run = await runCommand(process.execPath, ['fuzz-ts-out/fuzzdump-ts/dump.js'], { cwd: dir });
  if (run.code !== 0) return result(failuresOf('typescript', `node dump.js:\n${run.stderr}`));
  return result([], new Map(Object.entries(JSON.parse(run.stdout) as Record<string, Dump>)));
}

