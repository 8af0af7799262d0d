/**
 * `npm run dev -w client`: the Vite dev server proxies every route the server answers itself, so
 * imports, exports, offer PDFs and the public form work in development as they do in production.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;

describe('the Vite dev server', () => {
  let server: TestServer;
  let vite: ViteDevServer;
  let dev: string;

  beforeAll(async () => {
    server = await startServer(sqlite);
    // The config reads the API's address when it loads.
    process.env.PROSPEK_API = server.url;
    const { createServer } = await import('vite');
    const root = fileURLToPath(new URL('../../client', import.meta.url));
    vite = await createServer({ root, configFile: `${root}/vite.config.ts`, logLevel: 'error', server: { port: 0, host: '127.0.0.1', strictPort: false } });
    await vite.listen();
    dev = vite.resolvedUrls!.local[0]!.replace(/\/$/, '');
  });
  afterAll(async () => {
    delete process.env.PROSPEK_API;
    await vite?.close();
    await server?.close();
  });

  it('proxies GraphQL, health, the public form, imports, exports and offer PDFs to the server', async () => {
    const officer = await server.login('officer1@prospek.test');
    const health = await fetch(`${dev}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });

    const me = await fetch(`${dev}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${officer}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(await me.json()).toEqual({ data: { me: { email: 'officer1@prospek.test' } } });

    const { campaigns } = expectData(
      await server.gql<{ campaigns: { nodes: Array<{ slug: string; formEnabled: boolean }> } }>(
        '{ campaigns(first: 100) { nodes { slug formEnabled } } }',
        {},
        { token: await server.login('marketing@prospek.test') },
      ),
    );
    const open = campaigns.nodes.find((c) => c.formEnabled)!;
    const form = await fetch(`${dev}/f/${open.slug}`);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('data-organization');

    // Signed-in routes answer the server's own refusal (not the dev server's page) without a token.
    const exported = await fetch(`${dev}/exports/leads.csv`);
    expect(exported.status).toBe(401);
    const upload = await fetch(`${dev}/imports`, { method: 'POST' });
    expect(upload.status).toBe(401);
    const pdf = await fetch(`${dev}/offers/1/pdf`);
    expect(pdf.headers.get('content-type') ?? '').not.toContain('text/html');
    expect(pdf.status).toBeGreaterThanOrEqual(400);

    // The client's own pages still come from Vite.
    const page = await fetch(`${dev}/board`);
    expect(await page.text()).toContain('<div id="app">');
  });
});
