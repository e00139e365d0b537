import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { tablesDir } from '../paths';
import { inputsFrom, plan, type Plan, type RenderPart } from '../pipeline';
import { tableSource } from '../test-support/render';
import { Interrupted } from '../write/output-error';
import { claimedByHelper, claimOrder, type HelperMessage, type HelperRequest, helperTableText, RenderHelper, wantsHelper } from './render-helper';
import { type OutputFile, textFile, textOf } from './render-files';

/** A part that renders one file, and counts how often it was asked to, and how often the helper delivered it. */
function part(name: string): RenderPart & { rendered: number; delivered: () => void; deliveries: number } {
  const counted = { name, codes: 1, rendered: 0, deliveries: 0, files: () => [] as OutputFile[], delivered: () => {} };
  counted.files = () => {
    counted.rendered += 1;
    return [textFile(`${name}.txt`, `${name} rendered here\n`)];
  };
  counted.delivered = () => {
    counted.deliveries += 1;
  };
  return counted;
}

/** A stand-in for the helper's thread: the test claims parts for it and sends its messages. */
function fakeHelper(partCount: number) {
  const worker = Object.assign(new EventEmitter(), { terminate: async () => 0 });
  const claims = new Int32Array(new SharedArrayBuffer(4 * partCount));
  const send = (message: Partial<HelperMessage> & { part: number }, parts: readonly RenderPart[]) => {
    const files = [{ path: `${parts[message.part]!.name}.txt`, bytes: Buffer.from(`${parts[message.part]!.name} rendered by the helper\n`) }];
    worker.emit('message', { name: parts[message.part]!.name, of: parts.length, files, ...message });
  };
  /** Only `on` and `terminate` are used: the helper's events, and stopping it. */
  return { worker, claims, helper: new RenderHelper(worker as unknown as Worker, claims), send };
}

async function collect(files: AsyncIterable<OutputFile>): Promise<string[]> {
  const texts: string[] = [];
  for await (const file of files) texts.push(textOf(file));
  return texts;
}

describe('RenderHelper', () => {
  it('yields every part in the plan\'s order: its own claims rendered here, the helper\'s as the helper sends them', async () => {
    const parts = ['a', 'b', 'c', 'd'].map(part);
    const { claims, helper, send } = fakeHelper(parts.length);
    claims[3] = claimedByHelper;
    claims[2] = claimedByHelper;
    send({ part: 3 }, parts);
    const rendering = collect(helper.render(parts));
    setTimeout(() => send({ part: 2 }, parts), 10);
    expect(await rendering).toEqual(['a rendered here\n', 'b rendered here\n', 'c rendered by the helper\n', 'd rendered by the helper\n']);
    expect(parts.map((p) => p.rendered)).toEqual([1, 1, 0, 0]);
    expect(parts.map((p) => p.deliveries), 'a part the helper delivered is told so (a package lets go of its vectors)').toEqual([0, 0, 1, 1]);
  });

  it('stops waiting for the helper when the run is interrupted', async () => {
    const parts = ['a', 'b'].map(part);
    const { claims, helper } = fakeHelper(parts.length);
    claims[1] = claimedByHelper;
    const controller = new AbortController();
    const texts: string[] = [];
    const rendering = (async () => {
      for await (const file of helper.render(parts, controller.signal)) texts.push(textOf(file));
    })();
    setTimeout(() => controller.abort('SIGINT'), 10);
    await expect(rendering).rejects.toThrow(new Interrupted('SIGINT'));
    expect(texts).toEqual(['a rendered here\n']);
  });

  it('renders a part itself when the helper claimed it and then stopped without sending it', async () => {
    const parts = ['a', 'b'].map(part);
    const { worker, claims, helper } = fakeHelper(parts.length);
    claims[1] = claimedByHelper;
    const rendering = collect(helper.render(parts));
    setTimeout(() => worker.emit('exit', 1), 10);
    expect(await rendering).toEqual(['a rendered here\n', 'b rendered here\n']);
  });

  it('renders a part itself when the helper counted other parts, or named the part otherwise', async () => {
    const parts = ['a', 'b', 'c'].map(part);
    const { claims, helper, send } = fakeHelper(parts.length);
    claims[1] = claimedByHelper;
    claims[2] = claimedByHelper;
    send({ part: 1, of: 4 }, parts);
    send({ part: 2, name: 'a' }, parts);
    expect(await collect(helper.render(parts))).toEqual(['a rendered here\n', 'b rendered here\n', 'c rendered here\n']);
  });

  it('claims every part it reaches first, so the helper never renders it too', async () => {
    const parts = ['a', 'b', 'c'].map(part);
    const { claims, helper } = fakeHelper(2);
    await collect(helper.render(parts));
    expect([...claims]).toEqual([1, 1]);
    expect(parts.map((p) => p.rendered)).toEqual([1, 1, 1]);
  });
});

