/** Builds the client once per test file into a temporary folder, so browser tests see the current code. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export async function buildClient(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'prospek-client-'));
  const root = fileURLToPath(new URL('../../client', import.meta.url));
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false } });
  return outDir;
}
