import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** A Verdaccio npm registry on 127.0.0.1 with no uplink: it serves only what the rehearsal publishes to it. */
export interface NpmRegistry {
  url: string;
  /** An npmrc holding the registry and a token of its user, for `npm_config_userconfig`. */
  npmrc: string;
  /** The registry's log of requests. */
  log(): string;
  stop(): Promise<void>;
}

/** A free TCP port on 127.0.0.1, as the system hands one out. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function config(dir: string): string {
  return [
    `storage: ${join(dir, 'storage')}`,
    'auth:',
    '  htpasswd:',
    `    file: ${join(dir, 'htpasswd')}`,
    '    max_users: 1',
    'uplinks: {}',
    'packages:',
    "  '**':",
    '    access: $all',
    '    publish: $authenticated',
    'log: { type: stdout, format: pretty, level: http }',
    '',
  ].join('\n');
}

async function waitUntilUp(url: string, child: ChildProcess, logFile: string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`Verdaccio exited with code ${child.exitCode}:\n${readFileSync(logFile, 'utf8')}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`Verdaccio did not answer at ${url} within 30 s:\n${readFileSync(logFile, 'utf8')}`);
}

/** Registers the rehearsal's user, as `npm adduser` does, and returns its token. */
async function addUser(url: string): Promise<string> {
  const name = 'rehearsal';
  const response = await fetch(`${url}-/user/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password: 'rehearsal-only' }),
  });
  const body = (await response.json()) as { token?: string };
  if (!response.ok || body.token === undefined) throw new Error(`Verdaccio refused the user: ${response.status} ${JSON.stringify(body)}`);
  return body.token;
}

/** Starts Verdaccio (the workspace's devDependency) in `dir`, on a free port of 127.0.0.1. */
export async function startVerdaccio(dir: string): Promise<NpmRegistry> {
  mkdirSync(dir, { recursive: true });
  const configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, config(dir));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  const logFile = join(dir, 'verdaccio.log');
  const logStream = createWriteStream(logFile);
  const bin = join(require.resolve('verdaccio/package.json'), '..', 'bin', 'verdaccio');
  const child = spawn(process.execPath, [bin, '--config', configFile, '--listen', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(logStream, { end: false });
  child.stderr.pipe(logStream, { end: false });
  // 'close' comes once the process has exited and both of its streams are drained into the log.
  const closed = new Promise<void>((resolve) => child.once('close', () => logStream.end(resolve)));
  await waitUntilUp(url, child, logFile);
  const token = await addUser(url);
  const npmrc = join(dir, 'npmrc');
  writeFileSync(npmrc, `registry=${url}\n//127.0.0.1:${port}/:_authToken=${token}\n`);
  return {
    url,
    npmrc,
    log: () => readFileSync(logFile, 'utf8'),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await closed;
    },
  };
}
