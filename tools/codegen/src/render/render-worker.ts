/**
 * The render helper's thread (see `render-helper.ts`): builds the models from the tables' text, as validation would
 * (`JSON.parse`: a valid table is exactly its JSON), and renders the parts it claims, from the last towards the
 * first, until it meets the main thread. Started while the main thread validates: when a table is invalid, the main
 * thread stops it and uses nothing it made.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadCompiledTemplates } from '../load/load-templates';
import { buildModel } from '../model/build-model';
import { templatesDir } from '../paths';
import { renderParts } from '../pipeline';
import type { ErrorTable } from '../table';
import { targets } from '../targets/registry';
import { releasingMemory } from '../write/release-memory';
import { claimedByHelper, claimOrder, type EncodedFile, type HelperMessage, type HelperRequest, unclaimed } from './render-helper';
import { type OutputFile, textOf } from './render-files';

/** The file as bytes of its own, which can move to the main thread (a small Buffer is a view into a shared pool). */
function encodedAlone(file: OutputFile): EncodedFile {
  const bytes = Buffer.from(textOf(file), 'utf8');
  const alone = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return { path: file.path, bytes: alone ? bytes : new Uint8Array(bytes) };
}

function renderClaimedParts({ tables, selected, license, claims }: HelperRequest): void {
  const models = tables.map((source) => buildModel(JSON.parse(source.text) as ErrorTable, source));
  const parts = claimOrder(renderParts(models, { selected: new Set(selected), templates: loadCompiledTemplates(templatesDir, targets), license }));
  const claimed = new Int32Array(claims);
  for (let index = Math.min(parts.length, claimed.length) - 1; index >= 0; index -= 1) {
    if (Atomics.compareExchange(claimed, index, unclaimed, claimedByHelper) !== unclaimed) return;
    const files: EncodedFile[] = [];
    for (const file of releasingMemory(parts[index]!.files())) files.push(encodedAlone(file));
    const message: HelperMessage = { part: index, name: parts[index]!.name, of: parts.length, files };
    parentPort!.postMessage(message, files.map((file) => file.bytes.buffer as ArrayBuffer));
  }
}

renderClaimedParts(workerData as HelperRequest);
