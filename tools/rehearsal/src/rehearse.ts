#!/usr/bin/env node
/**
 * The release rehearsal (`npm run release:rehearse`, docs/releasing.md): a temporary clone of this repository makes two
 * real releases, to registries started on 127.0.0.1 by this script and stopped at its end: npm to Verdaccio, Kotlin
 * with its sources, javadoc and signatures to a local Maven repository, Go to a module proxy folder, Swift from its tag
 * through a file:// git URL. After each, four apps install the release by its version number and check its
 * conformance vectors; the second release adds a code, and the upgraded apps see it.
 *
 * ERRTABLE_REHEARSAL_KEEP=1 keeps the work folder for a look afterwards.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkConsumers } from './consumers';
import { type Rehearsal, release, verifySignatures } from './release';
import { log, run, showLines } from './run';
import { startVerdaccio } from './verdaccio';

/** The table the apps use; the second release adds a code to it. */
const tableId = 'xgpush-error-codes';

/** A clone of the committed state of this repository (its tags included), with an identity to commit as. */
function cloneRepository(source: string, into: string): void {
  run('git', ['clone', '--quiet', source, into], { cwd: tmpdir() });
  run('git', ['config', 'user.name', 'Release rehearsal'], { cwd: into });
  run('git', ['config', 'user.email', 'rehearsal@errtable.invalid'], { cwd: into });
  log('clone', `${source} at ${run('git', ['rev-parse', '--short', 'HEAD'], { cwd: into }).trim()} into ${into}; npm ci`);
  run('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: into });
}

/** A signing key made for this run only: no passphrase, gone with the work folder. */
function throwawayKey(gnupg: string): void {
  mkdirSync(gnupg, { recursive: true, mode: 0o700 });
  run('gpg', ['--batch', '--passphrase', '', '--quick-gen-key', 'errtable release rehearsal <rehearsal@errtable.invalid>', 'ed25519', 'sign', '1d'], { cwd: gnupg, env: { GNUPGHOME: gnupg } });
  log('gpg', 'throwaway signing key made');
}

function writeFirstChangeset(repo: string): void {
  writeFileSync(join(repo, '.changeset', 'rehearsal-first-release.md'), `---\n"@errtable/${tableId}": patch\n"@errtable/swift": patch\n---\n\nRelease rehearsal: the first release.\n`);
}

/** Adds a code above the highest one, as a vendor would, and writes its changeset from the table's semantic diff. */
function addCode(repo: string): string {
  const file = join(repo, 'schema', 'tables', `${tableId}.json`);
  const table = JSON.parse(readFileSync(file, 'utf8')) as { codes: { code: number }[]; fallback: { category: string } };
  const name = 'ADDED_BY_THE_REHEARSAL';
  const code = Math.max(...table.codes.map((row) => row.code)) + 1;
  table.codes.push({ code, name, description: 'A code the second release adds', solution: 'Upgrade to see it', retryable: false, category: table.fallback.category } as { code: number });
  writeFileSync(file, `${JSON.stringify(table, null, 2)}\n`);
  const diff = run('npm', ['run', '--silent', 'release:diff', '--', '--write-changeset'], { cwd: repo });
  log('release', `added ${code} ${name} to ${tableId}; npm run release:diff -- --write-changeset:`);
  showLines(diff, /minor|major|patch|Wrote/);
  return name;
}

async function rehearse(work: string, source: string): Promise<void> {
  const repo = join(work, 'errtable');
  cloneRepository(source, repo);
  mkdirSync(join(work, 'vectors'));
  const registry = await startVerdaccio(join(work, 'verdaccio'));
  log('npm', `Verdaccio listening at ${registry.url}`);
  const rehearsal: Rehearsal = { source, work, repo, registry, gnupg: join(work, 'gnupg'), maven: join(work, 'maven'), goproxy: join(work, 'goproxy') };
  try {
    throwawayKey(rehearsal.gnupg);
    writeFirstChangeset(repo);
    const first = release(rehearsal, tableId);
    log('release', `first release: ${tableId} ${first.version}, Swift package ${first.swiftVersion}`);
    checkConsumers(rehearsal, first, []);
    const added = addCode(repo);
    const second = release(rehearsal, tableId);
    log('release', `second release: ${tableId} ${second.version}, Swift package ${second.swiftVersion}`);
    checkConsumers(rehearsal, second, [added]);
    verifySignatures(rehearsal);
  } finally {
    await registry.stop();
    log('npm', 'Verdaccio stopped');
  }
  // Read once Verdaccio has exited: its logger writes asynchronously.
  log('npm', 'Verdaccio received and served:');
  showLines(registry.log(), /^http <-- 20[01], .*req: '(PUT \/@errtable[^']*|GET [^']*\.tgz)', bytes: \d+\/[1-9]/);
}

/** The Go module cache is read-only by design; `go clean -modcache` is how it is removed. */
function removeWork(work: string, source: string): void {
  try {
    run('bash', [join(source, 'tools', 'toolchains', 'with.sh'), 'go', '--', 'go', 'clean', '-modcache'], { cwd: work, env: { GOMODCACHE: join(work, 'gomodcache') } });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const source = run('git', ['rev-parse', '--show-toplevel'], { cwd: process.cwd() }).trim();
  const work = mkdtempSync(join(tmpdir(), 'errtable-rehearsal-'));
  const started = Date.now();
  try {
    await rehearse(work, source);
    log('done', `both releases published, served and checked by the four apps in ${Math.round((Date.now() - started) / 1000)} s`);
  } finally {
    if (process.env['ERRTABLE_REHEARSAL_KEEP'] === '1') log('done', `kept ${work}`);
    else removeWork(work, source);
  }
}

main().catch((error: unknown) => {
  console.error(`[rehearsal] failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
