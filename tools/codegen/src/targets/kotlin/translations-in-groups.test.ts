import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErrorTable } from '../../table';
import { fixturesDir } from '../../test-support/fixtures';
import { renderSources, tableSource } from '../../test-support/render';
import { textOf } from '../../render/render-files';
import { kotlinGroupSize } from './target';

/** The translated fixture with `size` more codes, each translated into zh-Hans. */
function translatedTable(size: number): string {
  const file = join(fixturesDir, 'valid', 'translates-texts-falling-back-along-the-bcp-47-chain', 'table.json');
  const table = JSON.parse(readFileSync(file, 'utf8')) as ErrorTable;
  const zhHans = table.translations!['zh-Hans']!;
  const codes = { ...zhHans.codes };
  for (let index = 0; index < size; index += 1) {
    const code = 1000 + index;
    table.codes.push({ code, name: `ERROR_${index}`, description: `Error ${index}`, solution: '', retryable: false, category: 'internal' });
    codes[String(code)] = { description: `错误 ${index}` };
  }
  return JSON.stringify({ ...table, translations: { ...table.translations, 'zh-Hans': { ...zhHans, codes } } });
}

describe('Kotlin translations of more than kotlinGroupSize codes', () => {
  const files = renderSources([tableSource('table', translatedTable(kotlinGroupSize + 100))]);
  const source = textOf(files.find((file) => file.path.endsWith('/FixtureErrorCodeTranslations.kt'))!);

  it('are listed in objects of their own, as a JVM method holds 64 KB and a class 65,535 constants', () => {
    expect(source).toContain('codes = buildMap {\n                putAll(FixtureErrorCodeTranslationsGroup0.codes)\n                putAll(FixtureErrorCodeTranslationsGroup1.codes)\n            },');
    const groups = [...source.matchAll(/private object (FixtureErrorCodeTranslationsGroup\d+) \{\n[^\n]*\n((?:        .*\n)*)    \)/g)];
    // zh-Hans-SG inherits every text of zh-Hans, so it has as many codes and groups of its own.
    expect(groups.map(([, name, entries]) => [name, entries!.split('\n').length - 1])).toEqual([
      ['FixtureErrorCodeTranslationsGroup0', kotlinGroupSize],
      ['FixtureErrorCodeTranslationsGroup1', 105],
      ['FixtureErrorCodeTranslationsGroup2', kotlinGroupSize],
      ['FixtureErrorCodeTranslationsGroup3', 105],
    ]);
    expect(source).toContain('putAll(FixtureErrorCodeTranslationsGroup3.codes)');
    expect(source).toContain('        1000 to FixtureErrorCodeTranslations.Text(description = "错误 0"),');
  });

  it('keep the smaller translations of the same table in one map', () => {
    expect(source).toMatch(/"zh-Hant" to Translation\(\n {12}fallback = [^\n]*\n {12}codes = mapOf\(/);
  });
});
