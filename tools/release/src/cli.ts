#!/usr/bin/env node
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultTable } from '@errtable/codegen/dist/paths';
import { changesetFileName, renderChangeset } from './changeset/render-changeset';
import { writeChangeset } from './changeset/write-changeset';
import { type Base, compareTable, resolveBase } from './compare-table';
import { requiredBump } from './diff/diff-tables';
import { repositoryRoot } from './git';
import { runGuard } from './guard/run-guard';
import { loadReleasePackages } from './load/load-release-packages';
import { loadTableFile } from './load/load-table';
import { mavenDeployCommand } from './tag/maven-deploy-command';
import { tagRelease } from './tag/tag-release';

const help = `Usage: node tools/release/dist/cli.js <command> [options]   (npm run release:diff | release:check)

Commands:
  diff    Classify every change of the table since the last release (major, minor, patch).
  check   Exit 1 when the table needs a bigger bump than the pending changesets declare.
  tag     Tag HEAD for Go (packages/go/vX.Y.Z) and SwiftPM (X.Y.Z); print the push and Maven commands.

Options:
  --from REF          diff: compare with the table at this git ref instead of the last release tag.
  --from-file FILE    diff: compare with this table file.
  --write-changeset   diff: write .changeset/table-changes-since-<base>.md bumping all four packages.
  --table FILE        The current table. Default: ${defaultTable}
  -h, --help          Show this help.

Exit codes: 0 success; 1 the check failed or git/a table could not be read; 2 usage error.`;

const options = {
  from: { type: 'string' },
  'from-file': { type: 'string' },
  'write-changeset': { type: 'boolean', default: false },
  table: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];

class UsageError extends Error {}

function explicitBase(values: Values): Base | undefined {
  if (values.from !== undefined && values['from-file'] !== undefined) throw new UsageError('pass --from or --from-file, not both');
  if (values['from-file'] !== undefined) return { file: resolve(values['from-file']) };
  return values.from === undefined ? undefined : { ref: values.from };
}

function diff(repo: string, tablePath: string, values: Values): number {
  const base = resolveBase(repo, explicitBase(values));
  if (base === undefined) {
    console.error('No release tag (X.Y.Z) is reachable from HEAD yet. Pass --from REF or --from-file FILE to choose the table to compare with.');
    return 1;
  }
  const { baseLabel, changes } = compareTable(repo, tablePath, base);
  const bump = requiredBump(changes);
  if (bump === undefined) {
    console.log(`${tablePath} has no semantic change since ${baseLabel}; no bump needed.`);
    return 0;
  }
  console.log(`${tablePath} since ${baseLabel}:`);
  for (const change of changes) console.log(`  ${change.bump.padEnd(5)}  ${change.summary}`);
  console.log(`Needs a ${bump} bump.`);
  if (values['write-changeset']) {
    const names = loadReleasePackages(repo).map((pkg) => pkg.name);
    console.log(`Wrote ${writeChangeset(repo, changesetFileName(baseLabel), renderChangeset(names, bump, baseLabel, changes))}`);
  }
  return 0;
}

async function check(repo: string, tablePath: string): Promise<number> {
  const verdict = await runGuard(repo, tablePath);
  for (const line of verdict.report) (verdict.ok ? console.log : console.error)(line);
  return verdict.ok ? 0 : 1;
}

function tag(repo: string, tablePath: string): number {
  const result = tagRelease(repo, tablePath);
  for (const name of result.created) console.log(`Created tag ${name}`);
  for (const name of result.existing) console.log(`Tag ${name} already points at HEAD`);
  console.log(`Nothing was pushed. Publish the tags of ${result.version} with:\n  ${result.pushCommand}`);
  for (const line of mavenDeployCommand(loadTableFile(join(repo, tablePath)), result.version)) console.log(line);
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options, allowPositionals: true });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    console.log(help);
    return values.help ? 0 : 2;
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
  const repo = repositoryRoot(process.cwd());
  const tablePath = relative(repo, resolve(repo, values.table ?? defaultTable));
  if (command === 'diff') return diff(repo, tablePath, values);
  if (command === 'check') return check(repo, tablePath);
  if (command === 'tag') return tag(repo, tablePath);
  throw new UsageError(`unknown command "${command}"; run with --help`);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`error: ${(error as Error).message}`);
    process.exitCode = usage ? 2 : 1;
  },
);
