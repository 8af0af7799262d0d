/**
 * Builds the client only when its sources changed since the last build: `npm start` calls it, so a
 * restart serves at once. The fingerprint covers the client's sources and configuration and the shared
 * package it compiles in; `npm run build` always builds.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const client = join(dirname(fileURLToPath(import.meta.url)), '..');
const root = join(client, '..');
const inputs = [
  'client/src',
  'client/index.html',
  'client/public',
  'client/vite.config.ts',
  'client/tsconfig.json',
  'client/package.json',
  'shared/src',
  'shared/package.json',
  'tsconfig.base.json',
];
const stamp = join(client, 'dist', '.source-fingerprint');

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => files(join(path, name)));
}

const hash = createHash('sha256');
for (const input of inputs) {
  for (const file of files(join(root, input))) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
}
const fingerprint = hash.digest('hex');

if (existsSync(join(client, 'dist', 'index.html')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === fingerprint) {
  console.log('Client is up to date: not rebuilt.');
} else {
  const result = spawnSync('npm', ['run', 'build', '-w', 'client'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stamp, fingerprint);
}
