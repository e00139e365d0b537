import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { vectorsPath } from '@errtable/codegen/dist/model/build-vectors';
import { repoRoot } from '@errtable/codegen/dist/paths';
import { textOf } from '@errtable/codegen/dist/render/render-files';
import { swiftMemberName } from '@errtable/codegen/dist/targets/swift/naming';
import type { PackageCoordinates } from '@errtable/codegen/dist/table';
import { type BatchTable, type Dump, failuresOf, idsIn, type LanguageResult, lookupCodes } from '../batch';
import { runCommand } from '../run-command';

const swiftScript = join(repoRoot, 'tools', 'toolchains', 'swift.sh');
const coordinates = (table: BatchTable) => (table.rendered.table.packages as unknown as PackageCoordinates).swift;

interface SwiftModule {
  name: string;
  tables: BatchTable[];
}

/**
 * Compiling one module per table would take minutes (each module loads Foundation), so tables that share a module
 * name share a module, as the generated files of several tables could in one app. A type name must be unique in the
 * batch: a table whose type name an earlier table took is left out of the Swift build.
 */
function groupModules(tables: readonly BatchTable[]): { modules: SwiftModule[]; left: BatchTable[] } {
  const modules = new Map<string, SwiftModule>();
  const typeNames = new Set<string>();
  const left: BatchTable[] = [];
  // A type hides a module of its name in every file that imports both: `Codes.X` would look for X inside the type.
  const moduleNames = new Set(tables.map((table) => coordinates(table).moduleName));
  for (const table of tables) {
    const { moduleName, typeName } = coordinates(table);
    const hidesAnotherModule = typeName !== moduleName && moduleNames.has(typeName);
    if (typeNames.has(typeName) || typeNames.has(`${moduleName}Tests`) || hidesAnotherModule) {
      left.push(table);
      continue;
    }
    typeNames.add(typeName);
    const module = modules.get(moduleName) ?? { name: moduleName, tables: [] };
    module.tables.push(table);
    modules.set(moduleName, module);
  }
  return { modules: [...modules.values()], left };
}

const generatedPath = (table: BatchTable, prefix: string) =>
  `${table.id}/${table.rendered.files.find((file) => file.path.startsWith(prefix) && file.path.endsWith('.swift'))!.path}`;

/**
 * SwiftPM warns about every other file under a target's path ("found N file(s) which are unhandled") and lists them:
 * the targets share the batch directory, so that is every file of every language. The warning changes nothing.
 */
function withoutNoise(output: string): string {
  return output
    .split('\n')
    .filter((line) => !/found \d+ file\(s\) which are unhandled/.test(line) && !/^\s+\/src\/\S+$/.test(line))
    .join('\n');
}

/**
 * The generated XCTest suites of this many tables (and of every fixture) are built and run: a test file costs as much
 * to compile as the enum, and the suites check the same vectors the dump program does.
 */
const testedTables = 60;

function manifest(modules: readonly SwiftModule[], tested: ReadonlySet<string>): string {
  const list = (paths: string[]) => paths.map((path) => JSON.stringify(path)).join(', ');
  const targets = modules.flatMap(({ name, tables }) => {
    const withTests = tables.filter((table) => tested.has(table.id));
    return [
      `        .target(name: ${JSON.stringify(name)}, path: ".", sources: [${list(tables.map((table) => generatedPath(table, `packages/swift/Sources/${name}/`)))}], swiftSettings: strict),`,
      ...(withTests.length === 0
        ? []
        : [`        .testTarget(name: ${JSON.stringify(`${name}Tests`)}, dependencies: [${JSON.stringify(name)}], path: ".", sources: [${list(withTests.map((table) => generatedPath(table, `packages/swift/Tests/${name}Tests/`)))}], swiftSettings: strict),`]),
    ];
  });
  return `// swift-tools-version:6.0
import PackageDescription

let strict: [SwiftSetting] = [.unsafeFlags(["-warnings-as-errors"])]

let package = Package(
    name: "ErrtableFuzz",
    targets: [
${targets.join('\n')}
        .executableTarget(name: "fuzzdump", dependencies: [${modules.map(({ name }) => JSON.stringify(name)).join(', ')}], path: "fuzzdump-swift"),
    ],
    swiftLanguageModes: [.v6]
)
`;
}

const helpers = `
func str(_ text: Swift.String) -> Swift.String {
    var out = "\\""
    for unit in text.utf16 {
        switch unit {
        case 0x22: out += "\\\\\\""
        case 0x5C: out += "\\\\\\\\"
        case 0x20...0x7E: out.append(Swift.Character(Swift.Unicode.Scalar(Swift.UInt8(unit))))
        default:
            let digits = Swift.String(unit, radix: 16)
            out += "\\\\u" + Swift.String(repeating: "0", count: 4 - digits.count) + digits
        }
    }
    out += "\\""
    return out
}

func look(_ code: Swift.Int, _ name: Swift.String, _ description: Swift.String, _ solution: Swift.String, _ retryable: Swift.Bool, _ category: Swift.String, _ known: Swift.Bool) -> Swift.String {
    var out = "{\\"code\\":\\(code),\\"name\\":"
    out += str(name)
    out += ",\\"description\\":"
    out += str(description)
    out += ",\\"solution\\":"
    out += str(solution)
    out += ",\\"retryable\\":\\(retryable),\\"category\\":"
    out += str(category)
    out += ",\\"known\\":\\(known)}"
    return out
}

func table(_ members: [(Swift.Int, Swift.String)], _ lookups: [Swift.String], _ all: [Swift.Int], _ version: Swift.String) -> Swift.String {
    var out = "{\\"members\\":["
    out += members.map { "[\\($0.0),\\(str($0.1))]" }.joined(separator: ",")
    out += "],\\"lookups\\":["
    out += lookups.joined(separator: ",")
    out += "],\\"all\\":["
    out += all.map { Swift.String($0) }.joined(separator: ",")
    out += "],\\"version\\":"
    out += str(version)
    out += "}"
    return out
}
`;

