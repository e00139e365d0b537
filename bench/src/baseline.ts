#!/usr/bin/env node
/**
 * The practical floor the generator is measured against: the same files in the same layout (each table's packages
 * under `packages/<table id>/<language>/` with their own copy of the conformance vectors, the root Package.swift, the
 * reference pages under `docs/reference/` and the table schema), with every declaration, lookup entry, doc comment
 * and test line per code that the templates write, each file's header (after the XML, SwiftPM or `#!` prologue, as
 * the generator puts it) and Swift's text in a switch
 * or in JSON by the generator's threshold; built by plain string concatenation from tables read with JSON.parse, and
 * written with writeFileSync. Headers and vectors are byte for byte the generator's; the rest of a file that holds no
 * per-code content is a placeholder. No validation, no templates, no atomic writes, coordinates as the table writes
 * them (it must write every language's), identifiers by the simplest casing and literals by JSON.stringify: what a
 * one-off script would do.
 * Usage: node bench/dist/baseline.js --table FILE [--table FILE...] --out DIR
 */
import { localeVectors } from '@errtable/codegen/dist/locale/locale-vectors';
import type { CodeRow, ErrorTable } from '@errtable/codegen/dist/table';
import type { PackageCoordinates, TargetId } from '@errtable/codegen/dist/targets/coordinates';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';

/** One table as the baseline sees it: its id (the file name), the name headers give it, its rows sorted by code. */
export interface BaselineTable {
  id: string;
  tableFile: string;
  table: ErrorTable;
  rows: readonly CodeRow[];
}

/**
 * What the baseline writes for one language: the package's files (paths relative to its folder; each starts with
 * its prologue, if the format needs one, and gets its header after it) and where the package's vectors go.
 */
interface BaselineTarget<Id extends TargetId> {
  files(rows: readonly CodeRow[], names: PackageCoordinates[Id]): Record<string, string>;
  vectorsPath(names: PackageCoordinates[Id]): string;
  /** Files made from every table at once, relative to the output root. */
  workspaceFiles?(tables: readonly BaselineTable[]): Record<string, string>;
}

/** As the generator's Swift target: up to this many codes keep their text in a switch, more in one JSON literal. */
const swiftSwitchLimit = 1000;
const version = '0.1.0';
const swiftPrologue = '// swift-tools-version:6.0';
const xmlPrologue = '<?xml version="1.0" encoding="UTF-8"?>';
const scriptPrologue = '#!/usr/bin/env node';

