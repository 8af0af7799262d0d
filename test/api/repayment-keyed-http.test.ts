/**
 * A repayment posted over HTTP with an Idempotency-Key: the claim, the posting and the kept answer commit
 * in one transaction, and the client gets the answer as it was kept. The same request sent many times at once posts once, every other copy
 * answers the kept answer; a refused posting keeps nothing, so its corrected retry runs.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_KEY_HEADER, addMonths, businessDate } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const POST = `mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { id version outstandingPrincipal repayments { id amount reference } } }`;

describe.each(databaseTargets)('keyed repayments over HTTP on $kind', (target) => {
  let server: TestServer;
  let token: string;
  let loanId: number;
  const today = businessDate();
  let transactions = 0;

  beforeAll(async () => {
    server = await startServer(target, {}, { onQuery: (sql) => void (/^(BEGIN|START TRANSACTION)/i.test(sql) && transactions++) });
    const parties = await loanBookParties(server.app.dataSource);
    const client = parties.clients[0];
    const disbursed = addMonths(today, -3);
    const [loan] = await seedLoans(
      server.app.dataSource,
      [
        {
          clientId: client.id,
          officerId: client.officerId,
          officeId: client.officeId,
          productId: parties.products[0],
          amount: 12_000_000_00n,
          tenorMonths: 12,
          annualRate: '12',
          method: 'FLAT',
          disbursementDate: disbursed,
          firstDueDate: addMonths(disbursed, 1),
        },
      ],
      parties.adminId,
    );
    loanId = loan.id;
    token = await server.login('admin@prospek.test');
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string, where: string, params: unknown[]) =>
    Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)} WHERE ${where}`, params))[0].n);
  const posted = (reference: string) => count('loan_repayment', `${q('loanId')} = ? AND ${q('reference')} = ?`, [loanId, reference]);
  const send = async (key: string, amount: string, reference: string, valueDate = today) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [IDEMPOTENCY_KEY_HEADER]: key },
      body: JSON.stringify({ query: POST, variables: { input: { loanId: String(loanId), amount, valueDate, channel: 'CASH', reference } } }),
    });
    return {
      status: response.status,
      replayed: response.headers.get('idempotent-replayed') === 'true',
      body: (await response.json()) as { data?: { postRepayment: Record<string, unknown> } | null; errors?: Array<{ extensions?: { code?: string } }> },
    };
  };

  it('claims the key, posts and keeps the answer in one transaction', async () => {
    const key = randomUUID();
    const before = transactions;
    const sent = await send(key, '100000.00', 'ONE-TX');
    expect(sent.body.errors).toBeUndefined();
    // Claim, posting and kept answer together: no claim committed apart, none released, nothing kept after.
    expect(transactions - before).toBe(1);
    expect(await posted('ONE-TX')).toBe(1);
    // What was kept is what the client got, and it shows the posting it was kept with.
    const [kept] = await server.app.dataSource.query(
      `SELECT ${q('status')} AS status, ${q('response')} AS response FROM ${q('idempotency_key')} WHERE ${q('key')} = ?`,
      [key],
    );
    expect(kept.status).toBe('DONE');
    expect(JSON.parse(String(kept.response))).toEqual(sent.body);
    const repayments = sent.body.data?.postRepayment.repayments as Array<{ reference: string | null }>;
    expect(repayments.filter((r) => r.reference === 'ONE-TX')).toHaveLength(1);
    const retry = await send(key, '100000.00', 'ONE-TX');
    expect(retry).toMatchObject({ replayed: true, body: sent.body });
    expect(transactions - before).toBe(1);
  });

  it('posts once for the same request sent many times at once; every copy gets the first answer', async () => {
    const key = randomUUID();
    const copies = await Promise.all(Array.from({ length: 8 }, () => send(key, '250000.00', 'AT-ONCE')));
    for (const copy of copies) {
      expect(copy.status).toBe(200);
      expect(copy.body.errors).toBeUndefined();
      expect(copy.body.data).toEqual(copies[0].body.data);
    }
    expect(copies.filter((c) => !c.replayed)).toHaveLength(1);
    expect(await posted('AT-ONCE')).toBe(1);
    expect(await count('idempotency_key', `${q('key')} = ? AND ${q('status')} = 'DONE'`, [key])).toBe(1);

    // A retry later: the kept answer, nothing posted.
    const retry = await send(key, '250000.00', 'AT-ONCE');
    expect(retry).toMatchObject({ replayed: true, body: { data: copies[0].body.data } });
    expect(await posted('AT-ONCE')).toBe(1);

    // The key with another request: refused, nothing posted.
    const other = await send(key, '999000.00', 'AT-ONCE-2');
    expect(other.body.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await posted('AT-ONCE-2')).toBe(0);
  });

  it('keeps nothing for a refused posting, so its corrected retry with the same key posts', async () => {
    const key = randomUUID();
    // Dated before the disbursement: refused inside the transaction, after the claim.
    const refused = await send(key, '100000.00', 'CORRECTED', addMonths(today, -4));
    expect(refused.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await count('idempotency_key', `${q('key')} = ?`, [key])).toBe(0);
    expect(await posted('CORRECTED')).toBe(0);
    const corrected = await send(key, '100000.00', 'CORRECTED');
    expect(corrected.body.errors).toBeUndefined();
    expect(corrected.replayed).toBe(false);
    expect(await posted('CORRECTED')).toBe(1);
  });
});
