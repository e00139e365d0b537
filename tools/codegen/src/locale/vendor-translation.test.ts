import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readVendorTable } from '../import/read-vendor-table';
import { repoRoot, vendorPagesFolder } from '../paths';
import { bundledTable, tpns } from '../test-support/bundled-tables';

/**
 * The zh-Hans text of the Android client table is the vendor's own: its Chinese page, read by the importer's GFM
 * reader, gives every code's text and the "Others" row byte for byte, and the table translates nothing else. Until
 * `import --locale` writes the translation, this holds the copy in the table to the page.
 */
const page = `${vendorPagesFolder}/${tpns}.zh-Hans.md`;

describe(`the zh-Hans text of ${tpns}`, () => {
  const reading = readVendorTable(page, readFileSync(join(repoRoot, page), 'utf8'));
  if (!reading.ok) throw new Error(reading.diagnostics.map((d) => d.message).join('\n'));
  const vendor = reading.table;
  const translation = bundledTable(tpns).translations!['zh-Hans']!;

  it('is marked as the vendor\'s', () => {
    expect(translation.origin).toBe('vendor');
  });

  it('has every row of the vendor\'s Chinese page, in its words, and nothing else', () => {
    const expected = Object.fromEntries(vendor.rows.map((row) => [String(row.code), row.solution === '' ? { description: row.description } : { description: row.description, solution: row.solution }]));
    expect(translation.codes).toEqual(expected);
    expect(Object.keys(translation.codes!).sort()).toEqual(bundledTable(tpns).codes.map((row) => String(row.code)).sort());
  });

  it('has the vendor\'s "Others" row as its fallback', () => {
    expect(vendor.fallback).toBeDefined();
    expect(translation.fallback).toEqual({ description: vendor.fallback!.description });
  });
});

const sharedVendor = join(repoRoot, '..', 'shared', 'vendor');

describe.skipIf(!existsSync(sharedVendor))('the snapshot of the Chinese page (skipped without ../shared/vendor)', () => {
  it(`${page} is the vendor page tpns-android-client-return-codes.zh.md`, () => {
    expect(readFileSync(join(repoRoot, page), 'utf8')).toBe(readFileSync(join(sharedVendor, 'tpns-android-client-return-codes.zh.md'), 'utf8'));
  });
});