const pascal = (name: string) => name.toLowerCase().replace(/(?:^|_)([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const camel = (name: string) => pascal(name).replace(/^./, (c) => c.toLowerCase());
const stem = (typeName: string) => typeName.replace(/Code$/, '');
const lit = (text: string) => JSON.stringify(text);
const ktLit = (text: string) => JSON.stringify(text).replaceAll('$', '\\$');
const doc = (row: CodeRow) => (row.solution === '' ? row.description : `${row.description}\n\nSolution: ${row.solution}`).split('\n');

const typescript: BaselineTarget<'typescript'> = {
  files(rows, { typeName }) {
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
      'src/index.ts': `export enum ${typeName} {\n${members.join('\n')}\n}\n\nconst entries = new Map([\n${entries.join('\n')}\n]);\n`,
      'test/conformance.mjs': `const members = {\n${names.join('\n')}\n};\n`,
      'package.json': '{}\n',
      'tsconfig.json': '{}\n',
      'tsconfig.cjs.json': '{}\n',
      'test/esm.test.mjs': '\n',
      'test/cjs.test.cjs': '\n',
      'test/types.test.ts': '\n',
      'test/cli.test.mjs': '\n',
      'bin/lookup.mjs': `${scriptPrologue}\n`,
      'test/tsconfig.json': '{}\n',
    };
  },
  vectorsPath: () => 'test/vectors.json',
};

const go: BaselineTarget<'go'> = {
  files(rows, { packageName }) {
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
      members.push(`\t{${lit(row.name)}, ${packageName}.${member}},`);
    }
    return {
      [`${packageName}/codes.go`]: `package ${packageName}\n${consts.join('\n')}\n\nvar entries = map[Code]entry{\n${entries.join('\n')}\n}\n\nvar codes = []Code{\n${list.join('\n')}\n}\n`,
      [`${packageName}/codes_test.go`]: `package ${packageName}_test\n\nvar members = []struct{}{\n${members.join('\n')}\n}\n`,
      [`${packageName}/example_test.go`]: '\n',
      [`${packageName}/locale.go`]: '\n',
      [`${packageName}/locale_test.go`]: '\n',
      'go.mod': '\n',
      'package.json': '{}\n',
    };
  },
  vectorsPath: ({ packageName }) => `${packageName}/testdata/vectors.json`,
};

const kotlin: BaselineTarget<'kotlin'> = {
  files(rows, { packageName, typeName, exceptionName }) {
    const categoryName = `${stem(typeName)}Category`;
    const objects: string[] = [];
    const list: string[] = [];
    const map: string[] = [];
    const when: string[] = [];
    for (const row of rows) {
      const member = pascal(row.name);
      objects.push('', '    /**', ...doc(row).map((line) => `     *${line ? ` ${line}` : ''}`), '     */');
      if (row.deprecated) objects.push(`    @Deprecated(${ktLit(row.deprecated.message)})`);
      objects.push(`    public data object ${member} : ${typeName}(${row.code}, ${ktLit(row.name)}, ${ktLit(row.description)}, ${ktLit(row.solution)}, ${row.retryable}, ${categoryName}.${row.category.toUpperCase()})`);
      list.push(`                ${member},`);
      map.push(`            ${ktLit(row.name)} to ${typeName}.${member},`);
      when.push(`        ${typeName}.${member} -> ${ktLit(row.name)}`);
    }
    const folder = packageName.replaceAll('.', '/');
    return {
      [`src/main/kotlin/${folder}/${typeName}.kt`]: `public sealed class ${typeName} {\n${objects.join('\n')}\n\n    val entries = listOf(\n${list.join('\n')}\n    )\n}\n`,
      [`src/main/kotlin/${folder}/${categoryName}.kt`]: '\n',
      [`src/main/kotlin/${folder}/${exceptionName}.kt`]: '\n',
      [`src/main/kotlin/${folder}/${typeName}Translations.kt`]: '\n',
      [`src/test/kotlin/${folder}/${typeName}LocaleTest.kt`]: '\n',
      [`src/test/kotlin/${folder}/${typeName}Test.kt`]: `val objects = mapOf(\n${map.join('\n')}\n)\n\nfun nameOf(code: ${typeName}) = when (code) {\n${when.join('\n')}\n}\n`,
      'pom.xml': `${xmlPrologue}\n`,
      'package.json': '{}\n',
    };
  },
  vectorsPath: () => 'src/test/resources/vectors.json',
};

const swift: BaselineTarget<'swift'> = {
  files(rows, { moduleName, typeName }) {
    const cases: string[] = [];
    const raw: string[] = [];
    const all: string[] = [];
    const entries: string[] = [];
    const tests: string[] = [];
    const inSwitch = rows.length <= swiftSwitchLimit;
    for (const row of rows) {
      const member = camel(row.name);
      cases.push(...doc(row).map((line) => `    ///${line ? ` ${line}` : ''}`));
      if (row.deprecated) cases.push(`    @available(*, deprecated, message: ${lit(row.deprecated.message)})`);
      cases.push(`    case ${member}`);
      raw.push(`        case .${member}: return ${row.code}`);
      all.push(`        .${member},`);
      const { name, description, solution, retryable, category } = row;
      if (inSwitch) entries.push(`        case .${member}: return Entry(name: ${lit(name)}, description: ${lit(description)}, solution: ${lit(solution)}, retryable: ${retryable}, category: .${camel(category)})`);
      else entries.push(`            "${row.code}": ${JSON.stringify({ name, description, solution, retryable, category })},`);
      tests.push(`            (${lit(row.name)}, .${member}),`);
    }
    const text = inSwitch ? `switch self {\n${entries.join('\n')}\n}` : `let json = #"""\n{\n${entries.join('\n')}\n}\n"""#`;
    return {
      [`Sources/${moduleName}/${typeName}.swift`]: `public enum ${typeName} {\n${cases.join('\n')}\n}\n\nswitch self {\n${raw.join('\n')}\n}\n\nlet allCases = [\n${all.join('\n')}\n]\n\n${text}\n`,
      [`Tests/${moduleName}Tests/${typeName}Tests.swift`]: `let cases = [\n${tests.join('\n')}\n]\n`,
      [`Sources/${moduleName}/${typeName}+Localization.swift`]: '\n',
      [`Tests/${moduleName}Tests/${typeName}LocalizationTests.swift`]: '\n',
      'package.json': '{}\n',
    };
  },
  vectorsPath: ({ moduleName }) => `Tests/${moduleName}Tests/vectors.json`,
  workspaceFiles: () => ({ 'Package.swift': `${swiftPrologue}\n` }),
};

/**
 * Every language the generator has, keyed by target id: a language added to the registry fails to compile here until
 * it has its baseline.
 */
const baselineTargets: { readonly [Id in TargetId]: BaselineTarget<Id> } = { typescript, go, kotlin, swift };

/** The generator's unknown samples: both int32 bounds, and the first free code below and above zero. */
function unknownCodes(rows: readonly CodeRow[]): number[] {
  const listed = new Set(rows.map((row) => row.code));
  const free = (start: number, step: number) => {
    let code = start;
    while (listed.has(code)) code += step;
    return code;
  };
  return [...new Set([-2147483648, free(-1, -1), free(1, 1), 2147483647])].filter((code) => !listed.has(code)).sort((a, b) => a - b);
}

function vectors({ table, rows }: BaselineTable): string {
  const codes = rows.map(({ code, name, description, solution, retryable, category, deprecated }) => ({ code, name, description, solution, retryable, category, known: true, deprecated: deprecated !== undefined }));
  const unknown = unknownCodes(rows).map((code) => ({ code, name: 'UNKNOWN', ...table.fallback, known: false, deprecated: false }));
  // The generator's requested tags, each getting the default language: the synthetic tables have no translations.
  const locales = localeVectors({ defaultLocale: table.defaultLocale ?? 'en', translations: [], keys: new Map() });
  return `${JSON.stringify({ version, codes, unknown, locales }, null, 2)}\n`;
}

/** The generator's two header lines in the file's comment style, after its prologue (XML, Swift tools version). */
function withHeader(path: string, contents: string, tableFile: string): string {
  if (path.endsWith('.json')) return contents;
  const comment = /\.(xml|md|html)$/.test(path) ? (line: string) => `<!-- ${line} -->` : (line: string) => `// ${line}`;
  const header = `${comment(`Code generated by errtable from ${tableFile}. DO NOT EDIT.`)}\n${comment(`Edit ${tableFile} and run \`npm run generate\` instead.`)}\n`;
  const prologue = [swiftPrologue, xmlPrologue, scriptPrologue].some((line) => contents.startsWith(line)) ? contents.slice(0, contents.indexOf('\n') + 1) : '';
  return prologue + header + contents.slice(prologue.length);
}

/** A table's Markdown page: a heading and the text of every code, escaped the simplest way. */
function referencePage({ table, rows }: BaselineTable): string {
  const md = (text: string) => text.replace(/[\\`*_[\]<>&|]/g, '\\$&').replaceAll('\n', '<br>');
  const sections = rows.map((row) => `### ${row.code} \`${row.name}\`\n\n${md(row.description)}\n\n- Solution: ${md(row.solution)}\n- Retryable: ${row.retryable}\n- Category: ${row.category}\n`);
  return `\n# ${md(table.title)}\n\n${sections.join('\n')}`;
}

