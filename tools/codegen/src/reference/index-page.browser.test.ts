/**
 * The committed `docs/reference/index.html` in a real browser: Debian's Chromium (installed by
 * tools/toolchains/chromium.sh), driven by playwright-core, the page opened from file:// as a reader opens it.
 * What each test expects is computed from the tables in schema/tables, with the page's documented search rule.
 * Screenshots and the tests' times go to artifacts/browser/ (ignored by git).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadReleaseVersion } from '../load/load-version';
import { buildModel, type Model } from '../model/build-model';
import { repoRoot, tablesDir, tablesFolder } from '../paths';
import type { ErrorTable } from '../table';
import { translatedTexts } from './translated-texts';
import { codeAnchor, indexAnchor, indexPagePath, tablePageUrl } from './links';

const artifacts = join(repoRoot, 'artifacts', 'browser');
const pageUrl = pathToFileURL(join(repoRoot, indexPagePath)).href;

/** Chromium's path from the project's script, or why there is none (then every test here is skipped, loudly). */
function findChromium(): { path: string } | { reason: string } {
  try {
    return { path: execFileSync(join(repoRoot, 'tools', 'toolchains', 'chromium.sh'), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 20 * 60_000 }).trim() };
  } catch (error) {
    return { reason: `tools/toolchains/chromium.sh failed (${(error as Error).message.split('\n')[0]}); its reason is printed above` };
  }
}

const found = findChromium();
if ('reason' in found) {
  const line = '!'.repeat(100);
  console.warn(`\n${line}\n!!! SKIPPED: the browser tests of ${indexPagePath} did NOT run: no Chromium.\n!!! ${found.reason}\n${line}\n`);
}

/** The tables as the page lists them: by id, each code ascending. */
const models: Model[] = readdirSync(tablesDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => {
    const id = name.slice(0, -'.json'.length);
    const table = JSON.parse(readFileSync(join(tablesDir, name), 'utf8')) as ErrorTable;
    return buildModel(table, { id, tableFile: `${tablesFolder}/${name}`, version: '0.0.0' });
  });
const rows = models.flatMap((model) => model.codes.map((code) => ({ model, code, anchor: indexAnchor(model.id, code.code), translations: translatedTexts(model, code) })));
type Row = (typeof rows)[number];

/** Whether `text` holds `word`; a number word only as a whole number (not the 2 of -112), when `wholeNumbers`. */
function holds(text: string, word: string, wholeNumbers: boolean): boolean {
  if (!wholeNumbers || !/^[-+]?\d+$/.test(word)) return text.includes(word);
  return new RegExp(`(^|[^\\d])${word.replace('+', '\\+')}($|[^\\d])`).test(text);
}

/**
 * The page's rule: a number finds that code; words find the codes whose name, texts (in any language), category or
 * deprecation hold every one, a number word as a whole number (`wholeNumbers` false: as any substring).
 */
function matches({ code, translations }: Row, query: string, wholeNumbers = true): boolean {
  if (/^[-+]?\d+$/.test(query)) return code.code === Number(query);
  const deprecation = code.deprecated === undefined ? '' : `${code.deprecated.message}${code.deprecated.replacement === undefined ? '' : ` Use ${code.deprecated.replacement} instead.`}`;
  const translated = translations.flatMap((text) => [text.description, text.solution]);
  const text = [code.code, code.name, code.name.replaceAll('_', ' '), code.description, code.solution, code.category, code.category.replaceAll('_', ' '), deprecation, ...translated].join('\n').toLowerCase();
  return query.toLowerCase().split(/\s+/).every((word) => holds(text, word, wholeNumbers));
}

const anchorsOf = (selected: readonly Row[]) => selected.map((row) => row.anchor);

