import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@errtable/codegen/dist/paths';
import type { PackageCoordinates, TargetId } from '@errtable/codegen/dist/targets/coordinates';
import type { Command } from './measure';

/** One compile of generated code, timed from a clean state of that package (its dependencies may be cached). */
export interface CompileStep {
  what: string;
  command: Command;
}

/** One table's package for a language: its folder, the output root (SwiftPM builds there), its coordinates. */
interface GeneratedPackage<Id extends TargetId> {
  dir: string;
  root: string;
  names: PackageCoordinates[Id];
}

const swiftScript = join(repoRoot, 'tools', 'toolchains', 'swift.sh');
const tsc = require.resolve('typescript/bin/tsc');

/**
 * The compiles of each language's generated package, keyed by target id (a new target must say how its package is
 * compiled, or that it is not), each with the flags its own tests use (warnings are errors). Go caches compiled
 * packages by content, so a nonce file makes each run compile the package again while the standard library stays
 * cached, as it is on any developer's machine.
 */
export const compileSteps: { readonly [Id in TargetId]: (generated: GeneratedPackage<Id>) => CompileStep[] } = {
  typescript: ({ dir }) => {
    const clean = () => rmSync(join(dir, 'dist'), { recursive: true, force: true });
    return [{ what: 'tsc (library, ESM and declarations)', command: { label: 'tsc', file: process.execPath, args: [tsc, '-p', join(dir, 'tsconfig.json')], before: clean } }];
  },
  go: ({ dir, names: { packageName } }) => {
    const nonce = () => writeFileSync(join(dir, packageName, 'zz_bench_nonce.go'), `package ${packageName}\n\nconst benchNonce = ${Date.now()}\n`);
    return [
      { what: 'go build (library)', command: { label: 'go build', file: 'go', args: ['build', './...'], cwd: dir, before: nonce } },
      { what: 'go vet + test binary', command: { label: 'go vet', file: 'sh', args: ['-c', `go vet ./... && go test -c -o /dev/null ./${packageName}`], cwd: dir, before: nonce } },
    ];
  },
  kotlin: ({ dir }) => {
    const clean = () => rmSync(join(dir, 'target'), { recursive: true, force: true });
    return [{ what: 'mvn test-compile (library + tests)', command: { label: 'mvn test-compile', file: 'mvn', args: ['-B', '-q', '--no-transfer-progress', 'test-compile'], cwd: dir, before: clean } }];
  },
  swift: ({ root }) => {
    const clean = () => rmSync(join(root, '.build'), { recursive: true, force: true });
    const swift = (label: string, args: string[]): Command => ({ label, file: 'bash', args: [swiftScript, root, ...args], before: clean });
    return [
      { what: 'swift build (library)', command: swift('swift build', ['build', '-Xswiftc', '-warnings-as-errors']) },
      { what: 'swift build --build-tests', command: swift('swift build --build-tests', ['build', '--build-tests', '-Xswiftc', '-warnings-as-errors']) },
    ];
  },
};
