import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tablesDir } from './paths';
import { inputsFrom, plan, type TableSource, validateInputs } from './pipeline';
import { textOf } from './render/render-files';
import { tableSource } from './test-support/render';

const read = (id: string) => readFileSync(join(tablesDir, `${id}.json`), 'utf8');
const server = tableSource('xgpush-error-codes', read('xgpush-error-codes'));
const client = tableSource('tpns-android-client-return-codes', read('tpns-android-client-return-codes'));

/** A table with no coordinates at all: every language's names derive from its id. */
const third = tableSource(
  'acme-billing-errors',
  JSON.stringify({
    $schema: '../error-table.schema.json',
    title: 'Acme billing errors',
    source: 'A third vendor',
    repository: 'https://github.com/errtable/errtable',
    categories: ['success', 'payment', 'internal'],
    fallback: { description: 'Unknown billing error', solution: '', retryable: false, category: 'internal' },
    codes: [
      { code: 0, name: 'OK', description: 'Done', solution: '', retryable: false, category: 'success' },
      { code: 402, name: 'PAYMENT_REQUIRED', description: 'The card was declined', solution: 'Use another card', retryable: false, category: 'payment' },
    ],
  }),
);

function filesOf(...args: Parameters<typeof inputsFrom>): Map<string, string> {
  const planned = plan(inputsFrom(...args));
  if (!planned.ok) throw new Error(planned.diagnostics.map((d) => `${d.file}:${d.line} ${d.pointer}: ${d.message}`).join('\n'));
  return new Map([...planned.render()].map((file) => [file.path, textOf(file)]));
}

const under = (files: Map<string, string>, folder: string) => new Map([...files].filter(([path]) => path.startsWith(folder)));

