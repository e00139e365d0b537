import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSchemaValidator, loadTable } from '../load/load-table';
import { loadTemplates } from '../load/load-templates';
import { buildModel, type Model } from '../model/build-model';
import { referenceFiles, referenceTemplatesFolder } from '../reference/reference-files';
import { tablesDir, templatesDir } from '../paths';
import { targets } from '../targets/registry';
import { buildSwiftView, swift } from '../targets/swift/target';
import { fixtureNames, fixturesDir } from '../test-support/fixtures';
import { viewProblems } from '../test-support/view-fits';
import { tableIdOf, validateTable } from '../validate/validate-table';

const validator = loadSchemaValidator();

function modelOf(table: string): Model {
  const validation = validateTable(table, loadTable(table), validator);
  if (!validation.ok) throw new Error(`${table} is invalid`);
  return buildModel(validation.table, { id: tableIdOf(table), tableFile: 'table.json', version: '1.2.3' });
}

const tables = [...readdirSync(tablesDir).map((name) => join(tablesDir, name)), ...fixtureNames('valid').map((name) => join(fixturesDir, 'valid', name, 'table.json'))];

describe('every template reads only fields its view has, and prints only text', () => {
  it.each(tables)('%s', (table) => {
    const model = modelOf(table);
    const views = [...targets.map((target) => [target, target.buildView(model)] as const), [swift, buildSwiftView(model, false)] as const];
    const { templates, partials } = loadTemplates(templatesDir, targets, [referenceTemplatesFolder]);
    for (const [target, view] of views) {
      for (const { template } of target.files(model)) {
        const file = `${target.id}/${template}`;
        expect(viewProblems(file, templates.get(file)!, view, partials), file).toEqual([]);
      }
    }
    for (const target of targets) {
      for (const { template, view } of target.workspaceFiles?.([model]) ?? []) {
        const file = `${target.id}/${template}`;
        expect(viewProblems(file, templates.get(file)!, view, partials), file).toEqual([]);
      }
    }
    for (const { template, view } of referenceFiles([model], new Set([model.id]), model.tableFile)) {
      expect(viewProblems(template, templates.get(template)!, view(), partials), template).toEqual([]);
    }
  });
});

describe('viewProblems', () => {
  it('finds the missing arguments of blocks, which strict mode lets pass, and values that do not print as text', () => {
    const source = '{{#if deprecated}}x{{/if}}\n{{#each items}}{{this}}{{/each}}\n{{> header header}}';
    const partials = new Map([['partials/header.hbs', '{{generated}}\n']]);
    expect(viewProblems('go/codes.go.hbs', source, { items: [{ a: 1 }, null], header: {} }, partials)).toEqual([
      'templates/go/codes.go.hbs:1:1: {{deprecated}}: the view has no field "deprecated"',
      'templates/go/codes.go.hbs:2:16: {{this}}: prints object',
      'templates/go/codes.go.hbs:2:16: {{this}}: prints null',
      'templates/partials/header.hbs:1:1: {{generated}}: the view has no field "generated"',
    ]);
  });
});