/** The page that searches every table: its codes as JSON for a script (the script itself is a placeholder). */
function indexPage(tables: readonly BaselineTable[]): string {
  const data = JSON.stringify(tables.map(({ id, rows }) => ({ id, codes: rows }))).replaceAll('<', '\\u003c');
  return `<!doctype html>\n<script type="application/json">${data}</script>\n`;
}

/** A README's table of codes, one row per code up to the generator's limit; the prose around it is a placeholder. */
function readme(rows: readonly CodeRow[]): string {
  const lines = rows.slice(0, 2000).map((row) => `| ${row.code} | \`${row.name}\` | \`${pascal(row.name)}\` | \`${row.category}\` | ${row.retryable ? 'yes' : 'no'} | ${row.description.replaceAll('|', '\\|')} |`);
  return `# README\n\n${lines.join('\n')}\n`;
}

/** Every file, by path relative to the output root, for the tables. */
export function baselineFiles(tables: readonly BaselineTable[]): Map<string, string> {
  const files = new Map<string, string>();
  const entries = Object.entries(baselineTargets) as [TargetId, BaselineTarget<TargetId>][];
  for (const source of tables) {
    const text = vectors(source);
    for (const [id, target] of entries) {
      if (source.table.languages !== undefined && !source.table.languages.includes(id)) continue;
      const names = source.table.packages?.[id] as PackageCoordinates[TargetId] | undefined;
      if (names === undefined) throw new Error(`${source.tableFile}: the baseline needs the table to write packages.${id}`);
      const dir = `packages/${source.id}/${id}`;
      for (const [path, contents] of Object.entries(target.files(source.rows, names as never))) files.set(`${dir}/${path}`, withHeader(path, contents, source.tableFile));
      files.set(`${dir}/${target.vectorsPath(names as never)}`, text);
      files.set(`${dir}/README.md`, withHeader('README.md', readme(source.rows), source.tableFile));
      files.set(`${dir}/LICENSE`, license);
    }
  }
  const workspaceSource = tables.length === 1 ? tables[0]!.tableFile : 'schema/tables';
  for (const [, target] of entries) for (const [path, contents] of Object.entries(target.workspaceFiles?.(tables) ?? {})) files.set(path, withHeader(path, contents, workspaceSource));
  for (const source of tables) files.set(`docs/reference/${source.id}.md`, withHeader('page.md', referencePage(source), source.tableFile));
  files.set('docs/reference/index.html', withHeader('page.html', indexPage(tables), workspaceSource));
  files.set('schema/error-table.schema.json', '{}\n');
  return files;
}

