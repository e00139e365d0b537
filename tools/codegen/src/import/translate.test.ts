import { applyEdits, modify } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import type { ErrorTable } from '../table';
import { bundledTable, tpns, xgpush } from '../test-support/bundled-tables';
import { editPage, importRequest, tableText, vendorPage } from '../test-support/vendor-pages';
import { formatReport } from '../validate/report';
import { type ImportPlan, planImport } from './plan-import';

type Planned = Extract<ImportPlan, { ok: true }>;

function planned(plan: ImportPlan): Planned {
  if (!plan.ok) throw new Error(formatReport(plan.diagnostics));
  return plan;
}

const zhPage = () => vendorPage(tpns, 'zh-Hans');
const importZh = (page = zhPage(), text = tableText(tpns)) => planImport(importRequest(tpns, page, { table: { id: tpns, file: `schema/tables/${tpns}.json`, text }, locale: 'zh-Hans' }));
const withoutKey = (text: string, key: string) => applyEdits(text, modify(text, [key], undefined, {}));
const zhOf = (text: string) => (JSON.parse(text) as ErrorTable).translations?.['zh-Hans'];

describe('import --locale zh-Hans: the vendor page in Chinese into the Android client table', () => {
  it('changes nothing: every zh-Hans text of the table is the vendor\'s, byte for byte, and drift finds none', () => {
    const plan = planned(importZh());
    expect(plan.drift).toEqual([]);
    expect(plan.text).toBe(tableText(tpns));
    expect(plan.unlisted).toEqual([]);
    expect(plan.bump).toBeUndefined();
  });

  it('writes the whole translation, marked as the vendor\'s, into a table that has none', () => {
    const plan = planned(importZh(zhPage(), withoutKey(tableText(tpns), 'translations')));
    const imported = zhOf(plan.text)!;
    const bundled = bundledTable(tpns).translations!['zh-Hans']!;
    expect(imported.origin).toBe('vendor');
    expect(imported.codes).toEqual(bundled.codes);
    expect(imported.fallback).toEqual(bundled.fallback);
    expect(plan.drift.map((drift) => drift.bump)).toEqual(plan.drift.map(() => 'patch'));
    expect(plan.drift).toHaveLength(Object.keys(bundled.codes!).length + 1);
    expect(plan.bump).toBe('patch');
  });

  it('rewrites only the text the vendor reworded: one line, a patch', () => {
    const page = editPage(zhPage(), '|10108|服务器返回异常报文|', '|10108|服务器返回了异常报文|');
    const plan = planned(importZh(page));
    expect(plan.drift.map(({ change, bump }) => [change.kind, bump])).toEqual([['translation', 'patch']]);
    expect(zhOf(plan.text)!.codes!['10108']!.description).toBe('服务器返回了异常报文');
    const changedLines = plan.text.split('\n').filter((line, index) => line !== tableText(tpns).split('\n')[index]);
    expect(changedLines).toEqual(['          "description": "服务器返回了异常报文"']);
  });

  it('refuses a row whose code the table does not have, at its place on the page, and writes nothing', () => {
    const page = editPage(zhPage(), '|10110|', '|10111|');
    const plan = importZh(page);
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.on).toBe('page');
      expect(plan.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}: ${d.message}`)).toEqual([
        `schema/vendor/${tpns}.zh-Hans.md:27:2 translatesATableCode: 10111 is not a code of schema/tables/${tpns}.json, so its zh-Hans text translates nothing`,
      ]);
    }
  });

  it('reports the table\'s codes the page leaves out, which keep their text', () => {
    const page = editPage(zhPage(), '|10108|服务器返回异常报文|\n', '');
    const plan = planned(importZh(page));
    expect(plan.unlisted).toEqual([10108]);
    expect(plan.text).toBe(tableText(tpns));
  });

  it('refuses the table\'s own language, and a table that names none', () => {
    const own = planImport(importRequest(tpns, vendorPage(tpns), { locale: 'en' }));
    expect(own.ok ? [] : own.diagnostics.map((d) => d.message)).toEqual(['"en" is the table\'s own language (its defaultLocale), not a translation']);
    const unnamed = planImport(importRequest(xgpush, zhPage(), { table: { id: xgpush, file: `schema/tables/${xgpush}.json`, text: withoutKey(withoutKey(tableText(xgpush), 'translations'), 'defaultLocale') }, locale: 'zh-Hans' }));
    expect(unnamed.ok ? [] : unnamed.diagnostics.map((d) => [d.file, d.rule])).toEqual([[`schema/tables/${xgpush}.json`, 'translatesATableCode']]);
    for (const locale of ['en', 'en-US']) {
      const english = planImport(importRequest(xgpush, vendorPage(xgpush), { table: { id: xgpush, file: `schema/tables/${xgpush}.json`, text: withoutKey(withoutKey(tableText(xgpush), 'translations'), 'defaultLocale') }, locale }));
      expect(english.ok ? [] : english.diagnostics.map((d) => [d.message, d.hint])).toEqual([
        [`"${locale}" is the table's own language (it declares no defaultLocale, so its texts are in en), not a translation`, "Import the page without --locale to update the table's own texts"],
      ]);
    }
  });
});
