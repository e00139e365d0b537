import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { npmEnv, type Rehearsal, type Release, withToolchain } from './release';
import { log, run, showLines } from './run';

/** The apps' sources in this checkout; each is copied to `<work>/apps/<language>` once and upgraded in place. */
function app(rehearsal: Rehearsal, language: string): string {
  const dir = join(rehearsal.work, 'apps', language);
  if (!existsSync(dir)) cpSync(join(rehearsal.source, 'tools', 'rehearsal', 'consumers', language), dir, { recursive: true });
  return dir;
}

/** npm install by version from Verdaccio, then the vectors through the ES module and the CommonJS build, and tsc. */
function typescriptApp(rehearsal: Rehearsal, release: Release, expect: readonly string[]): void {
  const dir = app(rehearsal, 'typescript');
  // A cache of its own: npm's shared cache may hold the tarball already (npm publish packed it), and then no request
  // for it would reach the registry.
  const env = { ...npmEnv(rehearsal), npm_config_cache: join(rehearsal.work, 'npm-cache') };
  const installed = run('npm', ['install', '--no-audit', '--no-fund', '--save-exact', `@errtable/xgpush-error-codes@${release.version}`], { cwd: dir, env });
  log('typescript', `npm install @errtable/xgpush-error-codes@${release.version} from ${rehearsal.registry.url}: ${installed.trim().split('\n').at(-1)}`);
  for (const entry of ['check.mjs', 'check.cjs']) showLines(run('node', [entry, release.vectors, ...expect], { cwd: dir }), /^typescript/);
  run('node', [join(rehearsal.repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir });
  log('typescript', 'the app type-checks with lib ES2020');
}

/** go get by version from the proxy folder only (its own module cache, no checksum database), then the vectors. */
function goApp(rehearsal: Rehearsal, release: Release, expect: readonly string[]): void {
  const dir = app(rehearsal, 'go');
  const go = [...withToolchain(rehearsal, 'go'), 'go'];
  const env = { GOPROXY: `file://${rehearsal.goproxy}`, GOSUMDB: 'off', GOMODCACHE: join(rehearsal.work, 'gomodcache'), GOFLAGS: '-mod=mod' };
  if (!existsSync(join(dir, 'go.mod'))) run('bash', [...go, 'mod', 'init', 'rehearsal/app'], { cwd: dir, env });
  const module = 'github.com/errtable/errtable/packages/xgpush-error-codes/go';
  const got = run('bash', [...go, 'get', `${module}@v${release.version}`], { cwd: dir, env });
  log('go', `go get ${module}@v${release.version} with GOPROXY=file://${rehearsal.goproxy}:`);
  showLines(got, /downloading|added|upgraded/);
  showLines(run('bash', [...go, 'run', '.', release.vectors, ...expect], { cwd: dir, env }), /^go: \d/);
}

/**
 * Maven resolves the library from the rehearsal's repository into the local one; the version is removed from the local
 * repository first, so it is the rehearsal's repository that serves it (its `_remote.repositories` says so).
 */
function kotlinApp(rehearsal: Rehearsal, release: Release, expect: readonly string[]): void {
  const dir = app(rehearsal, 'kotlin');
  const local = join(homedir(), '.m2', 'repository', 'io', 'github', 'errtable', 'xgpush-error-codes', release.version);
  rmSync(local, { recursive: true, force: true });
  const args = ['mvn', '-B', '-q', `-Dlibrary.version=${release.version}`, `-Drehearsal.repository=file://${rehearsal.maven}`, 'package', 'exec:java', `-Dexec.args=${[release.vectors, ...expect].join(' ')}`];
  const output = run('bash', [...withToolchain(rehearsal, 'mvn'), ...args], { cwd: dir });
  const origin = readFileSync(join(local, '_remote.repositories'), 'utf8').split('\n').filter((line) => line.includes('.jar>'));
  log('kotlin', `io.github.errtable:xgpush-error-codes:${release.version} resolved from ${origin.map((line) => line.split('>')[1]).join(', ')} (file://${rehearsal.maven})`);
  showLines(output, /^kotlin: /);
}

/** SwiftPM resolves the repository's Swift package at its tag through a file:// git URL, inside the Swift root if any. */
function swiftApp(rehearsal: Rehearsal, release: Release, expect: readonly string[]): void {
  const dir = app(rehearsal, 'swift');
  const swiftSh = join(rehearsal.source, 'tools', 'toolchains', 'swift.sh');
  const env = { ERRTABLE_SWIFT_EXTRA_PACKAGES: 'git' };
  // In the Debian root the work folder is mounted at /src; swift runs there in both modes.
  const chroot = run('bash', [swiftSh, '--print-mode'], { cwd: rehearsal.work, env }).trim() === 'chroot';
  const url = `file://${chroot ? '/src' : rehearsal.work}/${relative(rehearsal.work, rehearsal.repo)}`;
  writeFileSync(join(dir, 'Package.swift'), swiftManifest(url, release.swiftVersion));
  const vectors = relative(rehearsal.work, release.vectors);
  const output = run('bash', [swiftSh, rehearsal.work, 'run', '--package-path', relative(rehearsal.work, dir), '--disable-dependency-cache', 'CheckVectors', vectors, ...expect], { cwd: rehearsal.work, env });
  log('swift', `.package(url: "${url}", exact: "${release.swiftVersion}"):`);
  showLines(output, /Fetching|Cloning|Computing version|Working copy|^swift: /);
}

function swiftManifest(url: string, version: string): string {
  return `// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "CheckVectors",
    dependencies: [.package(url: ${JSON.stringify(url)}, exact: ${JSON.stringify(version)})],
    targets: [.executableTarget(name: "CheckVectors", dependencies: [.product(name: "XGPushErrorCodes", package: "errtable")])]
)
`;
}

/** The four apps install the release by its version number from the rehearsal's registries and check its vectors. */
export function checkConsumers(rehearsal: Rehearsal, release: Release, expect: readonly string[]): void {
  typescriptApp(rehearsal, release, expect);
  goApp(rehearsal, release, expect);
  kotlinApp(rehearsal, release, expect);
  swiftApp(rehearsal, release, expect);
}