const repoRoot = resolve(__dirname, '..', '..');
const license = readFileSync(join(repoRoot, 'LICENSE'), 'utf8');

/** As the generator names a table in headers: its path in the repository, or its file name outside it. */
function tableFileOf(path: string): string {
  const inRepo = relative(repoRoot, path);
  return inRepo.startsWith('..') || isAbsolute(inRepo) ? basename(path) : inRepo.split(sep).join('/');
}

export function readBaselineTable(path: string, text = readFileSync(path, 'utf8')): BaselineTable {
  const table = JSON.parse(text) as ErrorTable;
  return { id: basename(path).replace(/\.json$/, ''), tableFile: tableFileOf(resolve(path)), table, rows: [...table.codes].sort((a, b) => a.code - b.code) };
}

function main(): void {
  const { values } = parseArgs({ options: { table: { type: 'string', multiple: true }, out: { type: 'string' } } });
  if (values.table === undefined || values.out === undefined) throw new Error('usage: baseline.js --table FILE [--table FILE...] --out DIR');
  for (const [path, contents] of baselineFiles(values.table.map((path) => readBaselineTable(path)))) {
    mkdirSync(dirname(join(values.out, path)), { recursive: true });
    writeFileSync(join(values.out, path), contents);
  }
}

if (require.main === module) main();
