/**
 * A loan's "today" is its office's: at 15:30 UTC a WIT (Asia/Jayapura) branch is already on the next
 * day while Jakarta is not. Disbursement, promise and restructuring dates are checked against it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

// Today (UTC) at 15:30: 22:30 WIB, 23:30 WITA and 00:30 WIT the next day.
const NOW = new Date(`${new Date().toISOString().slice(0, 10)}T15:30:00Z`);
const WIB_TODAY = NOW.toISOString().slice(0, 10);
const WIT_TODAY = addDays(WIB_TODAY, 1);

describe.each(databaseTargets)('business dates in the loan’s office zone on $kind', (target) => {
  let server: TestServer;
  let token: string;
  const offices: Record<'WIB' | 'WITA' | 'WIT', number> = { WIB: 0, WITA: 0, WIT: 0 };
  let clients: number[] = [];

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => NOW });
    token = await server.login('admin@prospek.test');
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    const rows = (sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> => server.app.dataSource.query(sql, params);
    const [head] = await rows(`SELECT MIN(${q('id')}) AS id FROM ${q('office')}`);
    for (const [label, zone] of [
      ['WIB', 'Asia/Jakarta'],
      ['WITA', 'Asia/Makassar'],
      ['WIT', 'Asia/Jayapura'],
    ] as const) {
      await rows(`INSERT INTO ${q('office')} (${q('code')}, ${q('name')}, ${q('parentId')}, ${q('timeZone')}, ${q('version')}) VALUES (?, ?, ?, ?, 1)`, [
        `DZ-${label}`,
        `Cabang ${label}`,
        Number(head.id),
        zone,
      ]);
      const [office] = await rows(`SELECT ${q('id')} AS id FROM ${q('office')} WHERE ${q('code')} = ?`, [`DZ-${label}`]);
      offices[label] = Number(office.id);
    }
    clients = (await rows(`SELECT ${q('id')} AS id FROM ${q('client')} ORDER BY ${q('id')}`)).slice(0, 3).map((c) => Number(c.id));
    for (const [i, label] of (['WIB', 'WITA', 'WIT'] as const).entries()) {
      await rows(`UPDATE ${q('client')} SET ${q('officeId')} = ? WHERE ${q('id')} = ?`, [offices[label], clients[i]]);
    }
  });
  afterAll(() => server?.close());

  /** An accepted loan offer to the client. */
  async function acceptedOffer(clientId: number): Promise<string> {
    const product = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; minAmount: string; minTenorMonths: number; minRate: number }> } }>(
        '{ products(filter: { kind: LOAN }, first: 1) { nodes { id minAmount minTenorMonths minRate } } }',
        {},
        { token },
      ),
    ).products.nodes[0];
    const offer = expectData(
      await server.gql<{ createOffer: { id: string } }>(
        'mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }',
        {
          input: {
            clientId: String(clientId),
            productId: product.id,
            amount: product.minAmount,
            tenorMonths: Math.max(product.minTenorMonths, 12),
            annualRate: product.minRate,
          },
        },
        { token },
      ),
    ).createOffer;
    expectData(await server.gql('mutation($id: ID!) { presentOffer(id: $id) { id } }', { id: offer.id }, { token }));
    expectData(await server.gql('mutation($id: ID!) { acceptOffer(id: $id) { id } }', { id: offer.id }, { token }));
    return offer.id;
  }

  const disburse = (offerId: string, disbursementDate: string) =>
    server.gql<{ disburseLoan: { id: string; disbursementDate: string } }>(
      'mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { id disbursementDate } }',
      { input: { offerId, disbursementDate, firstDueDate: addDays(disbursementDate, 30) } },
      { token },
    );
  const promise = (loanId: string, promiseDate: string) =>
    server.gql<{ recordPaymentPromise: { id: string } }>(
      'mutation($input: RecordPaymentPromiseInput!) { recordPaymentPromise(input: $input) { id } }',
      { input: { loanId, promiseDate, promiseAmount: '100000.00' } },
      { token },
    );
  const restructure = (loanId: string, effectiveDate: string) =>
    server.gql<{ restructureLoan: { id: string } }>(
      'mutation($input: RestructureLoanInput!) { restructureLoan(input: $input) { id } }',
      { input: { loanId, effectiveDate, kind: 'RESCHEDULING', newTenorMonths: 24, newAnnualRate: 0, reason: 'Usaha sepi' } },
      { token },
    );
  const refusal = (result: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => {
    const [error] = result.errors ?? [];
    return { code: error?.extensions?.code, fields: error?.extensions?.fieldErrors };
  };
  const loanCount = async () => Number((await server.app.dataSource.query('SELECT COUNT(*) AS n FROM loan'))[0].n);

  let witLoan = '';
  let wibLoan = '';

  it('disburses in a WIT branch on its own date while Jakarta is still on the day before, and refuses that date in Jakarta', async () => {
    const before = await loanCount();
    const refused = await disburse(await acceptedOffer(clients[0]), WIT_TODAY);
    expect(refused.data).toBeFalsy();
    expect(refusal(refused)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'disbursementDate', code: 'DATE_INVALID', params: { max: WIB_TODAY } })],
    });
    expect(await loanCount()).toBe(before);

    witLoan = expectData(await disburse(await acceptedOffer(clients[2]), WIT_TODAY)).disburseLoan.id;
    wibLoan = expectData(await disburse(await acceptedOffer(clients[0]), WIB_TODAY)).disburseLoan.id;
    const refusedWita = await disburse(await acceptedOffer(clients[1]), WIT_TODAY);
    expect(refusal(refusedWita).fields).toEqual([expect.objectContaining({ field: 'disbursementDate', params: { max: WIB_TODAY } })]);
  });

  it('takes a promise to pay from the office’s today, not Jakarta’s', async () => {
    const stale = await promise(witLoan, WIB_TODAY);
    expect(refusal(stale)).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'promiseDate', code: 'DATE_INVALID', params: { min: WIT_TODAY, max: addDays(WIT_TODAY, 90) } })],
    });
    expectData(await promise(witLoan, WIT_TODAY));
    expectData(await promise(wibLoan, WIB_TODAY));
  });

  it('restructures from the office’s today and refuses a Jakarta loan dated tomorrow', async () => {
    const refused = await restructure(wibLoan, WIT_TODAY);
    expect(refusal(refused).fields).toEqual([expect.objectContaining({ field: 'effectiveDate', code: 'DATE_INVALID', params: { max: WIB_TODAY } })]);
    expectData(await restructure(witLoan, WIT_TODAY));
  });
});
