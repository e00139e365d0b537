/**
 * Runs the pipeline in this process `runs` times on one table, each stage timed, and prints the times as JSON on
 * stdout. A process of its own, so that the benchmark's own heap does not weigh on the stages it times.
 * Usage: node stages-child.js TABLE RUNS WORKDIR
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { timeStages } from './stages';

const [table, runs, workDir] = process.argv.slice(2);
if (table === undefined || runs === undefined || workDir === undefined) throw new Error('usage: stages-child.js TABLE RUNS WORKDIR');
const results = [];
for (let run = 0; run < Number(runs); run += 1) {
  const outDir = mkdtempSync(join(workDir, 'stages-'));
  results.push(timeStages(table, outDir));
  rmSync(outDir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
