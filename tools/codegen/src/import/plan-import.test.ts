import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../paths';
import type { CodeRow, ErrorTable } from '../table';
import { bundledTable, tpns, xgpush } from '../test-support/bundled-tables';
import { editPage, importRequest, tableText, vendorPage } from '../test-support/vendor-pages';
import { formatReport } from '../validate/report';
import { type ImportPlan, planImport } from './plan-import';

type Planned = Extract<ImportPlan, { ok: true }>;

function planned(plan: ImportPlan): Planned {
  if (!plan.ok) throw new Error(formatReport(plan.diagnostics));
  return plan;
}

/** The lines only `before` has and the lines only `after` has, counting repeats: a minimal edit shows few. */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const only = (from: string[], other: string[]) => {
    const left = [...other];
    return from.filter((line) => {
      const index = left.indexOf(line);
      if (index === -1) return true;
      left.splice(index, 1);
      return false;
    });
  };
  const [a, b] = [before.split('\n'), after.split('\n')];
  return { removed: only(a, b), added: only(b, a) };
}

const texts = (rows: readonly CodeRow[]) => rows.map(({ code, description, solution }) => ({ code, description, solution }));
const summaries = (plan: Planned) => plan.drift.map((drift) => ({ kind: drift.change.kind, bump: drift.bump, summary: drift.summary }));

describe.each([xgpush, tpns])('the bundled table %s and its vendor page', (id) => {
  it('import changes nothing, and drift finds nothing', () => {
    const plan = planned(planImport(importRequest(id)));
    expect(plan.drift).toEqual([]);
    expect(plan.changed).toBe(false);
    expect(plan.text).toBe(tableText(id));
    expect(plan.bump).toBeUndefined();
  });

  it('--new reproduces every code and text exactly, each name proposed, and a valid table', () => {
    const create = { repository: 'https://github.com/errtable/errtable', schemaRef: '../error-table.schema.json', pageName: `${id}.md` };
    const plan = planned(planImport(importRequest(id, vendorPage(id), { table: { id, file: `schema/tables/${id}.json` }, create })));
    const created = JSON.parse(plan.text) as ErrorTable;
    const bundled = bundledTable(id);
    expect(texts(created.codes)).toEqual(texts(bundled.codes));
    expect([created.fallback.description, created.fallback.solution]).toEqual([bundled.fallback.description, bundled.fallback.solution]);
    expect(created.codes.every((row) => row.proposed === true)).toBe(true);
    expect(plan.warnings.map((warning) => warning.rule)).toEqual(created.codes.map(() => 'noUnconfirmedProposals'));
    expect(created.categories).toContain(created.fallback.category);
  });
});

describe('a vendor text the table would refuse', () => {
  it('is reported at its row of the page, which holds it, not at a line of the table', () => {
    const page = editPage(vendorPage(xgpush), '| 14 | Invalid token. |', '| 14 | Invalid \u202Etoken. |');
    const plan = planImport(importRequest(xgpush, page));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.on).toBe('page');
    expect(plan.diagnostics.map(({ file, line, column, pointer, message }) => ({ file, line, column, pointer, message }))).toEqual([
      { file: page.file, line: 13, column: 3, pointer: '', message: 'the description of 14 contains the bidirectional control U+202E' },
    ]);
  });

  it('warns at its row of the page too', () => {
    const page = editPage(vendorPage(xgpush), '| 14 | Invalid token. |', '| 14 | Invalid\u200B token. |');
    expect(planned(planImport(importRequest(xgpush, page))).warnings.map(({ file, line, rule }) => ({ file, line, rule }))).toEqual([{ file: page.file, line: 13, rule: 'noInvisibleCharacters' }]);
  });
});

