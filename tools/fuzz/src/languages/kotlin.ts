import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { textOf } from '@errtable/codegen/dist/render/render-files';
import { kotlinMemberName } from '@errtable/codegen/dist/targets/kotlin/naming';
import { packageDir } from '@errtable/codegen/dist/targets/target';
import { type BatchTable, type Dump, failuresOf, idsIn, type LanguageResult, lookupCodes, type Runner, testedIn } from '../batch';
import { runCommand } from '../run-command';

const coordinates = (table: BatchTable) => table.rendered.model.packages.kotlin;
/** The package's folder, `packages/<table id>/kotlin`. */
const kotlinDir = (table: BatchTable) => packageDir(table.rendered.id, 'kotlin');
/** Every segment in backticks, so that the dump program itself never trips over a keyword in a package name. */
const quoted = (dotted: string) => dotted.split('.').map((segment) => `\`${segment}\``).join('.');

/** JSON helpers of the dump program; every non-ASCII character is written as \uXXXX, so stdout's charset cannot matter. */
const helpers = `
private fun str(text: String): String {
    val out = StringBuilder("\\"")
    for (char in text) {
        when {
            char == '"' -> out.append("\\\\\\"")
            char == '\\\\' -> out.append("\\\\\\\\")
            char.code < 0x20 || char.code > 0x7e -> out.append("\\\\u").append(String.format("%04x", char.code))
            else -> out.append(char)
        }
    }
    return out.append('"').toString()
}

private fun look(code: Int, name: String, description: String, solution: String, retryable: Boolean, category: String, known: Boolean): String =
    "{\\"code\\":" + code + ",\\"name\\":" + str(name) + ",\\"description\\":" + str(description) + ",\\"solution\\":" + str(solution) +
        ",\\"retryable\\":" + retryable + ",\\"category\\":" + str(category) + ",\\"known\\":" + known + "}"

private fun table(members: List<Pair<Int, String>>, lookups: List<String>, all: List<Int>, version: String): String =
    "{\\"members\\":[" + members.joinToString(",") { "[" + it.first + "," + str(it.second) + "]" } + "],\\"lookups\\":[" +
        lookups.joinToString(",") + "],\\"all\\":[" + all.joinToString(",") + "],\\"version\\":" + str(version) + "}"
`;

function dumpProgram(tables: readonly BatchTable[]): string {
  const functions = tables.map((table) => {
    const coords = coordinates(table);
    const type = quoted(`${coords.packageName}.${coords.typeName}`);
    const members = table.rendered.table.codes.map((row) => {
      const member = `${type}.\`${kotlinMemberName(String(row.name), coords)}\``;
      return `${member}.code to ${member}.name`;
    });
    return `
private fun dump${table.id}(): String = table(
    listOf(${members.join(', ')}),
    listOf(${lookupCodes(table.rendered.table).join(', ')}).map { ${type}.fromCode(it) }.map {
        look(it.code, it.name, it.description, it.solution, it.isRetryable, it.category.value, it.isKnown)
    },
    ${type}.entries.map { it.code },
    ${type}.VERSION,
)`;
  });
  return `@file:Suppress("DEPRECATION")

package fuzzdump
${helpers}${functions.join('\n')}

public fun main() {
    val out = StringBuilder("{")
${tables.map((table, index) => `    out.append("${index === 0 ? '' : ','}\\"${table.id}\\":").append(dump${table.id}())`).join('\n')}
    println(out.append("}"))
}
`;
}

/** A value of the generated pom, so that the fuzz build compiles exactly as the package does. */
function fromPom(pom: string, pattern: RegExp, what: string): string {
  const found = pattern.exec(pom)?.[1];
  if (found === undefined) throw new Error(`the generated pom.xml has no ${what}; update tools/fuzz/src/languages/kotlin.ts`);
  return found;
}

