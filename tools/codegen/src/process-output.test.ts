import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';

const modulePath = join(__dirname, 'process-output.ts');

function collect(stream: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (text += chunk));
    stream.on('end', () => resolve(text));
  });
}

/**
 * Runs `script` in a child with `processOutput` in scope; returns what reached its stdout and stderr. `stdout`:
 * `read` at once, `late` only 200 ms after the child writes "ready" on stderr (meanwhile its writes fill the pipe),
 * or `closed` before the child writes.
 */
async function run(script: string, stdout: 'read' | 'late' | 'closed' = 'read'): Promise<{ out: string; err: string; code: number | null }> {
  const source = `const { processOutput } = require(${JSON.stringify(modulePath)});\n${script}`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-e', source], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const err = collect(child.stderr);
  if (stdout === 'closed') child.stdout.destroy();
  if (stdout === 'late') {
    await new Promise((resolve) => {
      child.stderr.on('data', (chunk: string) => chunk.includes('ready') && resolve(undefined));
      child.once('exit', resolve);
    });
    await sleep(200);
  }
  const out = stdout === 'closed' ? '' : await collect(child.stdout);
  return { out, err: await err, code: await exited };
}

describe('processOutput', () => {
  it('writes each line whole and in order, out to stdout and err to stderr', async () => {
    const result = await run("for (let i = 0; i < 3; i += 1) { processOutput.out(`out ${i} 码`); processOutput.err(`err ${i}`); }");
    expect(result).toEqual({ out: 'out 0 码\nout 1 码\nout 2 码\n', err: 'err 0\nerr 1\nerr 2\n', code: 0 });
  });

  it('waits while a non-blocking pipe is full (EAGAIN), losing and reordering nothing', async () => {
    // A socket over fd 1 makes the descriptor non-blocking, as a parent process may have; 640 KB fill its 64 KB pipe.
    const script = `new (require('node:net').Socket)({ fd: 1, readable: false, writable: true }).unref();
      require('node:fs').writeSync(2, 'ready\\n');
      for (let i = 0; i < 40; i += 1) processOutput.out(\`\${i} \${'x'.repeat(16000)}\`);
      processOutput.err('done');`;
    const result = await run(script, 'late');
    expect(result.err).toBe('ready\ndone\n');
    expect(result.out.split('\n').slice(0, -1)).toEqual(Array.from({ length: 40 }, (_, index) => `${index} ${'x'.repeat(16_000)}`));
    expect(result.code).toBe(0);
  });

  it('drops what is left for a reader that has gone (EPIPE), and carries on', async () => {
    const script = `setTimeout(() => {
      for (let i = 0; i < 100; i += 1) processOutput.out('x'.repeat(1000));
      processOutput.err('done');
    }, 300);`;
    expect(await run(script, 'closed')).toEqual({ out: '', err: 'done\n', code: 0 });
  });
});
