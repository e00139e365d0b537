import type { Model, ModelCode } from '../../model/build-model';
import { exampleCode, unknownName } from '../../model/build-model';
import { unknownSamples } from '../../model/build-vectors';
import { afterCommentMarker, fileHeader } from '../../model/text';
import { packageDir, type Target, wrapperPackageName } from '../target';
import { goDocParagraph, goString } from './escaping';
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
 * release flow tags the module `packages/go/vX.Y.Z` to match.
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
  const categoryWidth = Math.max(...model.categories.map((category) => goCategoryName(category).length));
  return {
    header: fileHeader(model.tableFile, 'slashes'),
    module,
    packageName,
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

const dir = packageDir('go');

export const go: Target = {
  id: 'go',
  label: 'Go',
  memberName: goMemberName,
  files: () => [
    { template: 'go.mod.hbs', path: `${dir}/go.mod` },
    { template: 'codes.go.hbs', path: `${dir}/codes.go` },
    { template: 'codes_test.go.hbs', path: `${dir}/codes_test.go` },
    { template: 'example_test.go.hbs', path: `${dir}/example_test.go` },
    { template: 'package.json.hbs', path: `${dir}/package.json` },
  ],
  buildView,
};
