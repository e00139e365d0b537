import type { Model } from '../../model/build-model';
import { exampleCode, unknownName } from '../../model/build-model';
import { codeDocText, fileHeader } from '../../model/text';
import { packageDir, type Target } from '../target';
import { typescriptDeprecatedLines, typescriptDocLines, typescriptString } from './escaping';
import { typescriptMemberName, typescriptNames } from './naming';

function buildView(model: Model) {
  const names = typescriptNames(model.packages.typescript);
  const example = exampleCode(model);
  return {
    header: fileHeader(model.tableFile, 'slashes'),
    ...names,
    lookupLink: `{@link ${names.lookupName}}`,
    packageName: JSON.stringify(model.packages.typescript.packageName),
    description: JSON.stringify(`${model.title}: typed codes, lookups and an Error class.`),
    version: JSON.stringify(model.version),
    repositoryUrl: JSON.stringify(`git+${model.repository}.git`),
    versionLiteral: typescriptString(model.version),
    titleDoc: typescriptDocLines(`${model.title}.\n\nSource: ${model.source}`),
    unknownName: typescriptString(unknownName),
    categories: model.categories.map((category) => ({ literal: typescriptString(category) })),
    fallback: {
      description: typescriptString(model.fallback.description),
      solution: typescriptString(model.fallback.solution),
      retryable: model.fallback.retryable,
      category: typescriptString(model.fallback.category),
    },
    membersJson: membersJson(model),
    example: { value: example.code, name: typescriptString(example.name), member: typescriptMemberName(example.name) },
    codes: model.codes.map((code) => ({
      member: typescriptMemberName(code.name),
      value: code.code,
      name: typescriptString(code.name),
      description: typescriptString(code.description),
      solution: typescriptString(code.solution),
      retryable: code.retryable,
      category: typescriptString(code.category),
      docLines: typescriptDocLines(codeDocText(code.description, code.solution)),
      deprecatedLines: code.deprecated ? typescriptDeprecatedLines(deprecationText(code.deprecated, names.enumName)) : null,
    })),
  };
}

/** `{ "NAME": "Member", ... }` as `JSON.stringify(..., null, 2)` writes it, without building the object first. */
function membersJson(model: Model): string {
  const entries = model.codes.map((code) => `  ${JSON.stringify(code.name)}: ${JSON.stringify(typescriptMemberName(code.name))}`);
  return entries.length === 0 ? '{}' : `{\n${entries.join(',\n')}\n}`;
}

function deprecationText(deprecated: { message: string; replacement?: string }, enumName: string): string {
  const { message, replacement } = deprecated;
  return replacement === undefined ? message : `${message} Use {@link ${enumName}.${typescriptMemberName(replacement)}} instead.`;
}

const dir = packageDir('typescript');

export const typescript: Target = {
  id: 'typescript',
  label: 'TypeScript',
  memberName: typescriptMemberName,
  files: () => [
    { template: 'package.json.hbs', path: `${dir}/package.json` },
    { template: 'tsconfig.json.hbs', path: `${dir}/tsconfig.json` },
    { template: 'tsconfig.cjs.json.hbs', path: `${dir}/tsconfig.cjs.json` },
    { template: 'src/index.ts.hbs', path: `${dir}/src/index.ts` },
    { template: 'test/conformance.mjs.hbs', path: `${dir}/test/conformance.mjs` },
    { template: 'test/esm.test.mjs.hbs', path: `${dir}/test/esm.test.mjs` },
    { template: 'test/cjs.test.cjs.hbs', path: `${dir}/test/cjs.test.cjs` },
    { template: 'test/types.test.ts.hbs', path: `${dir}/test/types.test.ts` },
    { template: 'test/tsconfig.json.hbs', path: `${dir}/test/tsconfig.json` },
  ],
  buildView,
};
