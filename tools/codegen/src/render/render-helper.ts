import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { Inputs, RenderPart, TableSource } from '../pipeline';
import { targets } from '../targets/registry';
import { Interrupted } from '../write/output-error';
import type { OutputFile } from './render-files';

/**
 * A second thread that renders parts of the plan while this one renders and writes the others: a table of thousands
 * of codes renders for a second or more, and most machines have a core to spare. Both threads build the same parts
 * (`renderParts`) from the same tables, and order them alike (`claimOrder`); each part is claimed once, through an
 * array both see: this thread from the front, the helper from the back, until they meet. The helper sends a part's
 * files as bytes, which this thread writes in that order. Whatever the helper fails to deliver (it crashed, ran out of
 * memory, disagreed on the parts), this thread renders itself: the helper can make a run faster, never different.
 */

/**
 * The parts in the order both threads claim them: the ones with the most codes at both ends, the fewest in the middle
 * (among equal counts, the plan's order decides). Each thread starts on large parts, and the parts claimed last, where
 * the threads meet, are the small ones, so neither thread is left waiting long for the other's last part.
 */
export function claimOrder<Part extends Pick<RenderPart, 'codes'>>(parts: readonly Part[]): Part[] {
  const largestFirst = parts.map((part, index) => ({ part, index })).sort((a, b) => b.part.codes - a.part.codes || a.index - b.index);
  const front = largestFirst.filter((_, rank) => rank % 2 === 0).map(({ part }) => part);
  const back = largestFirst.filter((_, rank) => rank % 2 === 1).map(({ part }) => part);
  return [...front, ...back.reverse()];
}

/** A part's state in the claims array: unclaimed, or whose thread renders it. */
export const unclaimed = 0;
const claimedHere = 1;
export const claimedByHelper = 2;

/** What the helper thread is started with (`workerData`). */
export interface HelperRequest {
  tables: readonly TableSource[];
  selected: readonly string[];
  license: string;
  /** One Int32 per part (at least): the claims. */
  claims: SharedArrayBuffer;
}

/** A file the helper rendered, as UTF-8. */
export interface EncodedFile {
  path: string;
  bytes: Uint8Array;
}

/** What the helper sends: a part's files, its name and how many parts it counted (a mismatch makes them unusable). */
export interface HelperMessage {
  part: number;
  name: string;
  of: number;
  files: EncodedFile[];
}

/**
 * `ERRTABLE_CODEGEN_THREADS`: `1` renders on one thread, `2` always starts the helper (tests); unset, the helper
 * starts on a machine with two cores when the tables rendered hold between these many characters of text (about
 * 3,000 and 50,000 codes). Below, starting a thread costs more than it saves; above, the two threads' heaps (each
 * holds the models and a package's view) would take the run past 1 GB of memory, and their collections take the
 * time the second core saves (bench/RESULTS.md).
 */
export const helperTableText = { minimum: 1_000_000, maximum: 16_000_000 };

/** The helper's entry: beside this file, compiled (`dist/render/`) or bundled (`dist/`); absent when running from sources. */
const workerFile = join(__dirname, 'render-worker.js');

/** Whether this run is worth a second thread (see `helperTableText`). */
export function wantsHelper(inputs: Pick<Inputs, 'tables' | 'selected'>, setting: string | undefined, cores: number, compiled = existsSync(workerFile)): boolean {
  if (setting === '1' || !compiled) return false;
  if (setting === '2') return true;
  const text = inputs.tables.filter((table) => inputs.selected.has(table.id)).reduce((sum, table) => sum + table.text.length, 0);
  return cores >= 2 && text >= helperTableText.minimum && text <= helperTableText.maximum;
}

