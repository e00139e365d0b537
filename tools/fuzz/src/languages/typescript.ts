import { repoRoot } from '@errtable/codegen/dist/paths';
import { textOf } from '@errtable/codegen/dist/render/render-files';
import { packageDir } from '@errtable/codegen/dist/targets/target';
import { typescriptMemberName, typescriptNames } from '@errtable/codegen/dist/targets/typescript/naming';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BatchTable, type Dump, failuresOf, idsIn, type LanguageResult, lookupCodes, type Runner, testedIn } from '../batch';
import { runCommand } from '../run-command';

const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
/** The package's folder, `packages/<table id>/typescript`. */
const tsDir = (table: BatchTable) => packageDir(table.rendered.id, 'typescript');
const coordinates = (table: BatchTable) => table.rendered.model.packages.typescript;

function dumpProgram(tables: readonly BatchTable[]): string {
  const imports = tables.map((table) => `import * as ${table.id} from "../${tsDir(table)}/src/index.js";`);
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

/**
 * The generated conformance tests of the tested tables, each given its package as compiled here (the ESM build): each
 * reads the vectors beside it, its package's own copy (`test/vectors.json`). Run with `node --test`.
 */
function conformanceProgram(tables: readonly BatchTable[]): string {
  return tables
    .map((table) => `import * as api${table.id} from "../fuzz-ts-out/${tsDir(table)}/src/index.js";
import { testConformance as test${table.id} } from "../${tsDir(table)}/test/conformance.mjs";
test${table.id}(api${table.id}, "${table.id} ${tsDir(table)}");`)
    .join('\n');
}

/** The generated compiler options of a tsconfig, without where its files are. */
function compilerOptions(table: BatchTable, file: string): Record<string, unknown> {
  const path = `${tsDir(table)}/${file}`;
  const generated = table.rendered.files.find((candidate) => candidate.path === path);
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
 * type test (`@ts-expect-error` lines included) under the generated test tsconfig, the npm names mapped to the
 * sources (so under the sources' lib: the package's own test checks its declarations under the test's older lib);
 * then the dump program, and the generated conformance tests of the tested tables.
 */
async function runTypescript(dir: string, tables: readonly BatchTable[]): Promise<LanguageResult> {
  const started = Date.now();
  const ids = idsIn(tables);
  const first = tables[0]!;
  const tested = tables.filter((table) => testedIn(tables).has(table.id));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, type: 'module' }));
  mkdirSync(join(dir, 'fuzzdump-ts'), { recursive: true });
  writeFileSync(join(dir, 'fuzzdump-ts', 'dump.ts'), dumpProgram(tables));
  writeFileSync(join(dir, 'fuzzdump-ts', 'conformance.mjs'), conformanceProgram(tested));
  writeFileSync(
    join(dir, 'tsconfig.fuzz.json'),
    JSON.stringify({
      compilerOptions: { ...compilerOptions(first, 'tsconfig.json'), rootDir: '.', outDir: 'fuzz-ts-out' },
      files: [...tables.map((table) => `${tsDir(table)}/src/index.ts`), 'fuzzdump-ts/dump.ts'],
    }),
  );
  writeFileSync(
    join(dir, 'tsconfig.fuzz-types.json'),
    JSON.stringify({
      compilerOptions: {
        ...compilerOptions(first, 'test/tsconfig.json'),
        // The type tests reach the sources, not the declarations an app sees: those compile under the package's lib.
        lib: compilerOptions(first, 'tsconfig.json')['lib'],
        paths: Object.fromEntries(tables.map((table) => [coordinates(table).packageName, [`./${tsDir(table)}/src/index.ts`]])),
      },
      files: tables.map((table) => `${tsDir(table)}/test/types.test.ts`),
    }),
  );
  const result = (failures: LanguageResult['failures'], dumps = new Map<string, Dump>()) => ({
    language: 'typescript' as const,
    failures,
    dumps,
    compiled: tables.map((table) => table.id),
    seconds: (Date.now() - started) / 1000,
    steps: ['tsc (sources and dump)', 'tsc (type tests)', 'node', `node --test (the conformance tests of ${tested.length} tables)`],
  });
  const [build, types] = await Promise.all([
    runCommand(process.execPath, [tsc, '-p', 'tsconfig.fuzz.json', '--pretty', 'false'], { cwd: dir }),
    runCommand(process.execPath, [tsc, '-p', 'tsconfig.fuzz-types.json', '--pretty', 'false'], { cwd: dir }),
  ]);
  const failures = [build, types].flatMap((step) => (step.code === 0 ? [] : failuresOf('typescript', `${step.display}:\n${step.stdout}${step.stderr}`, ids, 0)));
  if (failures.length > 0) return result(failures);
  const run = await runCommand(process.execPath, ['fuzz-ts-out/fuzzdump-ts/dump.js'], { cwd: dir });
  if (run.code !== 0) return result(failuresOf('typescript', `node dump.js:\n${run.stderr}`, ids));
  const conformance = await runCommand(process.execPath, ['--test', '--test-reporter=spec', 'fuzzdump-ts/conformance.mjs'], { cwd: dir, env: { NO_COLOR: '1' } });
  if (conformance.code !== 0) {
    const failed = conformance.stdout.split('\n').filter((line) => !/^\s*✔/.test(line)).join('\n');
    return result(failuresOf('typescript', `node --test (the generated conformance tests):\n${failed}${conformance.stderr}`, ids));
  }
  return result([], new Map(Object.entries(JSON.parse(run.stdout) as Record<string, Dump>)));
}

export const typescriptRunner: Runner = {
  cost: 40,
  // Every npm name apart (unique in the registry) is all one program needs: its files are imported by path.
  distinctFields: [],
  run: runTypescript,
};
