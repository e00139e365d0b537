#!/usr/bin/env node
import { runCli } from './run-cli';
import { userFolder } from './working-folder';

const folder = userFolder(process.env);
try {
  if (folder !== undefined) process.chdir(folder);
} catch (error) {
  process.stderr.write(`error: cannot work from ${folder}, the folder npm was run in (${(error as Error).message}). Run npm from a folder that exists\n`);
  process.exit(2);
}

/**
 * SIGINT, SIGTERM and SIGHUP abort the run instead of killing the process, so it removes its temporary files and
 * releases the output's lock before exiting with 128 + the signal's number (130, 143, 129).
 */
const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const controller = new AbortController();
const stop = (signal: NodeJS.Signals) => controller.abort(signal);
for (const signal of signals) process.on(signal, stop);

void runCli(process.argv.slice(2), undefined, { signal: controller.signal }).then((code) => {
  for (const signal of signals) process.off(signal, stop);
  process.exitCode = code;
});
