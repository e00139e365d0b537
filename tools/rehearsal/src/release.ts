import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { log, run, showLines } from './run';
import type { NpmRegistry } from './verdaccio';

/** The rehearsal's folders and services, shared by its steps. */
export interface Rehearsal {
  /** The checkout running the rehearsal: its toolchain scripts, consumer apps and proxy builder are used. */
  source: string;
  work: string;
  /** The temporary clone that is released. */
  repo: string;
  registry: NpmRegistry;
  /** GNUPGHOME holding the throwaway signing key. */
  gnupg: string;
  /** The local Maven repository the Kotlin libraries are deployed to. */
  maven: string;
  /** The Go module proxy folder (GOPROXY=file://...). */
  goproxy: string;
}

/** One release of the table the apps use, as they ask for it. */
export interface Release {
  /** The table's version: npm, Go (with a v), Maven. */
  version: string;
  /** The version of the repository's Swift package (its plain X.Y.Z tag). */
  swiftVersion: string;
  /** The release's conformance vectors, copied from its tag. */
  vectors: string;
}

/** The environment of an npm command that talks to the rehearsal's registry. */
export function npmEnv(rehearsal: Rehearsal): Record<string, string> {
  return { npm_config_userconfig: rehearsal.registry.npmrc, npm_config_registry: rehearsal.registry.url, NPM_CONFIG_PROVENANCE: 'false' };
}

export function withToolchain(rehearsal: Rehearsal, tool: string): string[] {
  return [join(rehearsal.source, 'tools', 'toolchains', 'with.sh'), tool, '--'];
}

function versionOf(packageJson: string): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** `mvn -P release verify` signs with the throwaway key; the deploy goal uploads every file it made to the folder. */
function deployKotlin(rehearsal: Rehearsal, tableId: string): void {
  const pom = join(rehearsal.repo, 'packages', tableId, 'kotlin', 'pom.xml');
  const deploy = ['mvn', '-B', '-P', 'release', '-f', pom, 'verify', 'deploy:deploy', `-DaltDeploymentRepository=rehearsal::default::file://${rehearsal.maven}`];
  const output = run('bash', [...withToolchain(rehearsal, 'mvn'), ...deploy], { cwd: rehearsal.repo, env: { GNUPGHOME: rehearsal.gnupg } });
  log('maven', `deployed ${tableId} with mvn -P release verify deploy:deploy; the repository received:`);
  showLines(output, /Uploaded to rehearsal: .*\.(jar|pom|asc)\b/);
}

/** Adds the module version of the table's Go tag to the proxy folder, zipped from the tag by golang.org/x/mod/zip. */
function publishGo(rehearsal: Rehearsal, tableId: string, version: string): void {
  const folder = `packages/${tableId}/go`;
  const module = /^module\s+(\S+)/m.exec(readFileSync(join(rehearsal.repo, folder, 'go.mod'), 'utf8'))?.[1];
  if (module === undefined) throw new Error(`${folder}/go.mod declares no module`);
  const args = ['run', '.', '-repo', rehearsal.repo, '-module', module, '-subdir', folder, '-version', `v${version}`, '-tag', `${folder}/v${version}`, '-out', rehearsal.goproxy];
  const output = run('bash', [...withToolchain(rehearsal, 'go'), 'go', ...args], { cwd: join(rehearsal.source, 'tools', 'rehearsal', 'goproxy') });
  log('go', output.trim());
}

/** The tables this commit releases: those whose `tables/<id>/vX.Y.Z` tag `npm run release` made at HEAD. */
function releasedTables(repo: string): { id: string; version: string }[] {
  const tags = run('git', ['tag', '--points-at', 'HEAD', '--list', 'tables/*'], { cwd: repo }).split('\n').filter(Boolean);
  return tags.map((tag) => {
    const [, id, version] = /^tables\/(.+)\/v(.+)$/.exec(tag)!;
    return { id: id!, version: version! };
  });
}

/**
 * One release as a maintainer makes it (docs/releasing.md): `npm run version-packages`, the version commit, `npm run
 * release` publishing to the rehearsal's npm registry and tagging; then, for each table it released, the Kotlin
 * library deployed and the Go module added to the proxy. Returns what the apps install.
 */
export function release(rehearsal: Rehearsal, tableId: string): Release {
  const { repo } = rehearsal;
  log('release', 'npm run version-packages');
  run('npm', ['run', 'version-packages'], { cwd: repo });
  run('git', ['add', '-A', '.changeset', 'packages', 'tools/swift-train', 'Package.swift', 'package-lock.json', 'schema', 'docs/reference'], { cwd: repo });
  run('git', ['commit', '--quiet', '-m', 'Version packages'], { cwd: repo });
  log('release', `npm run release, publishing to ${rehearsal.registry.url}`);
  const output = run('npm', ['run', 'release'], { cwd: repo, env: npmEnv(rehearsal) });
  showLines(output, /Publishing "|published successfully|New tag|Created tag/);
  for (const { id, version } of releasedTables(repo)) {
    deployKotlin(rehearsal, id);
    publishGo(rehearsal, id, version);
  }
  const version = versionOf(join(repo, 'packages', tableId, 'typescript', 'package.json'));
  const vectors = join(rehearsal.work, 'vectors', `${tableId}-${version}.json`);
  writeFileSync(vectors, run('git', ['show', `tables/${tableId}/v${version}:packages/${tableId}/typescript/test/vectors.json`], { cwd: repo }));
  return { version, swiftVersion: versionOf(join(repo, 'tools', 'swift-train', 'package.json')), vectors };
}

/** Lists what the Maven repository holds and checks every signature in it with the throwaway key. */
export function verifySignatures(rehearsal: Rehearsal): void {
  const files = (readdirSync(rehearsal.maven, { recursive: true }) as string[]).filter((file) => file.endsWith('.asc')).sort();
  for (const file of files) run('gpg', ['--batch', '--verify', join(rehearsal.maven, file), join(rehearsal.maven, file.slice(0, -'.asc'.length))], { cwd: rehearsal.work, env: { GNUPGHOME: rehearsal.gnupg } });
  log('maven', `${files.length} signatures in ${rehearsal.maven} verified by gpg: ${files.filter((file) => file.endsWith('.jar.asc')).map((file) => file.split('/').at(-1)).join(', ')}`);
}
