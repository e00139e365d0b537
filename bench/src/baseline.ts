#!/usr/bin/env node
/**
 * The practical floor the generator is measured against: the same 25 files (every declaration, lookup entry, doc
 * comment and test line per code that the templates write, and the conformance vectors), built by plain string
 * concatenation from a table read with JSON.parse, and written with writeFileSync. No validation, no templates,
 * no atomic writes, identifiers by the simplest casing and literals by JSON.stringify: what a one-off script
 * would do. Usage: node bench/dist/baseline.js --table FILE --out DIR
 */
import type { CodeRow } from '@errtable/codegen/dist/table';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';

const pascal = (name: string) => name.toLowerCase().replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const camel = (name: string) => pascal(name).replace(/^./, (c) => c.toLowerCase());
const lit = (text: string) => JSON.stringify(text);
const ktLit = (text: string) => JSON.stringify(text).replaceAll('$', '\\$');
const doc = (row: CodeRow) => (row.solution === '' ? row.description : `${row.description}\n\nSolution: ${row.solution}`).split('\n');

function typescript(rows: readonly CodeRow[]): Record<string, string> {
  const members: string[] = [];
  const entries: string[] = [];
  for (const row of rows) {
    members.push('  /**', ...doc(row).map((line) => `   *${line ? ` ${line}` : ''}`));
    if (row.deprecated) members.push('   *', `   * @deprecated ${row.deprecated.message}`);
    members.push('   */', `  ${pascal(row.name)} = ${row.code},`);
    entries.push(`  [${row.code}, { name: ${lit(row.name)}, description: ${lit(row.description)}, solution: ${lit(row.solution)}, retryable: ${row.retryable}, category: ${lit(row.category)} }],`);
  }
  const names = rows.map((row) => `  ${lit(row.name)}: ${lit(pascal(row.name))},`);
  return {
    'packages/typescript/src/index.ts': `export enum XGPushErrorCode {\n${members.join('\n')}\n}\n\nconst entries = new Map([\n${entries.join('\n')}\n]);\n`,
    'packages/typescript/test/conformance.mjs': `const members = {\n${names.join('\n')}\n};\n`,
    'packages/typescript/package.json': '{}\n',
    'packages/typescript/tsconfig.json': '{}\n',
    'packages/typescript/tsconfig.cjs.json': '{}\n',
    'packages/typescript/test/esm.test.mjs': '\n',
    'packages/typescript/test/cjs.test.cjs': '\n',
    'packages/typescript/test/types.test.ts': '\n',
    'packages/typescript/test/tsconfig.json': '{}\n',
  };
}

function go(rows: readonly CodeRow[]): Record<string, string> {
  const consts: string[] = [];
  const entries: string[] = [];
  const list: string[] = [];
  const members: string[] = [];
  for (const row of rows) {
    const member = pascal(row.name);
    consts.push('', `// ${member} (${row.code}): ${row.description.replaceAll('\n', ' ')}`);
    if (row.solution) consts.push('//', `// Solution: ${row.solution.replaceAll('\n', ' ')}`);
    if (row.deprecated) consts.push('//', `// Deprecated: ${row.deprecated.message}`);
    consts.push(`const ${member} Code = ${row.code}`);
    entries.push(`\t${member}: {`, `\t\tname:        ${lit(row.name)},`, `\t\tdescription: ${lit(row.description)},`, `\t\tsolution:    ${lit(row.solution)},`, `\t\tretryable:   ${row.retryable},`, `\t\tcategory:    Category${pascal(row.category)},`, '\t},');
    list.push(`\t${member},`);
    members.push(`\t{${lit(row.name)}, xgpusherr.${member}},`);
  }
  return {
    'packages/go/codes.go': `package xgpusherr\n${consts.join('\n')}\n\nvar entries = map[Code]entry{\n${entries.join('\n')}\n}\n\nvar codes = []Code{\n${list.join('\n')}\n}\n`,
    'packages/go/codes_test.go': `package xgpusherr_test\n\nvar members = []struct{}{\n${members.join('\n')}\n}\n`,
    'packages/go/example_test.go': '\n',
    'packages/go/go.mod': '\n',
    'packages/go/package.json': '{}\n',
  };
}

