import type { Model, ModelCode } from '../../model/build-model';
import { exampleCode, unknownName } from '../../model/build-model';
import { unknownSamples } from '../../model/build-vectors';
import { afterCommentMarker, fileHeader } from '../../model/text';
import { nxBlock, type TargetOf, wrapperPackageName } from '../target';
import { goCoordinates, type GoCoordinates, goModuleFolder } from './coordinates';
import { goRules } from './rules';
import { goDocParagraph, goString } from './escaping';
import { goLocaleView } from './locales';
import { goCategoryName, goMemberName } from './naming';

/** Doc paragraphs of a constant, each a single line that gofmt leaves alone, as they follow `//`. */
function docLines(code: ModelCode, member: string): string[] {
  const lines = [`${member} (${code.code}): ${goDocParagraph(code.description)}`];
  if (code.solution !== '') lines.push('', `Solution: ${goDocParagraph(code.solution)}`);
  if (code.deprecated !== undefined) {
    const { message, replacement } = code.deprecated;
    const use = replacement === undefined ? '' : ` Use [${goMemberName(replacement)}] instead.`;
    lines.push('', `Deprecated: ${goDocParagraph(message)}${use}`);
  }
  return afterCommentMarker(lines);
}

/**
 * From v2 on, Go requires the major version as the last element of the module path (`.../go/v2`); the
 * release flow tags the module `packages/<table id>/go/vX.Y.Z` to match.
 */
export function goModulePath(module: string, version: string): string {
  const major = Number(version.split('.')[0]);
  return major >= 2 ? `${module}/v${major}` : module;
}

/** The code the doc comments and runnable examples use. */
function exampleOf(model: Model) {
  const code = exampleCode(model);
  const member = goMemberName(code.name);
  return { value: code.code, member, rawName: code.name, errorDoc: goDocParagraph(`"${code.name} (${code.code}): ${code.description}"`) };
}

function buildView(model: Model) {
  const { packageName } = model.packages.go;
  const module = goModulePath(model.packages.go.module, model.version);
  // The package sits in a folder of its own name inside the module, so its import path ends with its name.
  const importPath = `${module}/${packageName}`;
  const categoryWidth = Math.max(...model.categories.map((category) => goCategoryName(category).length));
  return {
    header: fileHeader(model.tableFile, 'slashes'),
    module,
    importPath,
    packageName,
    nx: nxBlock(model, 'go', { buildOutputs }),
    goVersion: '1.21',
    wrapperName: JSON.stringify(wrapperPackageName(model, 'go')),
    version: JSON.stringify(model.version),
    title: goDocParagraph(model.title),
    source: goDocParagraph(model.source),
    unknownName: goString(unknownName),
    categories: model.categories.map((category) => ({
      // gofmt aligns the columns of a const block; padding here keeps the output gofmt-clean.
      paddedName: goCategoryName(category).padEnd(categoryWidth),
      literal: goString(category),
    })),
    fallback: {
      description: goString(model.fallback.description),
      solution: goString(model.fallback.solution),
      retryable: model.fallback.retryable,
      category: goCategoryName(model.fallback.category),
    },
    example: exampleOf(model),
    ...goLocaleView(model),
    unknownExample: unknownSamples(model).find((code) => code > 0) ?? unknownSamples(model)[0],
    codes: model.codes.map((code) => {
      const [member, name] = [goMemberName(code.name), goString(code.name)];
      return {
        member,
        // Composed here: a literal `}` right after `{{member}}` would read as Handlebars' `}}}`.
        testMember: `{${name}, ${packageName}.${member}}`,
        value: code.code,
        docLines: docLines(code, member),
        name,
        description: goString(code.description),
        solution: goString(code.solution),
        retryable: code.retryable,
        category: goCategoryName(code.category),
      };
    }),
  };
}

/** From v2 on, Go finds `packages/<table id>/go/vN.x.y` only if that folder's go.mod declares the path ending in `/vN`. */
function verifyGoModulePath(model: Model, read: (path: string) => string | undefined): string[] {
  const file = `${goModuleFolder(model.id)}/go.mod`;
  const declared = /^module\s+(\S+)/m.exec(read(file) ?? '')?.[1];
  const expected = goModulePath(model.packages.go.module, model.version);
  return declared === expected ? [] : [`${file} declares module ${declared ?? '(none)'}, but version ${model.version} needs ${expected}. Run \`npm run generate\` and commit.`];
}

/** What the package's build tool writes inside it: not sources, never stale. */
const buildOutputs: readonly string[] = [];

export const go: TargetOf<'go', GoCoordinates> = {
  id: 'go',
  label: 'Go',
  coordinates: goCoordinates,
  rules: goRules,
  memberName: goMemberName,
  files: (model) => {
    const { packageName } = model.packages.go;
    return [
      { template: 'go.mod.hbs', path: 'go.mod' },
      { template: 'package.json.hbs', path: 'package.json' },
      { template: 'codes.go.hbs', path: `${packageName}/codes.go` },
      { template: 'locale.go.hbs', path: `${packageName}/locale.go` },
      { template: 'codes_test.go.hbs', path: `${packageName}/codes_test.go` },
      { template: 'example_test.go.hbs', path: `${packageName}/example_test.go` },
      { template: 'locale_test.go.hbs', path: `${packageName}/locale_test.go` },
    ];
  },
  buildView,
  buildOutputs,
  // testdata/ is ignored by the go command and shipped in the module zip: `go test all` in an app finds it.
  vectorsPath: (model) => `${model.packages.go.packageName}/testdata/vectors.json`,
  release: {
    tags: (model) => [`${goModuleFolder(model.id)}/v${model.version}`],
    publishSteps: () => [],
    verify: verifyGoModulePath,
  },
};