describe.skipIf('reason' in found)(`${indexPagePath} in Chromium`, () => {
  let browser: Browser;
  let context: BrowserContext;
  let problems: string[];
  let started: number;
  const times: Record<string, number> = {};

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    browser = await chromium.launch({
      executablePath: (found as { path: string }).path,
      // No background requests of Chromium's own (updates, sync, safe browsing): the machine's network is closed.
      args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    writeFileSync(join(artifacts, 'times.json'), `${JSON.stringify(times, null, 2)}\n`);
  });

  beforeEach(() => {
    problems = [];
    started = performance.now();
  });

  afterEach(async (test) => {
    await context?.close();
    times[test.task.name] = Math.round(performance.now() - started);
    expect(problems, 'console errors, page errors and requests other than the page itself').toEqual([]);
  });

  /** Opens the page from file://, recording console errors, page errors and every request that is not the page. */
  async function open(hash = '', colorScheme: 'light' | 'dark' = 'light', width = 1000): Promise<Page> {
    context = await browser.newContext({ colorScheme, viewport: { width, height: 800 } });
    context.on('request', (request) => {
      // The page itself, and its icon: an empty data: URL, which names its content rather than fetching it.
      const url = request.url();
      if (url.split('#')[0] !== pageUrl && url !== 'data:,') problems.push(`request: ${url}`);
    });
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(`${pageUrl}${hash}`);
    return page;
  }

  /** The id of the focused element (the page's own script runs in the browser; these expressions too). */
  const activeId = 'document.activeElement?.id';
  const shown = (page: Page) => page.$$eval('#codes > li', (items) => items.map((item) => item.id));
  const status = (page: Page) => page.textContent('#status');
  /** The status once typing has paused long enough for it to be announced (the page waits 500 ms). */
  const settledStatus = async (page: Page) => {
    await page.waitForTimeout(700);
    return status(page);
  };

  async function axeViolations(page: Page): Promise<string[]> {
    await page.evaluate(readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
    const results = await page.evaluate<AxeResults>('axe.run()');
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }

  it('lists every code of every table from file://, in standards mode', async () => {
    const page = await open();
    expect(await page.evaluate('document.compatMode')).toBe('CSS1Compat');
    expect(await shown(page)).toEqual(anchorsOf(rows));
    await expect.poll(() => status(page)).toBe(`${rows.length} of ${rows.length} codes.`);
    await page.screenshot({ path: join(artifacts, 'index-light.png') });
  });

  it('searching "token" shows exactly the codes whose text holds it', async () => {
    const page = await open();
    await page.fill('#q', 'token');
    const expected = anchorsOf(rows.filter((row) => matches(row, 'token')));
    expect(expected.length).toBeGreaterThan(0);
    expect(await shown(page)).toEqual(expected);
    await page.screenshot({ path: join(artifacts, 'search-token.png'), fullPage: true });
  });

  it('searching words of a translation shows the codes whose text in that language holds them, in that language', async () => {
    const translatedRow = rows.find((row) => row.translations.length > 0);
    expect(translatedRow, 'a bundled table carries a translation').toBeDefined();
    const { locale, description } = translatedRow!.translations[0]!;
    const query = [...description].slice(0, 4).join('');
    const page = await open();
    await page.fill('#q', query);
    expect(await shown(page)).toEqual(anchorsOf(rows.filter((row) => matches(row, query))));
    const texts = await page.locator(`[id="${translatedRow!.anchor}"] dd[lang="${locale}"]`).allTextContents();
    expect(texts.some((text) => text.startsWith(description))).toBe(true);
  });

  it('a number shows that code of every table, and says when no table lists it', async () => {
    const page = await open();
    for (const query of [...new Set(rows.map((row) => String(row.code.code)))]) {
      await page.fill('#q', query);
      expect(await shown(page), query).toEqual(anchorsOf(rows.filter((row) => matches(row, query))));
    }
    const unlisted = Math.max(...rows.map((row) => row.code.code)) + 1;
    await page.fill('#q', String(unlisted));
    expect(await shown(page)).toEqual([]);
    expect(await settledStatus(page)).toContain(`No table lists ${unlisted}`);

    // A pasted log fragment that no text holds shows the listed codes among its numbers.
    const pasted = rows.find((row) => rows.filter((other) => other.code.code === row.code.code).length === 1)!;
    await page.fill('#q', `code=${pasted.code.code}: rejected`);
    expect(await shown(page)).toEqual([pasted.anchor]);
    expect(await settledStatus(page)).toBe(`No code's text holds "code=${pasted.code.code}: rejected": the code among its numbers.`);
    // A whole log line: the code after errCode=, never the numbers of its date or time (the tables list -1, -2, 20).
    await page.fill('#q', `2024-01-02 12:00:20.123 W/Push: register failed errCode=${pasted.code.code}`);
    expect(await shown(page)).toEqual([pasted.anchor]);
    // Numbers glued to letters are no codes: 0x10 is not 0 (both tables list 0), 48ms not 48.
    await page.fill('#q', `errCode=0x10 after ${Math.abs(pasted.code.code)}ms`);
    expect(await shown(page)).toEqual([]);

    // A listed code the filters hide is never reported as unlisted.
    const hiddenRow = rows.find((row) => rows.filter((other) => other.code.code === row.code.code).length === 1)!;
    await page.selectOption('#retryable', hiddenRow.code.retryable ? 'no' : 'yes');
    await page.fill('#q', String(hiddenRow.code.code));
    expect(await shown(page)).toEqual([]);
    expect(await settledStatus(page)).toBe(`0 of ${rows.length} codes: the filters hide the code the search finds. Clear the filters to see it.`);
  });

  it('a number among words is held as a whole number: "the 2" does not find the 2 of -112 or 20', async () => {
    const queries = [...new Set(rows.map((row) => `the ${Math.abs(row.code.code) % 10}`))];
    const differing = queries.filter((query) => rows.some((row) => matches(row, query) !== matches(row, query, false)));
    expect(differing.length, 'some query where substrings and whole numbers differ').toBeGreaterThan(0);
    const page = await open();
    for (const query of queries) {
      await page.fill('#q', query);
      const found = rows.filter((row) => matches(row, query));
      // When no text holds the words, the page shows the codes among the query's numbers, as for a pasted log line.
      const expected = found.length > 0 ? found : rows.filter((row) => Number(query.split(' ')[1]) === row.code.code);
      expect(await shown(page), query).toEqual(anchorsOf(expected));
    }
  });

  it('announces the status once typing pauses, not at every key', async () => {
    const page = await open();
    await page.evaluate(`window.announced = []; new MutationObserver(() => window.announced.push(document.getElementById('status').textContent)).observe(document.getElementById('status'), { childList: true, characterData: true, subtree: true })`);
    await page.locator('#q').pressSequentially('token', { delay: 40 });
    await expect.poll(() => page.evaluate('window.announced.length'), { timeout: 3000 }).toBe(1);
    await page.waitForTimeout(700);
    const count = rows.filter((row) => matches(row, 'token')).length;
    expect(await page.evaluate('window.announced')).toEqual([`${count} of ${rows.length} codes.`]);
  });

  it('each filter shows exactly the codes it selects', async () => {
    const page = await open();
    const filters: [string, string, (row: Row) => boolean][] = [
      ...models.map((model): [string, string, (row: Row) => boolean] => ['#table', model.id, (row) => row.model === model]),
      ...[...new Set(models.flatMap((model) => model.categories))].map((category): [string, string, (row: Row) => boolean] => ['#category', category, (row) => row.code.category === category]),
      ['#retryable', 'yes', (row) => row.code.retryable],
      ['#retryable', 'no', (row) => !row.code.retryable],
      ['#deprecated', 'yes', (row) => row.code.deprecated !== undefined],
      ['#deprecated', 'no', (row) => row.code.deprecated === undefined],
    ];
    for (const [select, value, selects] of filters) {
      await page.selectOption(select, value);
      expect(await shown(page), `${select} = ${value}`).toEqual(anchorsOf(rows.filter(selects)));
      await page.selectOption(select, '');
    }
    await page.selectOption('#retryable', 'yes');
    await page.fill('#q', 'try');
    expect(await shown(page), 'a filter and a search together').toEqual(anchorsOf(rows.filter((row) => row.code.retryable && matches(row, 'try'))));
    await page.click('button[type=reset]');
    // The page renders after the form's fields are reset, a task after the reset event: wait for it.
    await expect.poll(() => shown(page)).toEqual(anchorsOf(rows));
  });

  it('opening #<anchor> shows, highlights and focuses that code, with how each language names it', async () => {
    const row = rows.find((candidate) => candidate.code.code === 48) ?? rows[0]!;
    const page = await open(`#${row.anchor}`);
    const card = page.locator(`[id="${row.anchor}"]`);
    await expect.poll(() => card.getAttribute('aria-current')).toBe('true');
    expect(await card.getAttribute('class')).toContain('selected');
    expect(await page.evaluate(activeId)).toBe(row.anchor);
    expect(await card.isVisible()).toBe(true);
    expect(await page.$$eval('.selected', (items) => items.length)).toBe(1);
    const snippets = await card.locator('pre').allTextContents();
    expect(snippets).toEqual(row.model.targets.map((target) => `${target.usage.importLine(row.model)}\n\n${target.usage.naming(row.model, row.code.name)}`));
    // The table's page as the packages link it: rendered, at the table's release, at the code's heading.
    const release = loadReleaseVersion(repoRoot, row.model.id, row.model.targets);
    expect(await card.locator('.usage a').getAttribute('href')).toBe(`${tablePageUrl({ ...row.model, version: release })}#${codeAnchor(row.code)}`);

    // A link to a code the search hides clears the search and the filters.
    const other = rows.find((candidate) => candidate !== row)!;
    await page.fill('#q', 'no-such-word');
    await page.selectOption('#retryable', other.code.retryable ? 'no' : 'yes');
    await page.evaluate(`location.hash = ${JSON.stringify(other.anchor)}`);
    await expect.poll(() => page.locator(`[id="${other.anchor}"]`).getAttribute('aria-current')).toBe('true');
    expect(await page.inputValue('#q')).toBe('');
    expect(await shown(page)).toEqual(anchorsOf(rows));
  });

  it('is usable from the keyboard: / to search, Tab to a code, Enter to select it, Esc to clear', async () => {
    const page = await open();
    await page.keyboard.press('/');
    expect(await page.evaluate(activeId)).toBe('q');
    await page.keyboard.type('token');
    const first = anchorsOf(rows.filter((row) => matches(row, 'token')))[0]!;
    const focusedLink = () => page.evaluate<string | null>("document.activeElement?.closest('#codes > li')?.id ?? null");
    for (let presses = 0; presses < 12 && (await focusedLink()) === null; presses += 1) await page.keyboard.press('Tab');
    expect(await focusedLink()).toBe(first);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate('decodeURIComponent(location.hash)')).toBe(`#${first}`);
    expect(await page.evaluate(activeId)).toBe(first);
    expect(await page.locator(`[id="${first}"]`).getAttribute('aria-current')).toBe('true');
    // Enter in the search goes to the first result.
    await page.focus('#q');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(activeId)).toBe(first);
    await page.focus('#q');
    await page.keyboard.press('Escape');
    expect(await page.inputValue('#q')).toBe('');
    expect(await shown(page)).toEqual(anchorsOf(rows));
  });

  it('fits a 320-pixel-wide screen, a selected code and its translations included (no sideways scrolling)', async () => {
    const row = rows.find((candidate) => candidate.translations.length > 0) ?? rows[0]!;
    const page = await open(`#${row.anchor}`, 'light', 320);
    await expect.poll(() => page.locator('.selected').count()).toBe(1);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(artifacts, 'selected-code-320px.png'), fullPage: true });
  });

  it("names each code's heading once for a screen reader: number, name and (with several tables) its table", async () => {
    const page = await open();
    const row = rows.find((candidate) => candidate.model === models.at(-1)) ?? rows[0]!;
    const name = `${row.code.code} ${row.code.name}${models.length > 1 ? `, ${row.model.title}` : ''}`;
    expect(await page.getByRole('heading', { level: 2, name, exact: true }).count()).toBe(1);
  });

  it('the skip link goes to the codes without a message about code links', async () => {
    const page = await open();
    await page.focus('a.skip');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(activeId)).toBe('codes');
    await expect.poll(() => status(page)).toBe(`${rows.length} of ${rows.length} codes.`);
  });

  it.each(['light', 'dark'] as const)('axe finds no serious or critical violation, %s', async (scheme) => {
    const row = rows.find((candidate) => candidate.code.code === 48) ?? rows[0]!;
    const page = await open(`#${row.anchor}`, scheme);
    await expect.poll(() => page.locator('.selected').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    const background = await page.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    const [red = 0, green = 0, blue = 0] = (background.match(/\d+/g) ?? []).map(Number);
    const brightness = (red + green + blue) / 3;
    expect(scheme === 'dark' ? brightness < 64 : brightness > 192, `${scheme} background ${background}`).toBe(true);
    await page.screenshot({ path: join(artifacts, `selected-code-${scheme}.png`) });
  });
});