function harnessPom(dir: string, tables: readonly BatchTable[]): { pom: string; kotlinVersion: string } {
  const pomPath = `${kotlinDir(tables[0]!)}/pom.xml`;
  const generated = textOf(tables[0]!.rendered.files.find((file) => file.path === pomPath)!);
  const kotlinVersion = fromPom(generated, /<kotlin\.version>([^<]+)</, 'kotlin.version');
  const jvmTarget = fromPom(generated, /<kotlin\.compiler\.jvmTarget>([^<]+)</, 'kotlin.compiler.jvmTarget');
  const junit = fromPom(generated, /<junit\.version>([^<]+)</, 'junit.version');
  const gson = fromPom(generated, /<artifactId>gson<\/artifactId>\s*<version>([^<]+)</, 'gson version');
  const args = (execution: string) => fromPom(generated, new RegExp(`<id>${execution}</id>[\\s\\S]*?<args>([\\s\\S]*?)</args>`), `${execution} args`).trim();
  const dirs = (sub: string, extra: string[] = []) =>
    [...tables.map((table) => join(dir, kotlinDir(table), 'src', sub, 'kotlin')), ...extra].map((path) => `<sourceDir>${path}</sourceDir>`).join('\n                ');
  const pom = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>errtable.fuzz</groupId>
  <artifactId>fuzz-kotlin</artifactId>
  <version>0.0.0</version>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <kotlin.compiler.jvmTarget>${jvmTarget}</kotlin.compiler.jvmTarget>
  </properties>
  <dependencies>
    <dependency><groupId>org.jetbrains.kotlin</groupId><artifactId>kotlin-stdlib</artifactId><version>${kotlinVersion}</version></dependency>
    <dependency><groupId>com.google.code.gson</groupId><artifactId>gson</artifactId><version>${gson}</version><scope>test</scope></dependency>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>${junit}</version><scope>test</scope></dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.jetbrains.kotlin</groupId>
        <artifactId>kotlin-maven-plugin</artifactId>
        <version>${kotlinVersion}</version>
        <executions>
          <execution>
            <id>compile</id>
            <goals><goal>compile</goal></goals>
            <configuration>
              <sourceDirs>
                ${dirs('main', [join(dir, 'fuzzdump-kotlin')])}
              </sourceDirs>
              <args>${args('compile')}</args>
            </configuration>
          </execution>
          <execution>
            <id>test-compile</id>
            <goals><goal>test-compile</goal></goals>
            <configuration>
              <sourceDirs>
                ${dirs('test')}
              </sourceDirs>
              <args>${args('test-compile')}</args>
            </configuration>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
`;
  return { pom, kotlinVersion };
}

/**
 * One Maven build compiles every table's sources with the generated compiler arguments (-Werror, explicit API) and
 * every generated test (test-compile, -Werror), then the dump program runs on the JVM. The tests are not run there:
 * each reads `/vectors.json` from its package's test resources, and one classpath holds one such file
 * (check-rendering.ts holds every package's copy to the table). Instead two packages, the first tested random table's
 * and the first fixture's, are built and tested alone by their own generated pom (`mvn test`, about 20 s each).
 */
async function runKotlin(dir: string, tables: readonly BatchTable[]): Promise<LanguageResult> {
  const started = Date.now();
  const ids = idsIn(tables);
  const project = join(dir, 'fuzz-kotlin');
  mkdirSync(join(dir, 'fuzzdump-kotlin'), { recursive: true });
  mkdirSync(project, { recursive: true });
  writeFileSync(join(dir, 'fuzzdump-kotlin', 'Main.kt'), dumpProgram(tables));
  const { pom, kotlinVersion } = harnessPom(dir, tables);
  writeFileSync(join(project, 'pom.xml'), pom);
  const tested = testedIn(tables);
  // The first tested random table and the first fixture, each built alone by its own generated pom.
  const ownBuilds = [tables.find((table) => tested.has(table.id) && table.caseIndex >= 0), tables.find((table) => table.caseIndex < 0)].filter((table) => table !== undefined);
  const result = (failures: LanguageResult['failures'], dumps = new Map<string, Dump>()) => ({
    language: 'kotlin' as const,
    failures,
    dumps,
    compiled: tables.map((table) => table.id),
    seconds: (Date.now() - started) / 1000,
    steps: ['mvn test-compile (-Werror)', 'java', `mvn test with the generated pom (${ownBuilds.map((table) => table.id).join(', ')})`],
  });
  const build = await runCommand('mvn', ['-B', '-q', '--no-transfer-progress', '-f', join(project, 'pom.xml'), 'test-compile'], { cwd: project });
  if (build.code !== 0) return result(failuresOf('kotlin', `mvn test-compile:\n${build.stdout}${build.stderr}`, ids));
  const repository = process.env.ERRTABLE_MAVEN_REPOSITORY ?? join(homedir(), '.m2', 'repository');
  const stdlib = join(repository, 'org', 'jetbrains', 'kotlin', 'kotlin-stdlib', kotlinVersion, `kotlin-stdlib-${kotlinVersion}.jar`);
  if (!existsSync(stdlib)) return result([{ language: 'kotlin', tableId: null, message: `no ${stdlib}; set ERRTABLE_MAVEN_REPOSITORY to Maven's local repository` }]);
  const run = await runCommand('java', ['-cp', `${join(project, 'target', 'classes')}:${stdlib}`, 'fuzzdump.MainKt'], { cwd: project });
  if (run.code !== 0) return result(failuresOf('kotlin', `java fuzzdump.MainKt:\n${run.stderr}`, ids));
  for (const table of ownBuilds) {
    const pomFile = join(dir, kotlinDir(table), 'pom.xml');
    const own = await runCommand('mvn', ['-B', '-q', '--no-transfer-progress', '-f', pomFile, 'test'], { cwd: join(dir, kotlinDir(table)) });
    if (own.code !== 0) return result(failuresOf('kotlin', `mvn test (${pomFile}):\n${own.stdout}${own.stderr}`, ids));
  }
  return result([], new Map(Object.entries(JSON.parse(run.stdout) as Record<string, Dump>)));
}

export const kotlinRunner: Runner = {
  cost: 190,
  // One compilation: two tables in one Kotlin package would declare their types side by side.
  distinctFields: ['packageName'],
  run: runKotlin,
};