function kotlin(rows: readonly CodeRow[]): Record<string, string> {
  const objects: string[] = [];
  const list: string[] = [];
  const map: string[] = [];
  const when: string[] = [];
  for (const row of rows) {
    const member = pascal(row.name);
    objects.push('', '    /**', ...doc(row).map((line) => `     *${line ? ` ${line}` : ''}`), '     */');
    if (row.deprecated) objects.push(`    @Deprecated(${ktLit(row.deprecated.message)})`);
    objects.push(`    public data object ${member} : XGPushErrorCode(${row.code}, ${ktLit(row.name)}, ${ktLit(row.description)}, ${ktLit(row.solution)}, ${row.retryable}, XGPushErrorCategory.${row.category.toUpperCase()})`);
    list.push(`                ${member},`);
    map.push(`            ${ktLit(row.name)} to XGPushErrorCode.${member},`);
    when.push(`        XGPushErrorCode.${member} -> ${ktLit(row.name)}`);
  }
  const dir = 'packages/kotlin/src/main/kotlin/io/github/errtable/xgpush';
  return {
    [`${dir}/XGPushErrorCode.kt`]: `public sealed class XGPushErrorCode {\n${objects.join('\n')}\n\n    val entries = listOf(\n${list.join('\n')}\n    )\n}\n`,
    [`${dir}/XGPushErrorCategory.kt`]: '\n',
    [`${dir}/XGPushException.kt`]: '\n',
    'packages/kotlin/src/test/kotlin/io/github/errtable/xgpush/XGPushErrorCodeTest.kt': `val objects = mapOf(\n${map.join('\n')}\n)\n\nfun nameOf(code: XGPushErrorCode) = when (code) {\n${when.join('\n')}\n}\n`,
    'packages/kotlin/pom.xml': '\n',
    'packages/kotlin/package.json': '{}\n',
  };
}

function swift(rows: readonly CodeRow[]): Record<string, string> {
  const cases: string[] = [];
  const raw: string[] = [];
  const all: string[] = [];
  const entries: string[] = [];
  const tests: string[] = [];
  for (const row of rows) {
    const member = camel(row.name);
    cases.push(...doc(row).map((line) => `    ///${line ? ` ${line}` : ''}`));
    if (row.deprecated) cases.push(`    @available(*, deprecated, message: ${lit(row.deprecated.message)})`);
    cases.push(`    case ${member}`);
    raw.push(`        case .${member}: return ${row.code}`);
    all.push(`        .${member},`);
    const { name, description, solution, retryable, category } = row;
    entries.push(`            "${row.code}": ${JSON.stringify({ name, description, solution, retryable, category })},`);
    tests.push(`            (${lit(row.name)}, .${member}),`);
  }
  return {
    'packages/swift/Sources/XGPushErrorCodes/XGPushErrorCode.swift': `public enum XGPushErrorCode {\n${cases.join('\n')}\n}\n\nswitch self {\n${raw.join('\n')}\n}\n\nlet allCases = [\n${all.join('\n')}\n]\n\nlet json = #"""\n{\n${entries.join('\n')}\n}\n"""#\n`,
    'packages/swift/Tests/XGPushErrorCodesTests/XGPushErrorCodeTests.swift': `let cases = [\n${tests.join('\n')}\n]\n`,
    'packages/swift/package.json': '{}\n',
    'Package.swift': '\n',
  };
}

function vectors(rows: readonly CodeRow[]): Record<string, string> {
  const codes = rows.map(({ code, name, description, solution, retryable, category, deprecated }) => ({ code, name, description, solution, retryable, category, known: true, deprecated: deprecated !== undefined }));
  return { 'packages/conformance/vectors.json': `${JSON.stringify({ version: '0.1.0', codes, unknown: [] }, null, 2)}\n` };
}

function main(): void {
  const { values } = parseArgs({ options: { table: { type: 'string' }, out: { type: 'string' } } });
  if (values.table === undefined || values.out === undefined) throw new Error('usage: baseline.js --table FILE --out DIR');
  const rows = (JSON.parse(readFileSync(values.table, 'utf8')) as { codes: CodeRow[] }).codes.sort((a, b) => a.code - b.code);
  const files = { ...typescript(rows), ...go(rows), ...kotlin(rows), ...swift(rows), ...vectors(rows) };
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(values.out, path)), { recursive: true });
    writeFileSync(join(values.out, path), contents);
  }
}

if (require.main === module) main();
