/**
 * Runs the pipeline in this process `runs` times on the tables given (none: every table in schema/tables), each stage
 * timed, and prints the times as JSON on stdout. A process of its own, so that the benchmark's own heap does not
 * weigh on the stages it times. The first run also checks that the stages render the files the pipeline plans.
 * Usage: node stages-child.js RUNS WORKDIR [TABLE...]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { timeStages } from './stages';

const [runs, workDir, ...tables] = process.argv.slice(2);
if (runs === undefined || workDir === undefined) throw new Error('usage: stages-child.js RUNS WORKDIR [TABLE...]');
const results = [];
for (let run = 0; run < Number(runs); run += 1) {
  const outDir = mkdtempSync(join(workDir, 'stages-'));
  results.push(timeStages(tables, outDir, run === 0));
  rmSync(outDir, { recursive: true, force: true });
}
process.stdout.write(JSON.stringify(results));
