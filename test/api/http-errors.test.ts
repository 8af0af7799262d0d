/**
 * The plain HTTP routes (imports, exports, offer PDFs) answer errors through one mapper, `http-errors.ts`:
 * each error code has its status, and each route hands its errors to it.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '@prospek/shared';
import type { ErrorCode } from '@prospek/shared';
import { AppError, InputError } from '../../server/src/errors.js';
import { httpErrorHandler } from '../../server/src/http-errors.js';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const EXPECTED_STATUS: Record<ErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  QUERY_TOO_COMPLEX: 400,
  INTERNAL_SERVER_ERROR: 500,
};

async function answer(response: Response): Promise<{ status: number; body: Record<string, unknown> | null }> {
  const text = await response.text();
  const json = response.headers.get('content-type')?.includes('application/json') ? (JSON.parse(text) as Record<string, unknown>) : null;
  return { status: response.status, body: json };
}

describe('the HTTP error mapper', () => {
  let url: string;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const app = express();
    app.get('/code/:code', async (req) => {
      const code = String(req.params.code) as ErrorCode;
      throw code === 'BAD_USER_INPUT' ? InputError.field('name', 'REQUIRED', 'Name it') : new AppError(code, `failed with ${code}`, { entity: 'Thing' });
    });
    app.get('/plain', async () => {
      throw new Error('a fault with internals');
    });
    app.use(httpErrorHandler);
    const server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(() => close?.());

  it.each(ERROR_CODES.filter((code) => code !== 'INTERNAL_SERVER_ERROR'))('answers %s with its status and the code', async (code) => {
    const { status, body } = await answer(await fetch(`${url}/code/${code}`));
    expect(status).toBe(EXPECTED_STATUS[code]);
    expect(body).toMatchObject({ error: code });
    if (code === 'UNAVAILABLE') expect(body).not.toHaveProperty('entity');
    else if (code === 'BAD_USER_INPUT') expect(body).toMatchObject({ fieldErrors: [{ field: 'name', code: 'REQUIRED' }] });
    else expect(body).toMatchObject({ message: `failed with ${code}`, entity: 'Thing' });
  });

  it('answers Retry-After with UNAVAILABLE', async () => {
    expect((await fetch(`${url}/code/UNAVAILABLE`)).headers.get('retry-after')).toBe('2');
  });

  it('leaves anything else to Express: 500, not a JSON answer of the mapper', async () => {
    for (const path of ['/plain', '/code/INTERNAL_SERVER_ERROR']) {
      expect(await answer(await fetch(`${url}${path}`))).toEqual({ status: 500, body: null });
    }
  });
});

describe.each(databaseTargets)('the HTTP routes map their errors on $kind', (target) => {
  let server: TestServer;
  let marketing: string;
  let officerId: number;

  beforeAll(async () => {
    server = await startServer(target);
    marketing = await server.login('marketing@prospek.test');
    officerId = (await server.app.dataSource.getRepository(User).findOneByOrFail({ email: 'officer1@prospek.test' })).id;
  });
  afterAll(() => server?.close());

  const download = (resource: string) => server.app.services.downloads.issue(officerId, resource);
  const upload = (token: string | null, params: string) =>
    fetch(`${server.url}/imports?fileName=a.csv${params}`, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new TextEncoder().encode('Nama;Telepon\nSiti;081234567890\n'),
    });

  it('POST /imports: 401 without a token, 400 with the field for a campaign out of reach', async () => {
    expect(await answer(await upload(null, ''))).toMatchObject({ status: 401, body: { error: 'UNAUTHENTICATED' } });
    expect(await answer(await upload(marketing, '&campaignId=999999'))).toMatchObject({
      status: 400,
      body: { error: 'BAD_USER_INPUT', fieldErrors: [{ field: 'campaignId', code: 'NOT_ALLOWED' }] },
    });
  });

  it('GET /imports/:id/rejected.csv: 401 without a valid link, 404 for an import the user does not reach', async () => {
    expect(await answer(await fetch(`${server.url}/imports/999999/rejected.csv?token=forged`))).toMatchObject({
      status: 401,
      body: { error: 'UNAUTHENTICATED' },
    });
    const token = await download('import:999999');
    expect(await answer(await fetch(`${server.url}/imports/999999/rejected.csv?token=${token}`))).toMatchObject({
      status: 404,
      body: { error: 'NOT_FOUND' },
    });
  });

  it('GET /offers/:id/pdf: 401 naming the expired link, 404 for an offer the user does not reach', async () => {
    expect(await answer(await fetch(`${server.url}/offers/999999/pdf?token=forged`))).toMatchObject({
      status: 401,
      body: { error: 'UNAUTHENTICATED', message: 'The link has expired; open the offer again' },
    });
    const token = await download('offer:999999');
    expect(await answer(await fetch(`${server.url}/offers/999999/pdf?token=${token}`))).toMatchObject({ status: 404, body: { error: 'NOT_FOUND' } });
  });

  it('GET /exports/leads.csv: 401 without a valid link', async () => {
    expect(await answer(await fetch(`${server.url}/exports/leads.csv?token=forged`))).toMatchObject({ status: 401, body: { error: 'UNAUTHENTICATED' } });
  });
});