describe('a page in another language, imported without --locale', () => {
  it('is refused at the page, with the --locale that imports it as a translation, and changes nothing', () => {
    const plan = planImport(importRequest(tpns, vendorPage(tpns, 'zh-Hans')));
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.on).toBe('page');
    expect(plan.diagnostics.map(({ rule, file, message, hint }) => ({ rule, file, message, hint }))).toEqual([
      {
        rule: 'pageInTableLanguage',
        file: vendorPage(tpns, 'zh-Hans').file,
        message: "the page is not in the table's default language (en): 70% of its letters are Chinese, Japanese or Korean, against 0% of the table's",
        hint: "If the page is the table in another language, import it into the table's translations: add --locale zh-Hans",
      },
    ]);
  });

  it('named for a language of several scripts (vendor.zh.md), suggests a --locale that names the script', () => {
    const page = { ...vendorPage(tpns, 'zh-Hans'), file: 'vendor.zh.md' };
    const plan = planImport(importRequest(tpns, page));
    expect(plan.ok ? [] : plan.diagnostics.map(({ hint }) => hint)).toEqual([
      "If the page is the table in another language, import it into the table's translations: add --locale zh-Hans (or zh-Hant, whichever script the page is written in)",
    ]);
  });

  it('with --locale, is the translation it is', () => {
    expect(planned(planImport(importRequest(tpns, vendorPage(tpns, 'zh-Hans'), { locale: 'zh-Hans' }))).changed).toBe(false);
  });
});

describe('drift from an edited vendor page, each difference with its bump', () => {
  const page = vendorPage(xgpush);

  it('a code the vendor added: minor; import inserts it after the code listed before it, marked proposed', () => {
    const edited = editPage(page, '| 92 | Too many apptags | Clear unused tags |\n', '| 92 | Too many apptags | Clear unused tags |\n| 93 | Too many tags for the account | Clear unused tags, then try again later |\n');
    const plan = planned(planImport(importRequest(xgpush, edited)));
    expect(summaries(plan)).toEqual([{ kind: 'added', bump: 'minor', summary: 'Added 93 TOO_MANY_TAGS_ACCOUNT' }]);
    expect(plan.bump).toBe('minor');
    const table = JSON.parse(plan.text) as ErrorTable;
    const index = table.codes.findIndex((row) => row.code === 93);
    expect(table.codes[index - 1]!.code).toBe(92);
    expect(table.codes[index]).toEqual({ code: 93, name: 'TOO_MANY_TAGS_ACCOUNT', description: 'Too many tags for the account', solution: 'Clear unused tags, then try again later', retryable: true, category: 'quota', proposed: true });
    const diff = lineDiff(tableText(xgpush), plan.text);
    expect(diff.removed).toEqual([]);
    expect(diff.added.toSorted()).toEqual([
      '    {',
      '      "code": 93,',
      '      "name": "TOO_MANY_TAGS_ACCOUNT",',
      '      "description": "Too many tags for the account",',
      '      "solution": "Clear unused tags, then try again later",',
      '      "retryable": true,',
      '      "category": "quota",',
      '      "proposed": true',
      '    },',
    ].toSorted());
    expect(plan.warnings.map((warning) => `${warning.rule} ${warning.pointer}`)).toEqual([`noUnconfirmedProposals /codes/${index}/proposed`]);
  });

  it('a code the vendor no longer lists: major to remove, minor to deprecate; import keeps it, or deprecates it when asked', () => {
    const edited = editPage(page, /\| 48 \|.*\n/.exec(page.text)![0], '');
    const plan = planned(planImport(importRequest(xgpush, edited)));
    expect(summaries(plan)).toEqual([{ kind: 'missing', bump: 'major', summary: 'Removed 48 ACCOUNT_NOT_BOUND_TO_TOKEN' }]);
    expect(plan.drift[0]!.deprecation).toEqual({ bump: 'minor', summary: 'Deprecated 48 ACCOUNT_NOT_BOUND_TO_TOKEN' });
    expect(plan.changed).toBe(false);
    const deprecating = planned(planImport(importRequest(xgpush, edited, { deprecateMissing: true })));
    expect(deprecating.bump).toBe('minor');
    expect((JSON.parse(deprecating.text) as ErrorTable).codes.find((row) => row.code === 48)!.deprecated).toEqual({ message: "The vendor's documentation no longer lists this code." });
    expect(lineDiff(tableText(xgpush), deprecating.text).removed).toEqual(['      "category": "device"']);
  });

  it('a changed description and a changed solution: patch each; import edits those lines only', () => {
    const edited = editPage(editPage(page, '| 14 | Invalid token. |', '| 14 | Invalid device token. |'), '| Check loop time |', '| Check the loop interval |');
    const plan = planned(planImport(importRequest(xgpush, edited)));
    expect(summaries(plan)).toEqual([
      { kind: 'text', bump: 'patch', summary: 'Changed the description of 14 INVALID_TOKEN' },
      { kind: 'text', bump: 'patch', summary: 'Changed the solution of 78 LOOP_TASK_PARAMETER_ERROR' },
    ]);
    expect(lineDiff(tableText(xgpush), plan.text)).toEqual({
      removed: ['      "description": "Invalid token.",', '      "solution": "Check loop time",'],
      added: ['      "description": "Invalid device token.",', '      "solution": "Check the loop interval",'],
    });
  });

  it('a changed fallback: patch; the curated retryable and category of the fallback stay', () => {
    const edited = editPage(page, '| Others | Internal XGPush errors |', '| Others | Internal errors |');
    const plan = planned(planImport(importRequest(xgpush, edited)));
    expect(summaries(plan)).toEqual([{ kind: 'fallback', bump: 'patch', summary: 'Changed the fallback\'s description from "Internal XGPush errors" to "Internal errors"' }]);
    expect(lineDiff(tableText(xgpush), plan.text)).toEqual({ removed: ['    "description": "Internal XGPush errors",'], added: ['    "description": "Internal errors",'] });
  });

  it('locates each difference: the page row, or for a code the page dropped, the table row', () => {
    const edited = editPage(editPage(page, /\| 48 \|.*\n/.exec(page.text)![0], ''), '| 14 | Invalid token. |', '| 14 | Invalid device token. |');
    const plan = planned(planImport(importRequest(xgpush, edited)));
    const where = plan.drift.map((drift) => `${drift.where.file}:${drift.where.line}:${drift.where.column}`);
    expect(where).toEqual([`schema/tables/${xgpush}.json:${tableText(xgpush).split('\n').findIndex((line) => line.includes('"code": 48')) }:5`, `${page.file}:13:3`]);
  });
});