function dumpProgram(modules: readonly SwiftModule[]): string {
  const functions = modules.flatMap((module) => {
    const typeNames = new Set(module.tables.map((table) => coordinates(table).typeName));
    return module.tables.map((table) => {
      const { typeName } = coordinates(table);
      // A module that declares a type of its own name hides itself: `M.T` would look for T inside the type M.
      const type = typeNames.has(module.name) ? typeName : `${module.name}.${typeName}`;
      const members = table.rendered.table.codes.map((row) => {
        const member = `${type}.${swiftMemberName(String(row.name))}`;
        return `(${member}.rawValue, ${member}.name)`;
      });
      return `
func dump${table.id}() -> Swift.String {
    let members: [(Swift.Int, Swift.String)] = [${members.join(', ')}]
    let codes: [Swift.Int] = [${lookupCodes(table.rendered.table).join(', ')}]
    let lookups: [Swift.String] = codes.map { ${type}(rawValue: $0) }.map { look($0.rawValue, $0.name, $0.description, $0.solution, $0.retryable, $0.category.rawValue, $0.isKnown) }
    return table(members, lookups, ${type}.allCases.map { $0.rawValue }, ${type}.version)
}`;
    });
  });
  const tables = modules.flatMap((module) => module.tables);
  return `${modules.map((module) => `import ${module.name}`).join('\n')}
${helpers}${functions.join('\n')}

var out = "{"
${tables.map((table, index) => `out += "${index === 0 ? '' : ','}\\"${table.id}\\":"\nout += dump${table.id}()`).join('\n')}
out += "}"
print(out)
`;
}

/**
 * One SwiftPM package (Swift 6 language mode): a library and a test target per module name, every one built with
 * -warnings-as-errors; the generated XCTest suites run (they read each table's own conformance vectors), then the dump.
 */
export async function runSwift(batchDir: string, tables: readonly BatchTable[]): Promise<LanguageResult> {
  const started = Date.now();
  // A package of its own, holding only the Swift files and the vectors their tests read: SwiftPM scans every file under
  // a target's path, and the targets' path is the package root (ten thousand files of the other languages otherwise).
  const dir = join(batchDir, 'swift-package');
  for (const table of tables) {
    for (const file of table.rendered.files.filter((candidate) => candidate.path.startsWith('packages/swift/') || candidate.path === vectorsPath)) {
      mkdirSync(dirname(join(dir, table.id, file.path)), { recursive: true });
      writeFileSync(join(dir, table.id, file.path), textOf(file));
    }
  }
  const { modules } = groupModules(tables);
  const tested = new Set(tables.filter((table, index) => index < testedTables || table.caseIndex < 0).map((table) => table.id));
  writeFileSync(join(dir, 'Package.swift'), manifest(modules, tested));
  mkdirSync(join(dir, 'fuzzdump-swift'), { recursive: true });
  writeFileSync(join(dir, 'fuzzdump-swift', 'main.swift'), dumpProgram(modules));
  const compiled = modules.flatMap((module) => module.tables.map((table) => table.id));
  const result = (failures: LanguageResult['failures'], dumps = new Map<string, Dump>()) => ({
    language: 'swift' as const,
    failures,
    dumps,
    compiled,
    seconds: (Date.now() - started) / 1000,
    steps: [`swift build --build-tests (${modules.length} modules, -warnings-as-errors)`, `swift test (the generated XCTest suites of ${tested.size} tables)`, 'swift run'],
  });
  const swift = (...args: string[]) => runCommand('bash', [swiftScript, dir, ...args], { cwd: dir, env: { NO_COLOR: '1' } });
  // A module that fails as a whole (a system module's name) is named in quotes, without a file.
  const ids = (line: string) => {
    const named = idsIn(line);
    if (named.length > 0) return named;
    return modules.filter((module) => line.includes(`'${module.name}'`)).flatMap((module) => module.tables.map((table) => table.id));
  };
  const failures = (step: string, output: string) => failuresOf('swift', `${step}:\n${withoutNoise(output)}`, 3, ids);
  // The release configuration builds each module whole (parsed and type-checked once, not once per batch of files);
  // -Onone leaves out the optimizer. The diagnostics are the same as a debug build's, in a fraction of the time.
  const flags = ['-c', 'release', '-Xswiftc', '-Onone'];
  const build = await swift('build', '--build-tests', ...flags);
  if (build.code !== 0) return result(failures('swift build --build-tests', build.stdout + build.stderr));
  const test = await swift('test', '--skip-build', '--disable-swift-testing', ...flags);
  if (test.code !== 0) return result(failures('swift test', test.stdout + test.stderr));
  const run = await swift('run', '--skip-build', ...flags, 'fuzzdump');
  if (run.code !== 0) return result(failures('swift run fuzzdump', run.stdout + run.stderr));
  const json = run.stdout.split('\n').findLast((line) => line.startsWith('{'));
  if (json === undefined) return result([{ language: 'swift', tableId: null, message: `the dump program printed no JSON:\n${run.stdout.slice(-2000)}` }]);
  return result([], new Map(Object.entries(JSON.parse(json) as Record<string, Dump>)));
}
