import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSchemaValidator, loadTable } from '../../load/load-table';
import { loadTemplates } from '../../load/load-templates';
import { buildModel, type Model } from '../../model/build-model';
import { vectorsText } from '../../model/build-vectors';
import { repoRoot, templatesDir } from '../../paths';
import { compileTemplates } from '../../render/handlebars';
import { fixturesDir } from '../../test-support/fixtures';
import { validateTable } from '../../validate/validate-table';
import { buildSwiftView, swift, swiftSwitchLimit } from './target';
import { removeScratchFolders, scratchFolder } from '../../test-support/scratch';

afterAll(removeScratchFolders);

const swiftScript = join(repoRoot, 'tools', 'toolchains', 'swift.sh');

/** Whether a Swift toolchain can be had here; when not, the test fails unless told to skip (as `with.sh` does). */
function swiftAvailable(): boolean {
  const mode = spawnSync('bash', [swiftScript, '--print-mode'], { encoding: 'utf8' });
  if (mode.status === 0 && mode.stdout.trim() !== '') return true;
  if (process.env['ERRTABLE_SKIP_MISSING_TOOLCHAINS'] === '1') return false;
  throw new Error('no Swift toolchain: tools/toolchains/swift.sh cannot provide one here (ERRTABLE_SKIP_MISSING_TOOLCHAINS=1 skips this test)');
}

function fixtureModel(name: string): Model {
  const table = join(fixturesDir, 'valid', name, 'table.json');
  const validation = validateTable(table, loadTable(table), loadSchemaValidator());
  if (!validation.ok) throw new Error(`${table} is invalid`);
  return buildModel(validation.table, { id: 'table', tableFile: `tools/codegen/fixtures/valid/${name}/table.json`, version: '1.2.3' });
}

/**
 * Writes the Swift files of `model` under `root/<folder>`, with the code's text in a switch or in JSON, as module
 * `module`; returns the targets for the package manifest and how many tests the generated suite has.
 */
function writeShape(root: string, folder: string, model: Model, module: string, textInSwitch: boolean): { targets: string[]; tests: number } {
  const renamed: Model = { ...model, packages: { ...model.packages, swift: { ...model.packages.swift, moduleName: module } } };
  const compiled = compileTemplates(loadTemplates(templatesDir, [swift]));
  const view = buildSwiftView(renamed, textInSwitch);
  let tests = 0;
  for (const file of swift.files(renamed).filter((each) => each.template.endsWith('.swift.hbs'))) {
    const path = join(root, folder, file.path);
    mkdirSync(dirname(path), { recursive: true });
    const text = compiled.get(`swift/${file.template}`)!.render(view);
    tests += text.match(/^ {4}func test\w+\(/gm)?.length ?? 0;
    writeFileSync(path, text);
  }
  writeFileSync(join(root, folder, swift.vectorsPath(renamed)), vectorsText(renamed));
  const path = (kind: string, name: string) => JSON.stringify(`${folder}/${kind}/${name}`);
  return {
    targets: [
      `.target(name: "${module}", path: ${path('Sources', module)})`,
      `.testTarget(name: "${module}Tests", dependencies: ["${module}"], path: ${path('Tests', `${module}Tests`)}, exclude: ["vectors.json"])`,
    ],
    tests,
  };
}

// Slow (a Swift build of four modules and their XCTest suites, a minute or two): every other test of the Swift
// target reads the generated text; this one compiles both shapes without warnings and runs their generated tests.
describe(`Swift keeps the codes' text in a switch up to ${swiftSwitchLimit} codes, in JSON above: both shapes compile and pass their tests`, () => {
  it('for text that breaks out of literals, and for deprecated codes', { timeout: 20 * 60_000 }, (context) => {
    if (!swiftAvailable()) return context.skip();
    const root = scratchFolder('errtable-swift-shapes-');
    try {
      const escapes = fixtureModel('escapes-text-that-breaks-out-of-literals-and-comments');
      const deprecations = fixtureModel('renders-deprecations-with-replacements');
      const shapes = [
        writeShape(root, 'escapes', escapes, 'EscapesInSwitch', true),
        writeShape(root, 'escapes-json', escapes, 'EscapesInJSON', false),
        writeShape(root, 'deprecations', deprecations, 'DeprecationsInSwitch', true),
        writeShape(root, 'deprecations-json', deprecations, 'DeprecationsInJSON', false),
      ];
      const targets = shapes.flatMap((shape) => shape.targets);
      const manifest = `// swift-tools-version:6.0\nimport PackageDescription\n\nlet package = Package(\n    name: "Shapes",\n    targets: [\n${targets.map((target) => `        ${target},`).join('\n')}\n    ],\n    swiftLanguageModes: [.v6]\n)\n`;
      writeFileSync(join(root, 'Package.swift'), manifest);
      const result = spawnSync('bash', [swiftScript, root, 'test', '-Xswiftc', '-warnings-as-errors', '--disable-swift-testing'], { encoding: 'utf8', maxBuffer: 1 << 26 });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status, output).toBe(0);
      // Every test of the four generated suites ran, and passed.
      const tests = shapes.reduce((sum, shape) => sum + shape.tests, 0);
      expect(tests).toBeGreaterThan(4 * 5);
      expect(output).toMatch(new RegExp(`Executed ${tests} tests, with 0 failures`));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
