import { describe, expect, it } from 'vitest';
import { type OutputFile, textFile } from '../render/render-files';
import { releasingMemory, releasingMemoryAsync } from './release-memory';

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
    const memory = { heapUsed: () => heapAfter.get(last)! * 1024 * 1024, collect: () => events.push('collect'), outputBeforeLooks: 0 };
    for (const file of releasingMemory(files, memory)) {
      last = file.path;
      events.push(`write ${file.path}`);
    }
    expect(events).toEqual(['write a.txt', 'write b.txt', 'collect', 'write c.txt']);
  });

  it('collects again only once the heap has grown 16 MB past what the last collection left alive', () => {
    const events: string[] = [];
    const heapMb = [300, 290, 300, 310, 300, 320];
    let reads = 0;
    const memory = { heapUsed: () => heapMb[Math.min(reads++, heapMb.length - 1)]! * 1024 * 1024, collect: () => events.push('collect'), outputBeforeLooks: 0 };
    const many = ['a', 'b', 'c', 'd', 'e'].map((name) => textFile(`${name}.txt`, ''));
    for (const file of releasingMemory(many, memory)) events.push(file.path);
    // a: 300 > 256, collected, 290 alive; b: 300 <= 306; c: 310 > 306, collected, 300 alive; d: 320 > 316.
    expect(events).toEqual(['a.txt', 'collect', 'b.txt', 'c.txt', 'collect', 'd.txt', 'collect', 'e.txt']);
  });

  it('looks at the heap after every file once the output reaches outputBeforeLooks, and never before', () => {
    const looks: string[] = [];
    let last = '';
    const memory = { heapUsed: () => (looks.push(last), 0), collect: () => undefined, outputBeforeLooks: 10 };
    const sized = [textFile('four.txt', 'abcd'), { path: 'five.bin', bytes: new Uint8Array(5) }, { path: 'two.txt', chunks: ['a', 'b'] }, textFile('empty.txt', '')];
    for (const file of releasingMemory(sized, memory)) last = file.path;
    // 4, then 9: no look; 11 reaches 10 at two.txt; from then on, after every file.
    expect(looks).toEqual(['two.txt', 'empty.txt']);
  });

  it('does the same for files that arrive asynchronously', async () => {
    async function* arriving() {
      for (const file of files) yield file;
    }
    const events: string[] = [];
    let used = 0;
    const memory = { heapUsed: () => used, collect: () => events.push('collect'), outputBeforeLooks: 0 };
    for await (const file of releasingMemoryAsync(arriving(), memory)) {
      events.push(`write ${file.path}`);
      used = file.path === 'a.txt' ? 300 * 1024 * 1024 : 0;
    }
    expect(events).toEqual(['write a.txt', 'collect', 'write b.txt', 'write c.txt']);
  });
});