describe('what import refuses', () => {
  it('a page with problems, reported at file:line:column of the page', () => {
    const edited = editPage(vendorPage(xgpush), '| 14 | Invalid token. |', '| 0x0E | Invalid token. |');
    const plan = planImport(importRequest(xgpush, edited));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect([plan.on, plan.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.rule}`)]).toEqual(['page', [`schema/vendor/${xgpush}.md:13:3 int32Code`]]);
  });

  it('a table that is invalid before the import, reported as validate reports it', () => {
    const request = importRequest(xgpush);
    const plan = planImport({ ...request, table: { ...request.table, text: request.table.text!.replace('"name": "INVALID_TOKEN"', '"name": "invalidToken"') } });
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect([plan.on, plan.diagnostics.map((d) => d.rule)]).toEqual(['table', ['schema']]);
  });
});

/** The vendor pages as the team keeps them beside the repository (../shared/vendor), when they are there. */
const sharedVendor = join(repoRoot, '..', 'shared', 'vendor');

describe.skipIf(!existsSync(sharedVendor))('the snapshots in schema/vendor (skipped without ../shared/vendor)', () => {
  it.each([
    [xgpush, undefined, 'xgpush-server-error-codes.md'],
    [tpns, undefined, 'tpns-android-client-return-codes.en.md'],
    [tpns, 'zh-Hans', 'tpns-android-client-return-codes.zh.md'],
  ])('%s (locale %s) is the vendor page %s', (id, locale, page) => {
    expect(vendorPage(id, locale).text).toBe(readFileSync(join(sharedVendor, page), 'utf8'));
  });
});
