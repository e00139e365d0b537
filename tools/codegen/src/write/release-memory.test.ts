import { describe, expect, it } from 'vitest';
import type { OutputFile } from '../render/render-files';
import { releasingMemory } from './release-memory';

const files: OutputFile[] = [
  { path: 'small.txt', contents: 'small\n' },
  { path: 'large.txt', contents: 'x'.repeat(8 * 1024 * 1024) },
  { path: 'last.txt', contents: 'last\n' },
];

describe('releasingMemory', () => {
  it('passes every file through unchanged and in order', () => {
    expect([...releasingMemory(files)]).toEqual(files);
  });

  it('collects once a large file has been handled, when the next is asked for, and never after a small one', () => {
    const events: string[] = [];
    for (const file of releasingMemory(files, () => events.push('collect'))) events.push(`write ${file.path}`);
    expect(events).toEqual(['write small.txt', 'write large.txt', 'collect', 'write last.txt']);
  });
});
