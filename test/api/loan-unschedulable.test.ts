/**
 * Terms whose whole-rupiah installments would repay the loan before its end cannot be scheduled: every
 * path that computes a schedule answers BAD_USER_INPUT (reason UNSCHEDULABLE) and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, businessDate } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

/** Unschedulable annuities (see the loan maths' unit test): a tiny amount, and a long tenor at a high rate. */
const TINY = { amount: '9.00', tenorMonths: 26, annualRate: 37.5 };
const LONG = { tenorMonths: 333, annualRate: 35.23 };

const refusal = (result: GraphQLResult<unknown>) => {
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  return (result.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string; code: string; reason?: string }>)[0];
};

describe.each(databaseTargets)('unschedulable loan terms on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  let product: string;
  let client: { id: number; cif: string };
  const today = businessDate();

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    const source = server.app.dataSource;
    [client] = await source.query(`SELECT ${q('id')} AS id, ${q('cif')} AS cif FROM ${q('client')} WHERE ${q('officerId')} = ? ORDER BY ${q('id')}`, [
      Number(staff.ids.officer1),
    ]);
    const [row]: Array<{ id: number }> = await source.query(`SELECT ${q('id')} AS id FROM ${q('product')} WHERE ${q('kind')} = 'LOAN' ORDER BY ${q('id')}`);
    product = String(row.id);
    // An annuity product wide enough to take the terms: only the schedule can refuse them.
    await source.query(
      `UPDATE ${q('product')} SET ${q('interestMethod')} = 'ANNUITY', ${q('minAmount')} = 100, ${q('maxAmount')} = 100000000000,
         ${q('minTenorMonths')} = 1, ${q('maxTenorMonths')} = 360, ${q('minRateMicro')} = 0, ${q('maxRateMicro')} = 40000000 WHERE ${q('id')} = ?`,
      [row.id],
    );
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string) => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)}`))[0].n);
  const counts = () => Promise.all(['offer', 'loan', 'loan_installment', 'loan_posting', 'loan_schedule_version', 'audit_entry'].map(count));
  const createOffer = (terms: { amount: string; tenorMonths: number; annualRate: number }) =>
    server.gql<{ createOffer: { id: string } }>(
      `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`,
      { input: { clientId: String(client.id), productId: product, ...terms } },
      { token: staff.tokens.admin },
    );
  const acceptedOffer = async (amount: string) => {
    const offer = expectData(await createOffer({ amount, tenorMonths: 12, annualRate: 12 })).createOffer;
    expectData(await server.gql(`mutation($id: ID!) { presentOffer(id: $id) { id } }`, { id: offer.id }, { token: staff.tokens.admin }));
    expectData(await server.gql(`mutation($id: ID!) { acceptOffer(id: $id) { id } }`, { id: offer.id }, { token: staff.tokens.admin }));
    return offer.id;
  };
  const disburse = (offerId: string) =>
    server.gql<{ disburseLoan: { id: string; version: number } }>(
      `mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { id version } }`,
      { input: { offerId, disbursementDate: today, firstDueDate: addMonths(today, 1) } },
      { token: staff.tokens.officer1 },
    );

  it('the loan simulation refuses them', async () => {
    const result = await server.gql(
      `query($input: SimulateLoanInput!) { simulateLoan(input: $input) { installment } }`,
      { input: { ...TINY, method: 'ANNUITY' } },
      { token: staff.tokens.officer1 },
    );
    expect(refusal(result)).toMatchObject({ field: 'tenorMonths', code: 'INVALID', reason: 'UNSCHEDULABLE' });
  });

  it('an offer is not made on them', async () => {
    const before = await counts();
    expect(refusal(await createOffer(TINY))).toMatchObject({ field: 'tenorMonths', reason: 'UNSCHEDULABLE' });
    expect(refusal(await createOffer({ amount: '333000.00', ...LONG }))).toMatchObject({ reason: 'UNSCHEDULABLE' });
    expect(await counts()).toEqual(before);
  });

  it('an offer accepted on them before they were refused is not disbursed', async () => {
    const offerId = await acceptedOffer('333000.00');
    await server.app.dataSource.query(`UPDATE ${q('offer')} SET ${q('tenorMonths')} = ?, ${q('annualRateMicro')} = ? WHERE ${q('id')} = ?`, [
      LONG.tenorMonths,
      35_230_000,
      Number(offerId),
    ]);
    const before = await counts();
    expect(refusal(await disburse(offerId))).toMatchObject({ field: 'offerId', reason: 'UNSCHEDULABLE' });
    expect(await counts()).toEqual(before);
  });

  it('a loan is not restructured onto them', async () => {
    const loan = expectData(await disburse(await acceptedOffer('333000.00'))).disburseLoan;
    const before = await counts();
    const result = await server.gql(
      `mutation($input: RestructureLoanInput!) { restructureLoan(input: $input) { id } }`,
      {
        input: {
          loanId: loan.id,
          kind: 'RESCHEDULING',
          newTenorMonths: LONG.tenorMonths,
          newAnnualRate: LONG.annualRate,
          effectiveDate: today,
          reason: 'Usaha sepi',
        },
      },
      { token: staff.tokens.manager },
    );
    expect(refusal(result)).toMatchObject({ field: 'newTenorMonths', reason: 'UNSCHEDULABLE' });
    expect(await counts()).toEqual(before);
    const [{ version }] = await server.app.dataSource.query(`SELECT ${q('version')} AS version FROM ${q('loan')} WHERE ${q('id')} = ?`, [Number(loan.id)]);
    expect(Number(version)).toBe(loan.version);
  });

  it('an imported row on them is refused with its reason', async () => {
    const head = 'No Pinjaman;NIK / CIF;Produk;Email AO;Plafon;Bunga;Tenor;Metode;Tanggal Pencairan;Angsuran Pertama;Angsuran Dibayar;Sudah Dibayar';
    const disbursed = addMonths(today, -1);
    const text = [head, `TINY-1;${client.cif};${product};;9;37,5;26;ANUITAS;${disbursed};${today};0;`].join('\n');
    const [productRow]: Array<{ code: string }> = await server.app.dataSource.query(`SELECT ${q('code')} AS code FROM ${q('product')} WHERE ${q('id')} = ?`, [
      Number(product),
    ]);
    const response = await fetch(`${server.url}/imports?kind=LOANS&fileName=buku.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff.tokens.manager}`, 'content-type': 'application/octet-stream' },
      body: Buffer.from(text.replace(`;${product};`, `;${productRow.code};`)),
    });
    const uploaded = (await response.json()) as { id: string; mapping: Record<string, string> };
    const check = expectData(
      await server.gql<{
        checkLoanImport: { validRows: number; rejectedRows: number; problems: Array<{ rowNumber: number; reasons: Array<{ code: string }> }> };
      }>(
        `query($id: ID!, $mapping: LoanImportMappingInput!) { checkLoanImport(importId: $id, mapping: $mapping) { validRows rejectedRows problems { rowNumber reasons { code } } } }`,
        { id: uploaded.id, mapping: uploaded.mapping },
        { token: staff.tokens.manager },
      ),
    ).checkLoanImport;
    expect(check).toMatchObject({ validRows: 0, rejectedRows: 1, problems: [{ rowNumber: 2, reasons: [{ code: 'TERMS_UNSCHEDULABLE' }] }] });
  });
});
