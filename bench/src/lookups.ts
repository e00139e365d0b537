import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageCoordinates, TargetId } from '@errtable/codegen/dist/targets/coordinates';
import { transformSync } from 'esbuild';

/** Nanoseconds per lookup of the first code, the last code and a code the table does not list. */
export interface LookupTimes {
  first: number;
  last: number;
  unknown: number;
}

export interface LookupProbe {
  first: number;
  last: number;
  unknown: number;
}

/** The generated TypeScript, compiled to CommonJS and loaded; each lookup timed over many calls (best of three). */
function typescriptLookups(packageDir: string, { typeName }: PackageCoordinates['typescript'], probe: LookupProbe, workDir: string): LookupTimes {
  const lookupName = `lookup${typeName}`;
  const source = readFileSync(join(packageDir, 'src', 'index.ts'), 'utf8');
  const module = join(workDir, `lookup-${Date.now()}.cjs`);
  writeFileSync(module, transformSync(source, { loader: 'ts', format: 'cjs' }).code);
  const api = require(module) as Record<string, (code: number) => { name: string }>;
  rmSync(module);
  const lookup = api[lookupName]!;
  const time = (code: number) => {
    const calls = 200_000;
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round += 1) {
      let sink = 0;
      const start = process.hrtime.bigint();
      for (let call = 0; call < calls; call += 1) sink += lookup(code).name.length;
      best = Math.min(best, Number(process.hrtime.bigint() - start) / calls);
      if (sink < 0) throw new Error('unreachable');
    }
    return best;
  };
  return { first: time(probe.first), last: time(probe.last), unknown: time(probe.unknown) };
}

/** A Go benchmark dropped into the generated package: Code(n).Description() for the three probes. */
function goLookups(moduleDir: string, { packageName }: PackageCoordinates['go'], probe: LookupProbe): LookupTimes {
  const dir = join(moduleDir, packageName);
  const file = join(dir, 'zz_bench_lookup_test.go');
  const bench = (name: string, code: number) =>
    `func BenchmarkLookup${name}(b *testing.B) {\n\tn := 0\n\tfor i := 0; i < b.N; i++ {\n\t\tn += len(Code(${code}).Description())\n\t}\n\tsink = n\n}\n`;
  writeFileSync(file, `package ${packageName}\n\nimport "testing"\n\nvar sink int\n\n${bench('First', probe.first)}\n${bench('Last', probe.last)}\n${bench('Unknown', probe.unknown)}`);
  try {
    const output = execFileSync('go', ['test', '-run', '^$', '-bench', 'Lookup', '-benchtime', '2000000x', '-count', '3', '.'], { cwd: dir, encoding: 'utf8' });
    const best = (name: string) => Math.min(...[...output.matchAll(new RegExp(`BenchmarkLookup${name}\\S*\\s+\\d+\\s+([\\d.]+) ns/op`, 'g'))].map((match) => Number(match[1])));
    return { first: best('First'), last: best('Last'), unknown: best('Unknown') };
  } finally {
    rmSync(file, { force: true });
  }
}

/**
 * How each language's lookups are timed, keyed by target id; undefined where only the shape test
 * (lookups-are-constant-time.test.ts, every language) judges them: a JVM or a Swift test harness would time its own
 * start-up more than a lookup. A new target must say which.
 */
export const lookupTimers: { readonly [Id in TargetId]: ((packageDir: string, names: PackageCoordinates[Id], probe: LookupProbe, workDir: string) => LookupTimes) | undefined } = {
  typescript: typescriptLookups,
  go: goLookups,
  kotlin: undefined,
  swift: undefined,
};
