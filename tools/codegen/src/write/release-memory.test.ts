import { describe, expect, it } from 'vitest';
import { type OutputFile, textFile } from '../render/render-files';
import { releasingMemory } from './release-memory';

const files: OutputFile[] = [
  textFile('a.txt', 'a\n'),
  textFile('b.txt', 'b\n'),
  textFile('c.txt', 'c\n'),
];

describe('releasingMemory', () => {
  it('passes every file through unchanged and in order', () => {
    expect([...releasingMemory(files)]).toEqual(files);
  });

  it('collects after a file is handled, before the next, only when the heap has grown past 256 MB', () => {
    const events: string[] = [];
    const heapAfter = new Map([
      ['a.txt', 100],
      ['b.txt', 300],
      ['c.txt', 200],
    ]);
    let last = '';
    const memory = { heapUsed: () => heapAfter.get(last)! * 1024 * 1024, collect: () => events.push('collect') };
    for (const file of releasingMemory(files, memory)) {
      last = file.path;
      events.push(`write ${file.path}`);
    }
    expect(events).toEqual(['write a.txt', 'write b.txt', 'collect', 'write c.txt']);
  });
});
