import type { Model, ModelCode } from '../../model/build-model';
import { exampleCode, unknownName } from '../../model/build-model';
import { unknownSamples } from '../../model/build-vectors';
import { readmeView } from '../../model/readme';
import { afterCommentMarker, fileHeader } from '../../model/text';
import { nxBlock, type TargetOf, wrapperPackageName } from '../target';
import { goCoordinates, type GoCoordinates, goImportPath, goModuleFolder, goModulePath } from './coordinates';
import { codeUrl } from '../../reference/links';
import { goRules } from './rules';
import { goDocParagraph, goString } from './escaping';
import { goLocaleView } from './locales';
import { goCategoryName, goMemberName } from './naming';
import { goUsage } from './usage';

export { goModulePath };

/** Doc paragraphs of a constant, each a single line that gofmt leaves alone, as they follow `//`. */
function docLines(model: Model, code: ModelCode, member: string): string[] {
  const lines = [`${member} (${code.code}): ${goDocParagraph(code.description)}`];
  if (code.solution !== '') lines.push('', `Solution: ${goDocParagraph(code.solution)}`);
  lines.push('', `Reference: ${codeUrl(model, code)}`);
  if (code.deprecated !== undefined) {
    const { message, replacement } = code.deprecated;
    const use = replacement === undefined ? '' : ` Use [${goMemberName(replacement)}] instead.`;
    lines.push('', `Deprecated: ${goDocParagraph(message)}${use}`);
  }
  return afterCommentMarker(lines);
}

/** The code the doc comments and runnable examples use. */
function exampleOf(model: Model) {
  const code = exampleCode(model);
  const member = goMemberName(code.name);
  return { value: code.code, member, rawName: code.name, failure: code.category !== 'success', errorDoc: goDocParagraph(`"${code.name} (${code.code}): ${code.description}"`) };
}

function buildView(model: Model) {
  const { packageName } = model.packages.go;
  const module = goModulePath(model.packages.go.module, model.version);
  const importPath = goImportPath(model.packages.go, model.version);
  const categoryWidth = Math.max(...model.categories.map((category) => goCategoryName(category).length));
  return {
    header: fileHeader(model.tableFile, 'slashes'),
    module,
    importPath,
    packageName,
    nx: nxBlock(model, 'go', { buildOutputs }),
    readme: readmeView(model, (code) => goMemberName(code.name)),
    // The README's struct as gofmt aligns it: its field types padded to one width, so the tags line up.
    readmeStringType: 'string'.padEnd(`${packageName}.Code`.length),
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
    // By the table's convention (the fallback may not be "success"), the category of codes that report no failure.
    successCategory: model.categories.includes('success') ? goCategoryName('success') : null,
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
        docLines: docLines(model, code, member),
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
  usage: goUsage,
  files: (model) => {
    const { packageName } = model.packages.go;
    return [
      { template: 'go.mod.hbs', path: 'go.mod' },
      { template: 'package.json.hbs', path: 'package.json' },
      { template: 'README.md.hbs', path: 'README.md' },
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
