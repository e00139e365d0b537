import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '@errtable/codegen/dist/paths';
import type { Command } from './measure';

/** One compile of generated code, timed from a clean state of that package (its dependencies may be cached). */
export interface CompileStep {
  language: string;
  what: string;
  command: Command;
}

const swiftScript = join(repoRoot, 'tools', 'toolchains', 'swift.sh');

/**
 * Compiles of the packages generated under `outDir`, each with the flags its own tests use (warnings are errors).
 * Go caches compiled packages by content, so a nonce file makes each run compile the package again while the
 * standard library stays cached, as it is on any developer's machine.
 */
export function compileSteps(outDir: string, goPackage: string): CompileStep[] {
  const go = join(outDir, 'packages', 'go');
  const kotlin = join(outDir, 'packages', 'kotlin');
  const goNonce = () => writeFileSync(join(go, 'zz_bench_nonce.go'), `package ${goPackage}\n\nconst benchNonce = ${Date.now()}\n`);
  const cleanKotlin = () => rmSync(join(kotlin, 'target'), { recursive: true, force: true });
  const cleanSwift = () => rmSync(join(outDir, '.build'), { recursive: true, force: true });
  const maven = (goal: string): Command => ({ label: `mvn ${goal}`, file: 'mvn', args: ['-B', '-q', '--no-transfer-progress', goal], cwd: kotlin, before: cleanKotlin });
  const swift = (label: string, args: string[]): Command => ({ label, file: 'bash', args: [swiftScript, outDir, ...args], before: cleanSwift });
  return [
    { language: 'Go', what: 'go build (library)', command: { label: 'go build', file: 'go', args: ['build', './...'], cwd: go, before: goNonce } },
    { language: 'Go', what: 'go vet + test binary', command: { label: 'go vet', file: 'sh', args: ['-c', 'go vet ./... && go test -c -o /dev/null .'], cwd: go, before: goNonce } },
    { language: 'Kotlin', what: 'mvn test-compile (library + tests)', command: maven('test-compile') },
    { language: 'Swift', what: 'swift build (library)', command: swift('swift build', ['build', '-Xswiftc', '-warnings-as-errors']) },
    { language: 'Swift', what: 'swift build --build-tests', command: swift('swift build --build-tests', ['build', '--build-tests', '-Xswiftc', '-warnings-as-errors']) },
  ];
}
