import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';

const modulePath = join(__dirname, 'process-output.ts');

/** Runs `script` in a child with `processOutput` in scope; returns what reached its stdout and stderr. */
async function run(script: string, readAfterMs = 0): Promise<{ out: string; err: string; code: number | null }> {
  const source = `const { processOutput } = require(${JSON.stringify(modulePath)});\n${script}`;
  const child = spawn(process.execPath, ['-r', '@swc-node/register', '-e', source], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  // Nothing reads until a listener is added: the child's writes fill the pipe meanwhile.
  await sleep(readAfterMs);
  const collect = (stream: NodeJS.ReadableStream) => new Promise<string>((resolve) => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => (text += chunk));
    stream.on('end', () => resolve(text));
  });
  const [out, err] = await Promise.all([collect(child.stdout), collect(child.stderr)]);
  return { out, err, code: await exited };
}

describe('processOutput', () => {
  it('writes each line whole and in order, out to stdout and err to stderr', async () => {
    const result = await run("for (let i = 0; i < 3; i += 1) { processOutput.out(`out ${i} 码`); processOutput.err(`err ${i}`); }");
    expect(result).toEqual({ out: 'out 0 码\nout 1 码\nout 2 码\n', err: 'err 0\nerr 1\nerr 2\n', code: 0 });
  });

  it('hands the rest of the run to the stream when a non-blocking pipe is full (EAGAIN), losing and reordering nothing', async () => {
    // A socket over fd 1 makes the descriptor non-blocking, as a parent process may have; the reader waits, so the pipe fills.
    const lines = Array.from({ length: 40 }, (_, index) => `${index} ${'x'.repeat(16_000)}`);
    const script = `new (require('node:net').Socket)({ fd: 1, readable: false, writable: true }).unref();
      for (let i = 0; i < 40; i += 1) processOutput.out(\`\${i} \${'x'.repeat(16000)}\`);`;
    const result = await run(script, 300);
    expect(result.err).toBe('');
    expect(result.out.split('\n').slice(0, -1)).toEqual(lines);
    expect(result.code).toBe(0);
  });
});
