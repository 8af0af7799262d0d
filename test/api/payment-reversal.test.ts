import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '@prospek/shared';
import { AuditEntry } from '../../server/src/modules/audit/audit-entry.entity.js';
import { Payment, PaymentAllocation } from '../../server/src/modules/invoice/payment.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const REVERSE = `mutation($id: ID!, $reason: String!, $v: Int) { reversePayment(id: $id, reason: $reason, expectedVersion: $v) { id version reversedAt reversalReason unallocated } }`;
const INVOICE = `query($id: ID!) { invoice(id: $id) { status amountPaid amountDue payments { paymentId amount paymentVersion reversedAt reversalReason } } }`;

interface InvoiceState {
  status: string;
  amountPaid: string;
  amountDue: string;
  payments: Array<{ paymentId: string; amount: string; paymentVersion: number; reversedAt: string | null; reversalReason: string | null }>;
}

describe.each(databaseTargets)('payment reversal on $kind', (target) => {
  let server: TestServer;
  let token: string;
  const today = businessDate();

  beforeAll(async () => {
    server = await startServer(target);
    token = await server.login('officer1@prospek.test');
  });
  afterAll(async () => {
    await server?.close();
  });

  async function clientWithInvoices(name: string, count: number): Promise<{ clientId: string; invoices: string[] }> {
    const clientId = expectData(
      await server.gql<{ createClient: { id: string } }>(
        `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
        { input: { type: 'COMPANY', name } },
        { token },
      ),
    ).createClient.id;
    const invoices: string[] = [];
    for (let i = 0; i < count; i++) {
      const input = {
        kind: 'RECEIVABLE',
        clientId,
        issueDate: today,
        dueDate: today,
        lines: [{ description: 'Jasa', quantity: 1, unitPrice: '100000.00', taxCode: 'EXEMPT' }],
      };
      const id = expectData(
        await server.gql<{ createInvoice: { id: string } }>(
          `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
          { input },
          { token },
        ),
      ).createInvoice.id;
      expectData(await server.gql(`mutation($id: ID!) { issueInvoice(id: $id, channel: PDF) { id } }`, { id }, { token }));
      invoices.push(id);
    }
    return { clientId, invoices };
  }
  const pay = async (clientId: string, amount: string) =>
    expectData(
      await server.gql<{ recordPayment: { id: string } }>(
        `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`,
        { input: { direction: 'IN', amount, date: today, method: 'TRANSFER', clientId } },
        { token },
      ),
    ).recordPayment.id;
  const invoice = async (id: string) => expectData(await server.gql<{ invoice: InvoiceState }>(INVOICE, { id }, { token })).invoice;
  const reverse = (id: string, reason: string, v?: number, on: TestServer = server) =>
    on.gql<{ reversePayment: { id: string; version: number; reversedAt: string | null; reversalReason: string; unallocated: string } }>(
      REVERSE,
      { id, reason, v },
      { token },
    );

  it('undoes the payment’s allocations: PAID goes back to ISSUED, PARTIALLY_PAID too, and the payment stays, marked and audited', async () => {
    const { clientId, invoices } = await clientWithInvoices('PT Giro Tolak', 2);
    const paymentId = await pay(clientId, '150000.00');
    expect((await invoice(invoices[0])).status).toBe('PAID');
    expect((await invoice(invoices[1])).status).toBe('PARTIALLY_PAID');

    const reversed = expectData(await reverse(paymentId, 'Giro ditolak bank', 1)).reversePayment;
    expect(reversed).toMatchObject({ id: paymentId, version: 2, reversalReason: 'Giro ditolak bank', unallocated: '0.00' });
    expect(reversed.reversedAt).not.toBeNull();
    for (const id of invoices) {
      const state = await invoice(id);
      expect(state).toMatchObject({ status: 'ISSUED', amountPaid: '0.00', amountDue: '100000.00' });
      expect(state.payments).toEqual([expect.objectContaining({ paymentId, reversalReason: 'Giro ditolak bank', paymentVersion: 2 })]);
    }
    // Nothing deleted: the payment and its allocations are there, with an undoing entry per invoice.
    expect(await server.app.dataSource.getRepository(Payment).countBy({ id: Number(paymentId) })).toBe(1);
    const entries = await server.app.dataSource.getRepository(PaymentAllocation).findBy({ paymentId: Number(paymentId) });
    expect(entries.map((e) => e.amount).sort((a, b) => (a < b ? -1 : 1))).toEqual([-100000_00n, -50000_00n, 50000_00n, 100000_00n]);
    const audit = await server.app.dataSource.getRepository(AuditEntry).findBy({ entityType: 'Payment', entityId: paymentId, action: 'reverse' });
    expect(audit).toHaveLength(1);
    expect(await server.app.dataSource.getRepository(AuditEntry).countBy({ entityType: 'Invoice', entityId: invoices[0], action: 'payment-reversal' })).toBe(1);

    // Once only.
    const again = await reverse(paymentId, 'lagi');
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(again.errors)).toContain('ALREADY_DONE');
  });

  it('answers a retry with the same Idempotency-Key as the first time, where a new key is refused', async () => {
    const { clientId, invoices } = await clientWithInvoices('PT Ulang Kirim', 1);
    const paymentId = await pay(clientId, '100000.00');
    const key = { 'idempotency-key': `reverse-${paymentId}` };
    const first = await server.gql(REVERSE, { id: paymentId, reason: 'Giro ditolak', v: 1 }, { token, headers: key });
    const retry = await server.gql(REVERSE, { id: paymentId, reason: 'Giro ditolak', v: 1 }, { token, headers: key });
    expect(expectData(retry)).toEqual(expectData(first));
    expect(JSON.stringify((await reverse(paymentId, 'Giro ditolak', 2)).errors)).toContain('ALREADY_DONE');
    expect(await invoice(invoices[0])).toMatchObject({ status: 'ISSUED', amountPaid: '0.00' });
    expect(await server.app.dataSource.getRepository(PaymentAllocation).countBy({ paymentId: Number(paymentId) })).toBe(2);
    expect(await server.app.dataSource.getRepository(AuditEntry).countBy({ entityType: 'Payment', entityId: paymentId, action: 'reverse' })).toBe(1);
  });

  it('refuses a stale version and an empty reason, writing nothing', async () => {
    const { clientId, invoices } = await clientWithInvoices('PT Versi Lama', 1);
    const paymentId = await pay(clientId, '100000.00');
    expect(errorCode(await reverse(paymentId, 'salah', 7))).toBe('CONFLICT');
    expect(errorCode(await reverse(paymentId, '   ', 1))).toBe('BAD_USER_INPUT');
    expect(errorCode(await reverse('x', 'salah', 1))).toBe('BAD_USER_INPUT');
    expect((await invoice(invoices[0])).status).toBe('PAID');
    expect((await server.app.dataSource.getRepository(Payment).findOneByOrFail({ id: Number(paymentId) })).reversedAt).toBeNull();
    const other = await server.login('officer2@prospek.test');
    expect(errorCode(await server.gql(REVERSE, { id: paymentId, reason: 'bukan milik saya' }, { token: other }))).toBe('NOT_FOUND');
  });

  it('of two reversals at once (two instances on MySQL), exactly one wins', async () => {
    const { clientId, invoices } = await clientWithInvoices('PT Balapan Balik', 1);
    const paymentId = await pay(clientId, '100000.00');
    const other = target.kind === 'mysql' ? await startServer({ database: server.db }) : null;
    try {
      const results: GraphQLResult[] = await Promise.all([
        reverse(paymentId, 'satu'),
        reverse(paymentId, 'dua', undefined, other ?? server),
        reverse(paymentId, 'tiga', undefined, other ?? server),
      ]);
      expect(
        results.filter((r) => !r.errors),
        JSON.stringify(results.map((r) => r.errors)),
      ).toHaveLength(1);
      expect(results.filter((r) => r.errors).map((r) => errorCode(r))).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    } finally {
      await other?.close();
    }
    expect(await invoice(invoices[0])).toMatchObject({ status: 'ISSUED', amountPaid: '0.00' });
    expect(await server.app.dataSource.getRepository(PaymentAllocation).countBy({ paymentId: Number(paymentId) })).toBe(2);
  });
});
