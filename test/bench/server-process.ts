/** Runs the production build of the server in a process of its own, started the way `npm start` does. */
import { execSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { PRODUCTION_NODE_FLAGS } from '../../server/src/runtime-flags.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let built = false;

export async function startServerProcess(env: Record<string, string>): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  // Built once per run: the sources do not change between the instances a bench starts.
  if (!built) execSync('npm run build -w shared -w server', { cwd: root, stdio: 'ignore' });
  built = true;
  const port = await freePort();
  // BENCH_CPU_PROFILE=<folder>: the server writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const child: ChildProcess = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, ...profile, 'server/dist/main.js'], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  // A busy machine may take a while to start it; load sent before it answers would only measure refusals.
  let up = false;
  for (let i = 0; i < 600 && !up; i++) {
    up = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (!up) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (!up) throw new Error(`The server on ${url} did not start`);
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
