import { goMemberName } from '@errtable/codegen/dist/targets/go/naming';
import { goModulePath } from '@errtable/codegen/dist/targets/go/target';
import { packageDir } from '@errtable/codegen/dist/targets/target';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BatchTable, type Dump, failuresOf, idsIn, type LanguageResult, lookupCodes, type Runner, testedIn } from '../batch';
import { runCommand } from '../run-command';

const dumpModule = 'errtable.fuzz/dump';

/** The module's folder, `packages/<table id>/go`. */
const moduleDir = (table: BatchTable) => packageDir(table.rendered.id, 'go');
/** The module path apps require (with `/vN` from 2.0.0 on). */
const modulePath = ({ rendered }: BatchTable) => goModulePath(rendered.model.packages.go.module, rendered.version);
/** The package sits in a folder of its own name inside the module. */
const importPath = (table: BatchTable) => `${modulePath(table)}/${table.rendered.model.packages.go.packageName}`;

/** A program that imports every table's package and prints what its public API says, as JSON. */
function dumpProgram(tables: readonly BatchTable[]): string {
  const alias = (table: BatchTable) => `p${table.id}`;
  const imports = tables.map((table) => `\t${alias(table)} ${JSON.stringify(importPath(table))}`).join('\n');
  const functions = tables.map((table) => {
    const p = alias(table);
    const members = table.rendered.table.codes.map((row) => `{int32(${p}.${goMemberName(String(row.name))}), ${p}.${goMemberName(String(row.name))}.Name()}`);
    const lookups = lookupCodes(table.rendered.table).map((code) => `look${table.id}(${p}.Code(${code}))`);
    return `
func look${table.id}(c ${p}.Code) lookup {
	return lookup{int32(c), c.Name(), c.Description(), c.Solution(), c.Retryable(), string(c.Category()), c.Known()}
}

func dump${table.id}() dump {
	var all []int32
	for _, c := range ${p}.Codes() {
		all = append(all, int32(c))
	}
	return dump{
		Members: [][2]any{${members.join(', ')}},
		Lookups: []lookup{${lookups.join(', ')}},
		All:     all,
		Version: ${p}.Version,
	}
}`;
  });
  return `package main

import (
	"encoding/json"
	"os"

${imports}
)

type lookup struct {
	Code        int32  \`json:"code"\`
	Name        string \`json:"name"\`
	Description string \`json:"description"\`
	Solution    string \`json:"solution"\`
	Retryable   bool   \`json:"retryable"\`
	Category    string \`json:"category"\`
	Known       bool   \`json:"known"\`
}

type dump struct {
	Members [][2]any \`json:"members"\`
	Lookups []lookup \`json:"lookups"\`
	All     []int32  \`json:"all"\`
	Version string   \`json:"version"\`
}
${functions.join('\n')}

func main() {
	out := map[string]dump{
${tables.map((table) => `\t\t${JSON.stringify(table.id)}: dump${table.id}(),`).join('\n')}
	}
	if err := json.NewEncoder(os.Stdout).Encode(out); err != nil {
		panic(err)
	}
}
`;
}

/** `go: warning: "<module>/..." matched no packages`: the package's own `go vet ./...` and `go test ./...` would skip it. */
const matchedNothing = /matched no packages/;

/**
 * One Go workspace holds every table's module as generated (go.mod at `packages/<id>/go`, the package in its
 * `<packageName>/` folder): `gofmt -l` must list nothing, `go vet <module>/...` must find and pass every package (tests
 * included), the generated tests of the tested tables run (`go test`, reading their `testdata/vectors.json`), then
 * the dump program.
 */
async function runGo(dir: string, tables: readonly BatchTable[]): Promise<LanguageResult> {
  const started = Date.now();
  const ids = idsIn(tables);
  const moduleDirs = tables.map((table) => `./${moduleDir(table)}`);
  writeFileSync(join(dir, 'go.work'), `go 1.21\n\nuse (\n${[...moduleDirs, './fuzzdump-go'].map((use) => `\t${use}\n`).join('')})\n`);
  mkdirSync(join(dir, 'fuzzdump-go'), { recursive: true });
  writeFileSync(join(dir, 'fuzzdump-go', 'go.mod'), `module ${dumpModule}\n\ngo 1.21\n`);
  writeFileSync(join(dir, 'fuzzdump-go', 'main.go'), dumpProgram(tables));
  const env = { GOWORK: join(dir, 'go.work'), GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '' };
  const tested = testedIn(tables);
  const result = (failures: LanguageResult['failures'], dumps = new Map<string, Dump>()) => ({
    language: 'go' as const,
    failures,
    dumps,
    compiled: tables.map((table) => table.id),
    seconds: (Date.now() - started) / 1000,
    steps: ['gofmt -l', 'go vet', `go test (${tables.filter((table) => tested.has(table.id)).length} tables)`, 'go run'],
  });

  const gofmt = await runCommand('gofmt', ['-l', ...moduleDirs], { cwd: dir, env });
  if (gofmt.code !== 0 || gofmt.stdout.trim() !== '') {
    const unformatted = gofmt.stdout.split('\n').filter((line) => line !== '');
    const diff = await runCommand('gofmt', ['-d', ...unformatted], { cwd: dir, env });
    return result(failuresOf('go', `not gofmt-clean (gofmt -d):\n${diff.stdout}${gofmt.stderr}`, ids, 12));
  }
  const vet = await runCommand('go', ['vet', ...tables.map((table) => `${modulePath(table)}/...`)], { cwd: dir, env });
  if (vet.code !== 0 || matchedNothing.test(vet.stderr)) return result(failuresOf('go', `go vet:\n${vet.stderr}${vet.stdout}`, ids));
  const test = await runCommand('go', ['test', '-count=1', ...tables.filter((table) => tested.has(table.id)).map(importPath)], { cwd: dir, env });
  if (test.code !== 0) return result(failuresOf('go', `go test:\n${test.stdout}${test.stderr}`, ids));
  const run = await runCommand('go', ['run', './fuzzdump-go'], { cwd: dir, env });
  if (run.code !== 0) return result(failuresOf('go', `go run of the dump program:\n${run.stderr}`, ids));
  return result([], new Map(Object.entries(JSON.parse(run.stdout) as Record<string, Dump>)));
}

export const goRunner: Runner = {
  cost: 60,
  // One workspace: every module path apart (the registry's unique coordinate) is all it needs.
  distinctFields: [],
  run: runGo,
};
