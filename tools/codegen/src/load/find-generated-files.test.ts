import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTable, repoRoot } from '../paths';
import { runPipeline } from '../pipeline';
import { runCli } from '../run-cli';
import { findStaleFiles, generatedMarker } from './find-generated-files';

function cli(...argv: string[]) {
  const err: string[] = [];
  const code = runCli(argv, { out: () => undefined, err: (text) => err.push(text) });
  return { code, err: err.join('\n') };
}

function generatedTree(): string {
  const out = mkdtempSync(join(tmpdir(), 'errtable-stale-'));
  expect(cli('generate', '--table', join(repoRoot, defaultTable), '--out', out).code).toBe(0);
  return out;
}

describe('stale generated files', () => {
  const staleKotlin = 'packages/kotlin/src/main/kotlin/old/pkg/OldErrorCode.kt';

  it('finds none right after a generation, and every generated source as stale for an empty output', () => {
    const out = generatedTree();
    const result = runPipeline({ table: join(repoRoot, defaultTable), outDir: out });
    if (!result.ok) throw new Error('the bundled table must be valid');
    expect(findStaleFiles(out, result.files.map((file) => file.path))).toEqual([]);
    expect(findStaleFiles(out, [])).toEqual(expect.arrayContaining(['Package.swift', 'packages/go/codes.go', 'packages/typescript/src/index.ts']));
    expect(findStaleFiles(out, [])).not.toContain('packages/go/go.mod');
  });

  it('check fails on a file the table no longer produces, and generate deletes it with its empty folders', () => {
    const out = generatedTree();
    mkdirSync(join(out, 'packages/kotlin/src/main/kotlin/old/pkg'), { recursive: true });
    writeFileSync(join(out, staleKotlin), `// Generated ${generatedMarker}. Do not edit.\npackage old.pkg\n`);
    const check = cli('check', '--table', join(repoRoot, defaultTable), '--out', out);
    expect(check.code).toBe(1);
    expect(check.err).toContain(`DELETE ${staleKotlin}`);
    expect(cli('generate', '--table', join(repoRoot, defaultTable), '--out', out).code).toBe(0);
    expect(existsSync(join(out, staleKotlin))).toBe(false);
    expect(existsSync(join(out, 'packages/kotlin/src/main/kotlin/old'))).toBe(false);
    expect(existsSync(join(out, 'packages/kotlin/src/main/kotlin/io'))).toBe(true);
  });

  it('leaves files without the generated header alone', () => {
    const out = generatedTree();
    const handWritten = join(out, 'packages/kotlin/src/main/kotlin/Extra.kt');
    writeFileSync(handWritten, 'package extra\n');
    expect(cli('generate', '--table', join(repoRoot, defaultTable), '--out', out).code).toBe(0);
    expect(readFileSync(handWritten, 'utf8')).toBe('package extra\n');
  });
});
