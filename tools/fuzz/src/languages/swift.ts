import { repoRoot } from '@errtable/codegen/dist/paths';
import { renderWorkspaceFiles, textOf } from '@errtable/codegen/dist/render/render-files';
import { swiftMemberName } from '@errtable/codegen/dist/targets/swift/naming';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type BatchTable, type Dump, failuresOf, idsIn, type LanguageResult, lookupCodes, type Runner, testedIn } from '../batch';
import { sharedInputs } from '../check-rendering';
import { runCommand } from '../run-command';

const swiftScript = join(repoRoot, 'tools', 'toolchains', 'swift.sh');
const coordinates = (table: BatchTable) => table.rendered.model.packages.swift;

/**
 * The root Package.swift the generator writes for the batch's tables, as if they were the tables of one repository:
 * one library and one test target per table (`exclude: ["vectors.json"]`), rendered by the generator itself. Only the
 * tested tables keep their test targets; the dump program is added as an executable target.
 */
function manifest(tables: readonly BatchTable[], tested: ReadonlySet<string>): string {
  const files = [...renderWorkspaceFiles(tables.map((table) => table.rendered.model), sharedInputs().templates)];
  const generated = files.find((file) => file.path === 'Package.swift');
  if (generated === undefined) throw new Error('the generator renders no root Package.swift for tables generated into Swift');
  const untestedSuites = new Set(tables.filter((table) => !tested.has(table.id)).map((table) => JSON.stringify(`${coordinates(table).moduleName}Tests`)));
  const lines = textOf(generated)
    .split('\n')
    .filter((line) => !(line.trimStart().startsWith('.testTarget(') && untestedSuites.has(/name: ("(?:[^"\\]|\\.)*")/.exec(line)?.[1] ?? '')));
  const targetsEnd = lines.findLastIndex((line) => line === '    ],');
  if (targetsEnd === -1) throw new Error('the generated Package.swift has no list of targets that ends with "    ],"; update tools/fuzz/src/languages/swift.ts');
  const modules = tables.map((table) => JSON.stringify(coordinates(table).moduleName));
  lines.splice(targetsEnd, 0, `        .executableTarget(name: "fuzzdump", dependencies: [${modules.join(', ')}], path: "fuzzdump-swift"),`);
  return lines.join('\n');
}

/**
 * Every warning about a file under `packages/` (a compiler's `path:line:column: warning: ...`, or SwiftPM's warning about
 * a target, whose paths follow on indented lines), with those lines. The packages must build without warnings; the
 * dump program, which reads deprecated cases, may warn.
 */
function warningsAboutPackages(output: string): string[] {
  const lines = output.split('\n');
  return lines.flatMap((line, index) => {
    if (!/\bwarning:/.test(line)) return [];
    const end = lines.findIndex((next, at) => at > index && !/^\s/.test(next));
    const block = lines.slice(index, end === -1 ? undefined : end);
    return block.some((text) => text.includes('/packages/')) ? [block.join('\n')] : [];
  });
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

/**
 * The dump of one table, in a file of its own that imports only its module (imports are per file in Swift): no other
 * table's module or type can hide a name it uses.
 */
function dumpFile(table: BatchTable): string {
  const { moduleName, typeName } = coordinates(table);
  // A module that declares a type of its own name hides itself: `M.T` would look for T inside the type M.
  const type = typeName === moduleName ? typeName : `${moduleName}.${typeName}`;
  const members = table.rendered.table.codes.map((row) => {
    const member = `${type}.${swiftMemberName(String(row.name))}`;
    return `(${member}.rawValue, ${member}.name)`;
  });
  return `import ${moduleName}

func dump${table.id}() -> Swift.String {
    let members: [(Swift.Int, Swift.String)] = [${members.join(', ')}]
    let codes: [Swift.Int] = [${lookupCodes(table.rendered.table).join(', ')}]
    let lookups: [Swift.String] = codes.map { ${type}(rawValue: $0) }.map { look($0.rawValue, $0.name, $0.description, $0.solution, $0.isRetryable, $0.category.rawValue, $0.isKnown) }
    return table(members, lookups, ${type}.allCases.map { $0.rawValue }, ${type}.version)
}
`;
}

function mainFile(tables: readonly BatchTable[]): string {
  return `${helpers}
var out = "{"
${tables.map((table, index) => `out += "${index === 0 ? '' : ','}\\"${table.id}\\":"\nout += dump${table.id}()`).join('\n')}
out += "}"
print(out)
`;
}

/**
 * SwiftPM, as the repository builds it: the generated root Package.swift of the batch's tables (Swift 6 language
 * mode), every module and the tested tables' XCTest suites built without a warning, the suites run (each reads
 * the vectors beside it, `Tests/<module>Tests/vectors.json`), then the dump program. The release configuration with
 * -Onone type-checks each module once, with the diagnostics of a debug build, in a fraction of its time.
 */
async function runSwift(dir: string, tables: readonly BatchTable[]): Promise<LanguageResult> {
  const started = Date.now();
  const tested = testedIn(tables);
  writeFileSync(join(dir, 'Package.swift'), manifest(tables, tested));
  mkdirSync(join(dir, 'fuzzdump-swift'), { recursive: true });
  for (const table of tables) writeFileSync(join(dir, 'fuzzdump-swift', `dump_${table.id}.swift`), dumpFile(table));
  writeFileSync(join(dir, 'fuzzdump-swift', 'main.swift'), mainFile(tables));
  const testedCount = tables.filter((table) => tested.has(table.id)).length;
  const result = (failures: LanguageResult['failures'], dumps = new Map<string, Dump>()) => ({
    language: 'swift' as const,
    failures,
    dumps,
    compiled: tables.map((table) => table.id),
    seconds: (Date.now() - started) / 1000,
    steps: [`swift build --build-tests (${tables.length} modules, no warnings)`, `swift test (the generated XCTest suites of ${testedCount} tables)`, 'swift run'],
  });
  const swift = (...args: string[]) => runCommand('bash', [swiftScript, dir, ...args], { cwd: dir, env: { NO_COLOR: '1' } });
  // A module that fails as a whole (a system module's name) is named in quotes, without a file.
  const files = idsIn(tables);
  const ids = (line: string) => {
    const named = files(line);
    if (named.length > 0) return named;
    return tables.filter((table) => line.includes(`'${coordinates(table).moduleName}'`) || line.includes(`'${coordinates(table).moduleName}Tests'`)).map((table) => table.id);
  };
  const failures = (step: string, output: string) => failuresOf('swift', `${step}:\n${output}`, ids);
  const flags = ['-c', 'release', '-Xswiftc', '-Onone'];
  const build = await swift('build', '--build-tests', ...flags);
  if (build.code !== 0) return result(failures('swift build --build-tests', build.stdout + build.stderr));
  const warned = warningsAboutPackages(build.stdout + build.stderr);
  if (warned.length > 0) return result(failures('swift build --build-tests: warnings in the generated packages', warned.join('\n')));
  const test = await swift('test', '--skip-build', '--disable-swift-testing', ...flags);
  if (test.code !== 0) return result(failures('swift test', test.stdout + test.stderr));
  const run = await swift('run', '--skip-build', ...flags, 'fuzzdump');
  if (run.code !== 0) return result(failures('swift run fuzzdump', run.stdout + run.stderr));
  const json = run.stdout.split('\n').findLast((line) => line.startsWith('{'));
  if (json === undefined) return result([{ language: 'swift', tableId: null, message: `the dump program printed no JSON:\n${run.stdout.slice(-2000)}` }]);
  return result([], new Map(Object.entries(JSON.parse(json) as Record<string, Dump>)));
}

export const swiftRunner: Runner = {
  cost: 240,
  // One package: a module is also a target, and so is `<module>Tests`; the registry keeps module names apart.
  distinctFields: [],
  run: runSwift,
};
