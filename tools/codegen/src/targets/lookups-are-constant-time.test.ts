import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTable, repoRoot } from '../paths';
import { renderSources, tableSource } from '../test-support/render';
import { textOf } from '../render/render-files';
import type { ErrorTable } from '../table';
import { swiftSwitchLimit } from './swift/target';

/**
 * Reading a raw code must not scan the table in any language: at 10,000 codes a linear search per lookup is what
 * makes a generated package slow. These tests read the generated lookup paths and check that each goes through a
 * hash map, a dictionary or a switch over the cases (a jump table), never a loop. `npm run bench` also times them.
 */
function generate(size: number): Map<string, string> {
  const real = JSON.parse(require('node:fs').readFileSync(join(repoRoot, defaultTable), 'utf8')) as ErrorTable;
  const codes = Array.from({ length: size }, (_, index) => ({
    code: index * 7 - 5000,
    name: `GENERATED_CODE_${index}`,
    description: `Description ${index}`,
    solution: index % 3 === 0 ? '' : `Solution ${index}`,
    retryable: index % 2 === 0,
    category: 'internal' as const,
    ...(index % 50 === 25 ? { deprecated: { message: 'Gone.', replacement: `GENERATED_CODE_${index - 1}` } } : {}),
  }));
  const files = renderSources([tableSource('xgpush-error-codes', JSON.stringify({ ...real, codes }))]);
  return new Map(files.map((file) => [file.path, textOf(file)]));
}

/** The body of the first declaration that starts with `signature`, up to the line that closes it. */
function body(source: string, signature: string, close = '\n  }'): string {
  const start = source.indexOf(signature);
  expect(start, `${signature} is generated`).toBeGreaterThan(-1);
  return source.slice(start, source.indexOf(close, start) + close.length);
}

const loops = /\b(for|while)\b|\.(find|findIndex|indexOf|filter|first|firstOrNull|some|contains)\(/;

describe('lookups from a raw code at 10,000 codes', () => {
  const files = generate(10_000);
  const file = (suffix: string) => [...files].find(([path]) => path.endsWith(suffix))![1];

  it('TypeScript: a Map from number to entry', () => {
    const source = file('typescript/src/index.ts');
    expect(source).toMatch(/const entries: ReadonlyMap<number, Entry> = \/\* @__PURE__ \*\/ new Map<number, Entry>\(\[/);
    const lookup = body(source, 'export function lookupXGPushErrorCode(code: number', '\n}');
    expect(lookup).toContain('entries.get(code)');
    expect(lookup).not.toMatch(loops);
    expect(body(source, 'export function isXGPushErrorCode(', '\n}')).toContain('entries.has(value)');
  });

  it('Go: a map keyed by Code', () => {
    const source = file('xgpusherr/codes.go');
    expect(source).toContain('var entries = map[Code]entry{');
    const lookup = body(source, 'func (c Code) lookup() entry {', '\n}');
    expect(lookup).toContain('entries[c]');
    expect(lookup).not.toMatch(loops);
    expect(body(source, 'func (c Code) Known() bool {', '\n}')).toContain('entries[c]');
  });

  it('Kotlin: a hash map from the number to its object, filled once', () => {
    const source = file('XGPushErrorCode.kt');
    expect(source).toContain('private val byCode: Map<Int, XGPushErrorCode> by lazy { entries.associateBy { it.code } }');
    expect(source).toContain('public fun fromCode(code: Int): XGPushErrorCode = byCode[code] ?: Unknown(code)');
  });

  it('Swift: a dictionary from the number to its case, a switch from the case to its number, a dictionary from the number to its text', () => {
    const source = file('XGPushErrorCode.swift');
    expect(source).toContain('self = Self.byRawValue[rawValue] ?? .unknown(rawValue)');
    expect(source).toMatch(/private static let byRawValue: \[Int: XGPushErrorCode\] = Dictionary\(uniqueKeysWithValues:/);
    expect(source).toMatch(/private static let entries: \[Int: Entry\] = \{/);
    const rawValue = body(source, 'public var rawValue: Int {', '\n    }');
    expect(rawValue).toMatch(/^\s+switch self \{$/m);
    expect(rawValue).not.toMatch(loops);
    const entry = body(source, 'private var entry: Entry {', '\n    }');
    expect(entry).toContain('Self.entries[rawValue]');
    expect(entry).not.toMatch(loops);
  });
});

describe(`lookups from a raw code at ${swiftSwitchLimit.toLocaleString('en-US')} codes, the most that Swift keeps in a switch`, () => {
  const files = generate(swiftSwitchLimit);
  const source = [...files].find(([path]) => path.endsWith('XGPushErrorCode.swift'))![1];

  it('Swift: a switch from the case to its text, written out as literals, with no JSON to decode', () => {
    const entry = body(source, 'private var entry: Entry {', '\n    }');
    expect(entry).toMatch(/^\s+switch self \{$/m);
    expect(entry).toMatch(/^\s+case \.generatedCode0: return Entry\(name: "GENERATED_CODE_0", description: "Description 0", /m);
    expect(entry).not.toMatch(loops);
    expect(source).not.toContain('JSONDecoder');
  });
});