describe('claimOrder', () => {
  const order = (codes: Record<string, number>) => claimOrder(Object.entries(codes).map(([name, count]) => ({ name, codes: count }))).map((part) => part.name);

  it('puts the parts with the most codes at both ends and the fewest in the middle, where the threads meet', () => {
    expect(order({ ts: 10_000, go: 10_000, kotlin: 10_000, swift: 10_000, workspace: 0, page: 10_000, index: 10_000, schema: 0 })).toEqual(['ts', 'kotlin', 'page', 'workspace', 'schema', 'index', 'swift', 'go']);
    expect(order({ small: 30, large: 10_000, medium: 500, none: 0, larger: 20_000 })).toEqual(['larger', 'medium', 'none', 'small', 'large']);
  });

  it('keeps every part once; among parts of one size, the plan\'s order decides which end each goes to', () => {
    const parts = Array.from({ length: 9 }, (_, index) => ({ name: `p${index}`, codes: index % 3 }));
    const ordered = claimOrder(parts);
    expect([...ordered].sort((a, b) => a.name.localeCompare(b.name))).toEqual(parts);
    expect(ordered.map((part) => part.name)).toEqual(['p2', 'p8', 'p4', 'p0', 'p6', 'p3', 'p7', 'p1', 'p5']);
  });
});

describe('wantsHelper', () => {
  const tables = (length: number) => ({ tables: [tableSource('big', 'x'.repeat(length)), tableSource('small', '{}')], selected: new Set(['big']) });

  it('starts a helper for large tables on two cores or more, not for huge ones, and as ERRTABLE_CODEGEN_THREADS says', () => {
    expect(wantsHelper(tables(helperTableText.maximum), undefined, 2, true)).toBe(true);
    expect(wantsHelper(tables(helperTableText.maximum + 1), undefined, 2, true)).toBe(false);
    expect(wantsHelper(tables(helperTableText.minimum), undefined, 2, true)).toBe(true);
    expect(wantsHelper(tables(helperTableText.minimum - 3), undefined, 2, true)).toBe(false);
    expect(wantsHelper(tables(helperTableText.minimum), undefined, 1, true)).toBe(false);
    expect(wantsHelper(tables(helperTableText.minimum), '1', 8, true)).toBe(false);
    expect(wantsHelper(tables(10), '2', 1, true)).toBe(true);
    expect(wantsHelper(tables(helperTableText.minimum), '2', 8, false), 'no compiled helper (running from sources)').toBe(false);
  });

  it('counts only the tables whose packages are rendered', () => {
    const unselected = { ...tables(helperTableText.minimum), selected: new Set(['small']) };
    expect(wantsHelper(unselected, undefined, 2, true)).toBe(false);
  });
});

const dist = join(__dirname, '..', '..', 'dist');
const workers = { compiled: join(dist, 'render', 'render-worker.js'), bundled: join(dist, 'render-worker.js') };

describe('the helper thread (dist/render/render-worker.js and the bundled dist/render-worker.js, built by npm run build:codegen)', () => {
  it.each(Object.entries(workers))('renders (%s), when it claims every part, exactly the files this thread renders', async (_, workerFile) => {
    expect(existsSync(workerFile), `${workerFile} is missing: run npm run build:codegen`).toBe(true);
    const read = (id: string) => tableSource(id, readFileSync(join(tablesDir, `${id}.json`), 'utf8'));
    const inputs = inputsFrom([read('xgpush-error-codes'), read('tpns-android-client-return-codes')]);
    const planned = plan(inputs) as Plan;
    const claims = new SharedArrayBuffer(4 * planned.parts.length);
    const request: HelperRequest = { tables: inputs.tables, selected: [...inputs.selected], license: inputs.license, claims };
    const worker = new Worker(workerFile, { workerData: request });
    const helper = new RenderHelper(worker, new Int32Array(claims));
    await new Promise((resolve) => worker.once('exit', resolve));
    expect([...new Int32Array(claims)].every((claim) => claim === claimedByHelper), 'the helper claimed every part').toBe(true);
    const sent: OutputFile[] = [];
    for await (const file of helper.render(claimOrder(planned.parts))) sent.push(file);
    expect(sent.every((file) => 'bytes' in file), 'every part came from the helper, which ordered them as this thread did').toBe(true);
    expect(sent.map((file) => [file.path, textOf(file)])).toEqual(claimOrder(planned.parts).flatMap((part) => [...part.files()].map((file) => [file.path, textOf(file)])));
  });
});
