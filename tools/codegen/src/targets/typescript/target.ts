import type { Model } from '../../model/build-model';
import { exampleCode, lookupExample, unknownName } from '../../model/build-model';
import { readmeView } from '../../model/readme';
import { codeDocTextOf, fileHeader } from '../../model/text';
import { codeAnchor, codeUrl, tablePageUrl } from '../../reference/links';
import { nxBlock, packageDir, type TargetOf } from '../target';
import { typescriptCoordinates, type TypeScriptCoordinates } from './coordinates';
import { typescriptRules } from './rules';
import { typescriptDeprecatedLines, typescriptDocLines, typescriptString, typescriptTemplateText } from './escaping';
import { typescriptLocaleView } from './locales';
import { typescriptMemberName, typescriptNames } from './naming';
import { typescriptUsage } from './usage';

/** A TSDoc link to a declaration of the module: `{@link lookupXGPushErrorCode}`. */
const docLink = (name: string): string => `{@link ${name}}`;

function buildView(model: Model) {
  const names = typescriptNames(model.packages.typescript);
  const example = exampleCode(model);
  return {
    header: fileHeader(model.tableFile, 'slashes'),
    ...names,
    lookupLink: docLink(names.lookupName),
    knownInfoLink: docLink(names.knownInfoName),
    unknownInfoLink: docLink(names.unknownInfoName),
    packageName: JSON.stringify(model.packages.typescript.packageName),
    packageNameText: model.packages.typescript.packageName,
    readme: readmeView(model, (code) => typescriptMemberName(code.name)),
    errorBrandKey: typescriptString(`${model.packages.typescript.packageName}/${names.errorName}`),
    directory: JSON.stringify(packageDir(model.id, 'typescript')),
    nx: nxBlock(model, 'typescript', { buildOutputs }),
    description: JSON.stringify(`${model.title}: typed codes, lookups and an Error class.`),
    version: JSON.stringify(model.version),
    repositoryUrl: JSON.stringify(`git+${model.repository}.git`),
    versionLiteral: typescriptString(model.version),
    titleDoc: typescriptDocLines(`${model.title}.\n\nSource: ${model.source}`),
    unknownName: typescriptString(unknownName),
    categories: model.categories.map((category) => ({ literal: typescriptString(category) })),
    successCategory: model.categories.includes('success') ? typescriptString('success') : null,
    fallback: {
      description: typescriptString(model.fallback.description),
      solution: typescriptString(model.fallback.solution),
      retryable: model.fallback.retryable,
      category: typescriptString(model.fallback.category),
    },
    membersJson: membersJson(model),
    ...typescriptLocaleView(model),
    example: { value: example.code, name: typescriptString(example.name), member: typescriptMemberName(example.name), docs: typescriptString(codeUrl(model, example)) },
    rawPackageName: model.packages.typescript.packageName,
    lookupCommand: lookupCommandView(model),
    codes: model.codes.map((code) => ({
      member: typescriptMemberName(code.name),
      value: code.code,
      name: typescriptString(code.name),
      description: typescriptString(code.description),
      solution: typescriptString(code.solution),
      retryable: code.retryable,
      category: typescriptString(code.category),
      docLines: typescriptDocLines(codeDocTextOf(model, code)),
      deprecatedLines: code.deprecated ? typescriptDeprecatedLines(deprecationText(code.deprecated, names.enumName)) : null,
    })),
  };
}

/** The lookup command's names, and its help's examples, taken from the table (`lookupExample`). */
function lookupCommandView(model: Model) {
  const example = lookupExample(model);
  const negative = model.codes.find((code) => code.code < 0 && code.deprecated === undefined);
  return {
    binName: JSON.stringify(model.packages.typescript.packageName.replace(/^@[^/]+\//, '')),
    title: typescriptString(model.title),
    page: typescriptString(tablePageUrl(model)),
    example: { code: example.code, anchor: codeAnchor(example) },
    /** The help's lines of examples, aligned in two columns. */
    examples: typescriptTemplateText(alignedColumns([
      [String(example.code), `the code ${example.code} (a code the table does not list reports the table's fallback)`],
      [example.name, 'the code of that name'],
      [example.word, 'every code whose name, description, solution (in any language the table has) or category holds every word'],
      ['--json', 'print JSON rather than text'],
      ['-h, --help', 'print this help'],
    ])),
    /** What npx would take for an option of its own: a negative code when the table lists one. */
    npxCode: (negative ?? example).code,
  };
}

/** `  term  text` lines, the texts starting in one column and wrapped at 118 characters under it. */
function alignedColumns(rows: readonly (readonly [string, string])[]): string {
  const indent = 2 + Math.max(...rows.map(([term]) => term.length)) + 2;
  return rows.map(([term, text]) => `  ${term.padEnd(indent - 2)}${wrapped(text, 118 - indent).join(`\n${' '.repeat(indent)}`)}`).join('\n');
}

function wrapped(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
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

/** What the package's build tool writes inside it: not sources, never stale. */
const buildOutputs: readonly string[] = ['dist', 'node_modules'];

export const typescript: TargetOf<'typescript', TypeScriptCoordinates> = {
  id: 'typescript',
  label: 'TypeScript',
  coordinates: typescriptCoordinates,
  rules: typescriptRules,
  memberName: typescriptMemberName,
  usage: typescriptUsage,
  lookupCommand: (model) => `npx ${model.packages.typescript.packageName}`,
  files: () => [
    { template: 'package.json.hbs', path: 'package.json' },
    { template: 'README.md.hbs', path: 'README.md' },
    { template: 'tsconfig.json.hbs', path: 'tsconfig.json' },
    { template: 'tsconfig.cjs.json.hbs', path: 'tsconfig.cjs.json' },
    { template: 'src/index.ts.hbs', path: 'src/index.ts' },
    { template: 'test/conformance.mjs.hbs', path: 'test/conformance.mjs' },
    { template: 'test/esm.test.mjs.hbs', path: 'test/esm.test.mjs' },
    { template: 'test/cjs.test.cjs.hbs', path: 'test/cjs.test.cjs' },
    { template: 'test/types.test.ts.hbs', path: 'test/types.test.ts' },
    { template: 'test/cli.test.mjs.hbs', path: 'test/cli.test.mjs' },
    { template: 'bin/lookup.mjs.hbs', path: 'bin/lookup.mjs' },
    { template: 'test/tsconfig.json.hbs', path: 'test/tsconfig.json' },
  ],
  buildView,
  buildOutputs,
  vectorsPath: () => 'test/vectors.json',
  // `changeset publish` publishes the npm package and tags it `name@version`; nothing else to do.
  release: { tags: () => [], publishSteps: () => [] },
};
