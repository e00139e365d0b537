#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { tablesFolder } from '@errtable/codegen/dist/paths';
import { writeChangeset } from './changeset/write-changeset';
import type { ExplicitBase } from './compare-table';
import { runDiff } from './diff/run-diff';
import { repositoryRoot } from './git';
import { runGuard } from './guard/run-guard';
import { tagRelease } from './tag/tag-release';
import { UsageError } from './usage-error';

const help = `Usage: node tools/release/dist/cli.js <command> [options]   (npm run release:diff | release:check)

Commands:
  diff    Classify every change of each table since its last release (major, minor, patch), and what the
          repository's Swift package needs.
  check   Exit 1 when .changeset/config.json lacks a table's fixed group, or a table (or the Swift package)
          needs a bigger bump than the pending changesets and versions declare.
  tag     Tag HEAD for every table whose version is not released yet (tables/<id>/vX.Y.Z, each language's own
          tags such as packages/<id>/go/vX.Y.Z) and for SwiftPM (X.Y.Z); print the push and publish commands.

Options:
  --table ID          Only this table of ${tablesFolder} (its id, or its path there); repeatable. Default: every table.
  --from REF          diff: compare with the tables at this git ref instead of each table's last release.
  --from-file FILE    diff: compare the one --table with this table file.
  --write-changeset   diff: write one changeset per changed table (.changeset/table-changes-<id>-since-<base>.md)
                      bumping its packages and the Swift package.
  -h, --help          Show this help.

Exit codes: 0 success; 1 the check failed or git/a table could not be read; 2 usage error.`;

const options = {
  from: { type: 'string' },
  'from-file': { type: 'string' },
  'write-changeset': { type: 'boolean', default: false },
  table: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

type Values = ReturnType<typeof parseArgs<{ options: typeof options }>>['values'];

function explicitBase(values: Values): ExplicitBase | undefined {
  if (values.from !== undefined && values['from-file'] !== undefined) throw new UsageError('pass --from or --from-file, not both');
  if (values['from-file'] !== undefined) {
    if (values.table?.length !== 1) throw new UsageError('--from-file compares one table: name it with --table ID');
    return { file: resolve(values['from-file']) };
  }
  return values.from === undefined ? undefined : { ref: values.from };
}

function diff(repo: string, tables: readonly string[], values: Values): number {
  const report = runDiff(repo, tables, explicitBase(values));
  for (const line of report.lines) console.log(line);
  if (values['write-changeset']) {
    if (report.changesets.length === 0) console.log('No changeset to write.');
    for (const { fileName, contents } of report.changesets) console.log(`Wrote ${writeChangeset(repo, fileName, contents)}`);
  }
  return 0;
}

async function check(repo: string, tables: readonly string[]): Promise<number> {
  const verdict = await runGuard(repo, tables);
  for (const line of verdict.report) (verdict.ok ? console.log : console.error)(line);
  return verdict.ok ? 0 : 1;
}

function tag(repo: string, tables: readonly string[]): number {
  const result = tagRelease(repo, tables);
  for (const name of result.created) console.log(`Created tag ${name}`);
  for (const name of result.existing) console.log(`Tag ${name} already points at HEAD`);
  for (const { tableId, version, tag: released } of result.unchanged) console.log(`Table ${tableId} is unchanged: ${version} was released by ${released}`);
  const releases = result.released.map(({ tableId, version }) => `${tableId} ${version}`).join(', ');
  console.log(`Nothing was pushed. Publish the tags${releases === '' ? '' : ` of ${releases}`} with:\n  ${result.pushCommand}`);
  for (const line of result.publishSteps) console.log(line);
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
  const tables = values.table ?? [];
  if (command === 'diff') return diff(repo, tables, values);
  if (command === 'check') return check(repo, tables);
  if (command === 'tag') return tag(repo, tables);
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
