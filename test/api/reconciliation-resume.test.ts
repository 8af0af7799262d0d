/**
 * A statement line whose money is on an invoice already when the matching job reaches it (an earlier
 * run of the job posted it and died before recording the line, or a person's confirmation raced it):
 * the job finds the invoice again and records the line as matched to it — one payment, never a second,
 * and never a "no invoice" follow-up because the invoice it paid is no longer open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '@prospek/shared';
import { User } from '../../server/src/modules/user/user.entity.js';
import { fingerprints, parseStatement } from '../../server/src/modules/reconcile/statement-parse.js';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { matched, uploadStatement } from '../helpers/bank-statements.js';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

describe.each(databaseTargets)('statement matching resumed after a posting on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const today = businessDate();
  const ids: Record<string, string> = {};
  const numbers: Record<string, string> = {};

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    const clientId = expectData(
      await server.gql<{ createClient: { id: string } }>(
        `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
        { input: { type: 'PERSON', name: 'Lanjut Sentosa Makmur' } },
        { token: staff.tokens.officer1 },
      ),
    ).createClient.id;
    for (const [key, price] of [
      ['named', '1517003.00'],
      ['numbered', '2628004.00'],
    ]) {
      const created = expectData(
        await server.gql<{ createInvoice: { id: string } }>(
          `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
          {
            input: {
              kind: 'RECEIVABLE',
              clientId,
              issueDate: today,
              dueDate: today,
              lines: [{ description: 'Jasa administrasi kredit', quantity: 1, unitPrice: price, taxCode: 'EXEMPT' }],
            },
          },
          { token: staff.tokens.officer1 },
        ),
      ).createInvoice;
      const issued = expectData(
        await server.gql<{ issueInvoice: { number: string } }>(
          `mutation($id: ID!) { issueInvoice(id: $id, channel: PDF) { number } }`,
          { id: created.id },
          {
            token: staff.tokens.officer1,
          },
        ),
      ).issueInvoice;
      ids[key] = created.id;
      numbers[key] = issued.number;
    }
  });
  afterAll(() => server?.close());

  it('records a line already paid as matched to its invoice, posting nothing twice', async () => {
    const ds = server.app.dataSource;
    const date = today.split('-').reverse().join('/');
    const csv = ['Tanggal;Keterangan;Jumlah', `${date};TRF DARI LANJUT SENTOSA MAKMUR;1517003`, `${date};TRF ${numbers.numbered};2628004`].join('\n');
    const mapping = { date: 'Tanggal', remark: 'Keterangan', amount: 'Jumlah' };
    const account = '7770001';
    const manager = await ds.getRepository(User).findOneByOrFail({ id: Number(staff.ids.manager) });
    // The first line's payment made as the job makes it (its fingerprint the source key), its line not recorded.
    const parsed = await parseStatement('lanjut.csv', Buffer.from(csv, 'utf8'), mapping);
    const [print] = fingerprints(manager.officeId, account, parsed.lines);
    const first = await server.app.services.payments.record(
      { actor: manager, mutationId: null },
      {
        direction: 'IN',
        amount: 151_700_300n,
        date: today,
        method: 'TRANSFER',
        reference: 'BS-earlier',
        clientId: (await ds.query('SELECT clientId FROM invoice WHERE id = ?', [Number(ids.named)]))[0].clientId.toString(),
        supplierName: null,
        allocations: [{ invoiceId: ids.named, amount: 151_700_300n }],
      },
      print,
    );

    const upload = await uploadStatement(server, staff.tokens.manager, 'lanjut.csv', csv, { account, mapping: JSON.stringify(mapping) });
    expect(upload.status).toBe(201);
    await matched(server, staff.tokens.manager, upload.body.id);

    const lines: Array<{ state: string; targetId: number | string | null; postedId: number | string | null; rule: string | null; reasonCode: string | null }> =
      await ds.query('SELECT state, targetId, postedId, rule, reasonCode FROM bank_statement_line WHERE statementId = ? ORDER BY id', [Number(upload.body.id)]);
    expect(lines.map((l) => ({ ...l, targetId: Number(l.targetId), postedId: l.postedId === null ? null : Number(l.postedId) }))).toEqual([
      { state: 'MATCHED', targetId: Number(ids.named), postedId: first.id, rule: 'CLIENT_AMOUNT', reasonCode: null },
      { state: 'MATCHED', targetId: Number(ids.numbered), postedId: expect.any(Number), rule: 'REFERENCE', reasonCode: null },
    ]);
    const paid: Array<{ invoiceId: number | string; n: number | string; amount: number | string }> = await ds.query(
      'SELECT invoiceId, COUNT(*) AS n, SUM(amount) AS amount FROM payment_allocation WHERE invoiceId IN (?, ?) GROUP BY invoiceId ORDER BY invoiceId',
      [Number(ids.named), Number(ids.numbered)],
    );
    expect(paid.map((p) => [Number(p.invoiceId), Number(p.n), String(p.amount)])).toEqual([
      [Number(ids.named), 1, '151700300'],
      [Number(ids.numbered), 1, '262800400'],
    ]);
    const invoices: Array<{ status: string }> = await ds.query('SELECT status FROM invoice WHERE id IN (?, ?)', [Number(ids.named), Number(ids.numbered)]);
    expect(invoices.map((i) => i.status)).toEqual(['PAID', 'PAID']);
  });
});
