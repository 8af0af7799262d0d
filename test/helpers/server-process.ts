/**
 * The server as `npm start` runs it, in a child process of its own: its stdout is read line by line
 * (the JSON log), and the test can signal it and read its exit code.
 */
import { execSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { PRODUCTION_NODE_FLAGS } from '../../server/src/runtime-flags.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

export type LogLine = Record<string, unknown> & { level: string; msg: string };

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Every line of stdout so far, parsed (a line that is not JSON fails the test that reads it). */
  lines: LogLine[];
  /** Resolves with the first log line (seen or to come) that matches. */
  line(predicate: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

let built = false;

export function buildServer(): void {
  if (built) return;
  execSync('npm run build -w shared -w server', { cwd: root, stdio: 'ignore' });
  built = true;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  buildServer();
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, 'server/dist/main.js'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: LogLine[] = [];
  const waiters: Array<{ predicate: (line: LogLine) => boolean; resolve: (line: LogLine) => void }> = [];
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      line = { level: 'not-json', msg: text };
    }
    lines.push(line);
    for (const waiter of [...waiters]) {
      if (waiter.predicate(line)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const line = (predicate: (line: LogLine) => boolean, timeoutMs = 20_000) => {
    const seen = lines.find(predicate);
    if (seen) return Promise.resolve(seen);
    return new Promise<LogLine>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no matching log line arrived')), timeoutMs);
      waiters.push({ predicate, resolve: (found) => (clearTimeout(timer), resolve(found)) });
    });
  };
  // Migrations and demo data on a busy MySQL take a while.
  const listening = await Promise.race([
    line((l) => typeof l.url === 'string' && l.msg.startsWith('Prospek is listening'), 150_000),
    exited.then((code) => {
      throw new Error(`the server exited with ${code} before listening`);
    }),
  ]).catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  const url = String(listening.url).replace('localhost', '127.0.0.1');
  return {
    url,
    port: Number(new URL(url).port),
    child,
    lines,
    line,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}