/** Starts the helper for these inputs when the run is worth it, before validation, which it overlaps. */
export function startRenderHelper(inputs: Inputs, setting = process.env['ERRTABLE_CODEGEN_THREADS']): RenderHelper | undefined {
  if (!wantsHelper(inputs, setting, availableParallelism())) return undefined;
  const claims = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT * partCountBound(inputs));
  const request: HelperRequest = { tables: inputs.tables, selected: [...inputs.selected], license: inputs.license, claims };
  let worker: Worker;
  try {
    // Required here: loading node:worker_threads costs every run, and most (small tables) start no thread.
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads');
    worker = new Worker(workerFile, { workerData: request });
  } catch {
    return undefined; // No thread to be had (a resource limit): the run renders on this one.
  }
  return new RenderHelper(worker, new Int32Array(claims));
}

/** At least as many parts as `renderParts` makes: a package per selected table and language, and four more per table. */
function partCountBound(inputs: Pick<Inputs, 'tables' | 'selected'>): number {
  return inputs.selected.size * targets.length + 4 * inputs.tables.length + 2;
}

/** The main thread's side of the helper. */
export class RenderHelper {
  private readonly arrived = new Map<number, HelperMessage>();
  private readonly waiting = new Map<number, (message: HelperMessage | undefined) => void>();
  private gone = false;
  /** The parts of the plan being rendered, which the helper's must match. */
  private parts: readonly RenderPart[] = [];

  constructor(
    private readonly worker: Pick<Worker, 'on' | 'terminate'>,
    private readonly claims: Int32Array,
  ) {
    worker.on('message', (message: HelperMessage) => this.receive(message));
    worker.on('error', () => this.end());
    worker.on('exit', () => this.end());
  }

  /**
   * The files of `parts`, in the order the helper claims them from (`claimOrder`): the parts this thread claims
   * rendered here, the helper's as it sends them. A signal stops a wait for the helper at once (`Interrupted`), as it
   * stops the writer between files.
   */
  async *render(parts: readonly RenderPart[], signal?: AbortSignal): AsyncGenerator<OutputFile> {
    this.parts = parts;
    for (const [index, part] of parts.entries()) {
      const sent = this.claim(index) ? undefined : await interruptible(this.sentBy(index), signal);
      if (sent === undefined) {
        yield* part.files();
      } else {
        part.delivered?.();
        yield* sent.files;
      }
    }
  }

  /** Stops the helper (it has normally stopped by itself: it stops at the first part it cannot claim). */
  async stop(): Promise<void> {
    this.end();
    await this.worker.terminate();
  }

  /** True when this thread claimed the part; a part beyond the array is this thread's too. */
  private claim(index: number): boolean {
    if (index >= this.claims.length) return true;
    return Atomics.compareExchange(this.claims, index, unclaimed, claimedHere) !== claimedByHelper;
  }

  /** The helper's files for a part it claimed, once sent; undefined when they will never come or are unusable. */
  private sentBy(index: number): Promise<HelperMessage | undefined> {
    const message = this.arrived.get(index);
    this.arrived.delete(index);
    if (message !== undefined || this.gone) return Promise.resolve(this.usable(message));
    return new Promise((resolve) => this.waiting.set(index, (sent) => resolve(this.usable(sent))));
  }

  private usable(message: HelperMessage | undefined): HelperMessage | undefined {
    return message !== undefined && message.of === this.parts.length && message.name === this.parts[message.part]?.name ? message : undefined;
  }

  private receive(message: HelperMessage): void {
    const waiter = this.waiting.get(message.part);
    this.waiting.delete(message.part);
    if (waiter === undefined) this.arrived.set(message.part, message);
    else waiter(message);
  }

  /** The helper is gone: every part it still owes is rendered here. */
  private end(): void {
    this.gone = true;
    for (const resolve of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
  }
}

/** `waiting`, or `Interrupted` as soon as `signal` aborts. */
function interruptible<T>(waiting: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return waiting;
  if (signal.aborted) return Promise.reject(new Interrupted(String(signal.reason)));
  return new Promise((resolve, reject) => {
    const abort = () => reject(new Interrupted(String(signal.reason)));
    signal.addEventListener('abort', abort, { once: true });
    waiting.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}