describe('plan, over several tables', () => {
  const both = filesOf([server, client]);

  it('renders each table into packages/<id>/<language>, every language, and one Package.swift with a product per table', () => {
    for (const id of [server.id, client.id]) {
      for (const language of ['typescript', 'go', 'kotlin', 'swift']) expect([...both.keys()].some((path) => path.startsWith(`packages/${id}/${language}/`)), `${id}/${language}`).toBe(true);
    }
    const manifest = both.get('Package.swift')!;
    expect(manifest).toContain('.library(name: "XGPushErrorCodes"');
    expect(manifest).toContain('.library(name: "TPNSAndroidReturnCodes"');
  });

  it('never changes a byte of one table\'s packages when another table changes, or when only one is rendered', () => {
    const edited = tableSource(client.id, client.text.replace('Call succeeded', 'Call succeeded!'));
    const afterEdit = filesOf([server, edited]);
    expect(under(afterEdit, `packages/${server.id}/`)).toEqual(under(both, `packages/${server.id}/`));
    expect(under(afterEdit, `packages/${client.id}/`)).not.toEqual(under(both, `packages/${client.id}/`));
    const onlyServer = filesOf([server, client], { selected: new Set([server.id]) });
    expect([...onlyServer.keys()].filter((path) => path.startsWith(`packages/${client.id}/`))).toEqual([]);
    expect(under(onlyServer, `packages/${server.id}/`)).toEqual(under(both, `packages/${server.id}/`));
    expect(onlyServer.get('Package.swift'), 'Package.swift still lists every table').toBe(both.get('Package.swift'));
  });

  it('renders a reference page per rendered table, and one page over every table', () => {
    for (const id of [server.id, client.id]) expect(both.get(`docs/reference/${id}.md`)).toContain('### 0 `SUCCESS`');
    expect(both.get('docs/reference/index.html')).toContain(`"id":"${client.id}"`);
    expect(both.get('docs/reference/index.html')).toContain(`"id":"${server.id}"`);
    const onlyServer = filesOf([server, client], { selected: new Set([server.id]) });
    expect(onlyServer.has(`docs/reference/${client.id}.md`)).toBe(false);
    expect(onlyServer.get(`docs/reference/${server.id}.md`)).toBe(both.get(`docs/reference/${server.id}.md`));
    expect(onlyServer.get('docs/reference/index.html'), 'the HTML page still holds every table').toBe(both.get('docs/reference/index.html'));
  });

  it('adds a third table with no coordinates: four more packages, named from its id, and the others unchanged', () => {
    const three = filesOf([server, client, third]);
    expect([...three.keys()].filter((path) => path.startsWith('packages/acme-billing-errors/')).sort()).toEqual(
      expect.arrayContaining([
        'packages/acme-billing-errors/typescript/src/index.ts',
        'packages/acme-billing-errors/go/acmebillingerrors/codes.go',
        'packages/acme-billing-errors/kotlin/src/main/kotlin/io/github/errtable/acmebillingerrors/AcmeBillingErrorCode.kt',
        'packages/acme-billing-errors/swift/Sources/AcmeBillingErrors/AcmeBillingErrorCode.swift',
      ]),
    );
    expect(three.get('packages/acme-billing-errors/go/go.mod')).toContain('module github.com/errtable/errtable/packages/acme-billing-errors/go\n');
    expect(three.get('packages/acme-billing-errors/typescript/package.json')).toContain('"name": "@errtable/acme-billing-errors"');
    for (const id of [server.id, client.id]) expect(under(three, `packages/${id}/`)).toEqual(under(both, `packages/${id}/`));
  });

  it('renders only the languages a table names', () => {
    const goOnly = tableSource(third.id, third.text.replace('"categories"', '"languages": ["go"], "categories"'));
    const files = [...filesOf([goOnly]).keys()];
    expect(files.filter((path) => path.startsWith('packages/')).every((path) => path.startsWith('packages/acme-billing-errors/go/'))).toBe(true);
    expect(files).not.toContain('Package.swift');
  });

  it('refuses two tables that would publish the same package, at the second table\'s value', () => {
    const copy = tableSource('xgpush-copy', server.text.replace('packages/xgpush-error-codes/go', 'packages/xgpush-copy/go'));
    const planned = plan(inputsFrom([server, copy]));
    expect(planned.ok).toBe(false);
    const messages = planned.ok ? [] : planned.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.pointer}: ${d.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([expect.stringMatching(/^schema\/tables\/xgpush-copy\.json:\d+:\d+ \/packages\/typescript\/packageName: "@errtable\/xgpush-error-codes" is also the TypeScript packageName of table "xgpush-error-codes"/)]),
    );
    // Either table may be the one to change: the hint names the other's file too.
    expect(planned.ok ? [] : planned.diagnostics.map((d) => d.hint)).toContain(
      "Set packages.typescript.packageName to a value of this table's own, or, if this table should keep it, set the one in schema/tables/xgpush-error-codes.json",
    );
    // validate finds what generate refuses.
    expect(validateInputs(inputsFrom([server, copy])).across).toEqual(planned.ok ? [] : planned.diagnostics);
  });

  it('refuses a Swift module named like the test target another table\'s module declares, in either order', () => {
    const named = (moduleName: string) => tableSource(third.id, third.text.replace('"categories"', `"packages": { "swift": { "moduleName": "${moduleName}" } }, "categories"`));
    const messagesOf = (...sources: TableSource[]) => {
      const planned = plan(inputsFrom(sources));
      return planned.ok ? [] : planned.diagnostics.map((d) => `${d.file} ${d.pointer}: ${d.message}`);
    };
    expect(messagesOf(server, named('XGPushErrorCodesTests'))).toEqual([
      'schema/tables/acme-billing-errors.json /packages/swift/moduleName: "XGPushErrorCodesTests" is also the test target in the root Package.swift that "XGPushErrorCodes", the Swift moduleName of table "xgpush-error-codes" (schema/tables/xgpush-error-codes.json), declares; two packages cannot share it',
    ]);
    const serverNamed = tableSource(server.id, server.text.replace('"moduleName": "XGPushErrorCodes"', '"moduleName": "AcmeTests"'));
    expect(messagesOf(named('Acme'), serverNamed)).toEqual([
      'schema/tables/xgpush-error-codes.json /packages/swift/moduleName: "AcmeTests" is also the test target in the root Package.swift that "Acme", the Swift moduleName of table "acme-billing-errors" (schema/tables/acme-billing-errors.json), declares; two packages cannot share it',
    ]);
    expect(messagesOf(server, named('XGPushErrorCodesTest'))).toEqual([]);
  });

  it('writes the release version of each table, from its own source', () => {
    const files = filesOf([server, { ...client, version: '2.3.4' }]);
    expect(files.get('packages/tpns-android-client-return-codes/typescript/package.json')).toContain('"version": "2.3.4"');
    expect(files.get('packages/tpns-android-client-return-codes/go/go.mod')).toContain('/packages/tpns-android-client-return-codes/go/v2\n');
    expect(files.get('packages/xgpush-error-codes/typescript/package.json')).toContain(`"version": "${server.version}"`);
  });
});
