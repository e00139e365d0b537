import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goModulePath } from '@errtable/codegen/dist/targets/go/target';
import { goMemberName } from '@errtable/codegen/dist/targets/go/naming';
import { type BatchTable, type Dump, failuresOf, type LanguageResult, lookupCodes } from '../batch';
import { runCommand } from '../run-command';

const dumpModule = 'errtable.fuzz/dump';

function modulePath({ rendered }: BatchTable): string {
  const go = (rendered.table.packages as { go: { module: string } }).go;
  return goModulePath(go.module, rendered.version);
}

/** A program that imports every table's package and prints what its public API says, as JSON. */
function dumpProgram(tables: readonly BatchTable[]): string {
  const alias = (table: BatchTable) => `p${table.id}`;
  const imports = tables.map((table) => `\t${alias(table)} ${JSON.stringify(modulePath(table))}`).join('\n');
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

/**
 * One Go workspace holds every table's module as generated (go.mod included) and a dump program:
 * `gofmt -l` must list nothing, `go vet` must pass for every package (tests included), then the program runs.
 */
export async function runGo(dir: string, tables: readonly BatchTable[]): Promise<LanguageResult> {
  const started = Date.now();
  const packageDirs = tables.map((table) => `./${table.id}/packages/go`);
  writeFileSync(join(dir, 'go.work'), `go 1.21\n\nuse (\n${[...packageDirs, './fuzzdump-go'].map((use) => `\t${use}\n`).join('')})\n`);
  mkdirSync(join(dir, 'fuzzdump-go'), { recursive: true });
  writeFileSync(join(dir, 'fuzzdump-go', 'go.mod'), `module ${dumpModule}\n\ngo 1.21\n`);
  writeFileSync(join(dir, 'fuzzdump-go', 'main.go'), dumpProgram(tables));
  const env = { GOWORK: join(dir, 'go.work'), GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '' };
  const result = (failures: LanguageResult['failures'], dumps = new Map<string, Dump>()) => ({
    language: 'go' as const,
    failures,
    dumps,
    compiled: tables.map((table) => table.id),
    seconds: (Date.now() - started) / 1000,
    steps: ['gofmt -l', 'go vet', 'go run'],
  });

  const gofmt = await runCommand('gofmt', ['-l', ...packageDirs], { cwd: dir, env });
  if (gofmt.code !== 0 || gofmt.stdout.trim() !== '') {
    const unformatted = gofmt.stdout.split('\n').filter((line) => line !== '');
    const diff = await runCommand('gofmt', ['-d', ...unformatted], { cwd: dir, env });
    return result(failuresOf('go', `not gofmt-clean (gofmt -d):\n${diff.stdout}${gofmt.stderr}`, 12));
  }
  const vet = await runCommand('go', ['vet', ...tables.map((table) => `${modulePath(table)}/...`)], { cwd: dir, env });
  if (vet.code !== 0) return result(failuresOf('go', `go vet:\n${vet.stderr}${vet.stdout}`));
  const run = await runCommand('go', ['run', './fuzzdump-go'], { cwd: dir, env });
  if (run.code !== 0) return result(failuresOf('go', `go run of the dump program:\n${run.stderr}`));
  return result([], new Map(Object.entries(JSON.parse(run.stdout) as Record<string, Dump>)));
}
