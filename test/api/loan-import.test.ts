import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, businessDate, daysBetween, disbursementSchedule } from '@prospek/shared';
import type { ImportProgress } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { connect } from '../helpers/sockets.js';

const CHECK = `query($id: ID!, $mapping: LoanImportMappingInput!) {
  checkLoanImport(importId: $id, mapping: $mapping) { validRows rejectedRows duplicateRows problems { rowNumber outcome reasons { code value max } } }
}`;
const RUN = `mutation($id: ID!, $mapping: LoanImportMappingInput!) { importLoans(importId: $id, mapping: $mapping) { id kind status } }`;
const IMPORT = `query($id: ID!) { leadImport(id: $id) { kind status importedRows rejectedRows rejectedUrl loanMapping { client paidInstallments } } }`;
const LOANS_OF = `query($filter: LoanFilterInput) { loans(filter: $filter, first: 100) { nodes { id externalNumber offerId status principal outstandingPrincipal arrears
  daysPastDue collectibility client { id } schedule { number dueDate principal interest paidPrincipal paidInterest paidDate } repayments { amount valueDate } } } }`;
const HEAD = 'No Pinjaman;NIK / CIF;Produk;Email AO;Plafon;Bunga;Tenor;Metode;Tanggal Pencairan;Angsuran Pertama;Angsuran Dibayar;Sudah Dibayar';

interface ImportedLoan {
  id: string;
  externalNumber: string;
  offerId: string | null;
  status: string;
  principal: string;
  outstandingPrincipal: string;
  arrears: string;
  daysPastDue: number;
  collectibility: number;
  client: { id: string };
  schedule: Array<{
    number: number;
    dueDate: string;
    principal: string;
    interest: string;
    paidPrincipal: string;
    paidInterest: string;
    paidDate: string | null;
  }>;
  repayments: Array<{ amount: string; valueDate: string }>;
}

const sen = (money: string) => BigInt(money.replace('.', ''));

describe.each(databaseTargets)('loan book import on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const today = businessDate();
  const run = Math.random().toString(36).slice(2, 7).toUpperCase();
  let ho: { id: number; cif: string; nik: string };
  let hoByCif: { id: number; cif: string };
  let bdg: { id: number; nik: string };
  let product: { id: number; code: string; name: string };

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    const clients: Array<{ id: number; cif: string; officeId: number }> = await server.app.dataSource.query(
      `SELECT ${q('id')} AS id, ${q('cif')} AS cif, ${q('officeId')} AS officeId FROM ${q('client')} ORDER BY ${q('id')}`,
    );
    const inHo = clients.filter((c) => String(c.officeId) === staff.offices.ho);
    const inBdg = clients.find((c) => String(c.officeId) === staff.offices.bdg)!;
    // The demo's clients have no NIK yet: two are given one, to be found by it.
    ho = { ...inHo[0], nik: '3171014501900003' };
    bdg = { ...inBdg, nik: '3273015502880004' };
    for (const c of [ho, bdg]) await server.app.dataSource.query(`UPDATE ${q('client')} SET ${q('nik')} = ? WHERE ${q('id')} = ?`, [c.nik, c.id]);
    hoByCif = inHo[1];
    [product] = await server.app.dataSource.query(
      `SELECT ${q('id')} AS id, ${q('code')} AS code, ${q('name')} AS name FROM ${q('product')} WHERE ${q('kind')} = 'LOAN' ORDER BY ${q('id')}`,
    );
    // No grace days or tolerance, so days past due count from the oldest unpaid due date.
    expectData(
      await server.gql(
        `mutation($input: UpdateLoanProductTermsInput!) { updateLoanProductTerms(input: $input) { productId } }`,
        {
          input: { productId: String(product.id), allocationPreset: 'INSTALLMENT_BY_INSTALLMENT', graceDays: 0, toleranceAmount: '0', penaltyPercentPerDay: 0 },
        },
        { token: staff.tokens.admin },
      ),
    );
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string) => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)}`))[0].n);
  const upload = async (token: string, text: string, fileName = 'buku-pinjaman.csv') => {
    const response = await fetch(`${server.url}/imports?kind=LOANS&fileName=${encodeURIComponent(fileName)}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: Buffer.from(text),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const waitDone = async (token: string, id: string) => {
    for (let i = 0; i < 400; i++) {
      const found = expectData(
        await server.gql<{ leadImport: { status: string; importedRows: number; rejectedRows: number; rejectedUrl: string | null } }>(IMPORT, { id }, { token }),
      ).leadImport;
      if (found.status === 'DONE' || found.status === 'FAILED') return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('import did not finish');
  };
  const loansOf = async (numbers: string[]) => {
    const all: ImportedLoan[] = [];
    for (const clientId of [ho.id, hoByCif.id, bdg.id])
      all.push(
        ...expectData(
          await server.gql<{ loans: { nodes: ImportedLoan[] } }>(LOANS_OF, { filter: { clientId: String(clientId) } }, { token: staff.tokens.admin }),
        ).loans.nodes,
      );
    return numbers.map((n) => all.find((l) => l.externalNumber === n));
  };

  const disbursed = addMonths(today, -6);
  const firstDue = addMonths(disbursed, 1);
  // What the second loan owes in all, in rupiah: paid in full, it closes.
  const owed = disbursementSchedule({ amount: 6_000_000_00n, tenorMonths: 6, annualRate: '18.5', method: 'ANNUITY' }, firstDue).reduce(
    (sum, i) => sum + i.principal + i.interest,
    0n,
  );
  const book = () =>
    [
      HEAD,
      // Three of six installments due so far paid: the fourth is late.
      `${run}-001;${ho.nik};${product.code};officer1@prospek.test;12.000.000;12;12;FLAT;${disbursed};${firstDue};3;`,
      // Everything paid by amount, the client by CIF and the product by name: closed.
      `${run}-002;${hoByCif.cif};${product.name};;6.000.000;18,5;6;ANNUITY;${disbursed};${firstDue};;${owed / 100n}`,
      // Nothing due yet.
      `${run}-003;${bdg.nik};${product.code};;5.000.000;15;24;EFFECTIVE;${today};${addMonths(today, 1)};0;`,
      // Refused rows, one reason each, and one with several.
      `${run}-004;3171999999999999;${product.code};;1.000.000;12;12;FLAT;${disbursed};${firstDue};;`,
      `${run}-005;${ho.nik};TIDAK-ADA;;1.000.000;12;12;FLAT;${disbursed};${firstDue};;`,
      `${run}-006;${ho.nik};${product.code};nobody@bank.test;1.000.000;12;12;FLAT;${disbursed};${firstDue};;`,
      `${run}-007;${ho.nik};${product.code};;1.000.000;dua belas;0;BALLOON;${addMonths(today, 1)};${firstDue};;`,
      `;${ho.nik};${product.code};;1.000.000;12;12;FLAT;${disbursed};${disbursed};20;`,
      `${run}-009;${ho.nik};${product.code};;1.000.000;12;12;FLAT;${disbursed};${firstDue};13;`,
      // The same loan number twice in the file: the second is a duplicate.
      `${run}-001;${ho.nik};${product.code};;1.000.000;12;12;FLAT;${disbursed};${firstDue};;`,
    ].join('\r\n');

  it('imports the valid loans of a book with what was paid, and refuses the others with reasons', async () => {
    const text = book();
    const uploaded = await upload(staff.tokens.manager, text);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body).toMatchObject({ kind: 'LOANS', totalRows: 10 });
    expect(uploaded.body.mapping).toEqual({
      externalNumber: 'No Pinjaman',
      client: 'NIK / CIF',
      product: 'Produk',
      officer: 'Email AO',
      principal: 'Plafon',
      annualRate: 'Bunga',
      tenorMonths: 'Tenor',
      interestMethod: 'Metode',
      disbursementDate: 'Tanggal Pencairan',
      firstDueDate: 'Angsuran Pertama',
      paidInstallments: 'Angsuran Dibayar',
      paidAmount: 'Sudah Dibayar',
    });
    const mapping = uploaded.body.mapping as Record<string, string>;
    const before = await Promise.all(['loan', 'loan_installment', 'loan_repayment'].map(count));

    // A mapping without a needed column is refused and writes nothing.
    const noClient = await server.gql(CHECK, { id: uploaded.body.id, mapping: { ...mapping, client: null } }, { token: staff.tokens.manager });
    expect(errorCode(noClient)).toBe('BAD_USER_INPUT');
    expect((noClient.errors?.[0].extensions?.fieldErrors as Array<{ field: string }>)[0].field).toBe('mapping.client');

    const check = expectData(
      await server.gql<{ checkLoanImport: any }>(CHECK, { id: uploaded.body.id, mapping }, { token: staff.tokens.manager }),
    ).checkLoanImport;
    expect(check).toMatchObject({ validRows: 3, rejectedRows: 6, duplicateRows: 1 });
    const reasons = Object.fromEntries(
      check.problems.map((p: { rowNumber: number; reasons: Array<{ code: string }> }) => [p.rowNumber, p.reasons.map((r) => r.code)]),
    );
    expect(reasons).toEqual({
      5: ['CLIENT_UNKNOWN'],
      6: ['PRODUCT_UNKNOWN'],
      7: ['OFFICER_UNKNOWN'],
      8: ['RATE_INVALID', 'TENOR_INVALID', 'METHOD_UNKNOWN', 'DISBURSEMENT_DATE_INVALID', 'FIRST_DUE_DATE_INVALID'],
      9: ['LOAN_NUMBER_EMPTY', 'FIRST_DUE_DATE_INVALID'],
      10: ['PAID_INVALID'],
      11: ['LOAN_NUMBER_EXISTS'],
    });
    expect(check.problems.find((p: { rowNumber: number }) => p.rowNumber === 5).reasons[0]).toEqual({
      code: 'CLIENT_UNKNOWN',
      value: '3171999999999999',
      max: null,
    });
    expect(await Promise.all(['loan', 'loan_installment', 'loan_repayment'].map(count))).toEqual(before);

    const socket = connect(server.url, staff.tokens.manager);
    const progress: ImportProgress[] = [];
    const finished = new Promise<void>((resolve) =>
      socket.on('import:progress', (p) => {
        progress.push(p);
        if (p.status === 'DONE') resolve();
      }),
    );
    await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
    try {
      const started = expectData(
        await server.gql<{ importLoans: { kind: string; status: string } }>(RUN, { id: uploaded.body.id, mapping }, { token: staff.tokens.manager }),
      );
      expect(started.importLoans).toMatchObject({ kind: 'LOANS', status: 'RUNNING' });
      const done = await waitDone(staff.tokens.manager, uploaded.body.id);
      expect(done).toMatchObject({ status: 'DONE', importedRows: 3, rejectedRows: 7 });
      await finished;
      expect(progress.at(-1)).toMatchObject({ importId: uploaded.body.id, status: 'DONE', imported: 3, rejected: 7 });
      expect(progress.some((p) => p.phase === 'IMPORTING')).toBe(true);

      const csv = Buffer.from(await (await fetch(`${server.url}${done.rejectedUrl}`)).arrayBuffer())
        .subarray(3)
        .toString('utf8')
        .trim()
        .split(/\r?\n/);
      expect(csv[0]).toBe(`Baris;${HEAD};Alasan`);
      expect(csv).toHaveLength(8);
      expect(csv.find((line) => line.includes(`${run}-004`))).toContain('nasabah tidak dikenal: 3171999999999999');
      expect(csv.filter((line) => line.includes(`${run}-001`))[0]).toContain('Duplikat: nomor pinjaman sudah ada');
    } finally {
      socket.close();
    }

    const [late, closed, fresh] = await loansOf([`${run}-001`, `${run}-002`, `${run}-003`]);
    // Three installments paid on their due dates; the fourth, due two months ago, is the oldest unpaid.
    expect(late).toMatchObject({ offerId: null, status: 'ACTIVE', client: { id: String(ho.id) }, principal: '12000000.00' });
    expect(late!.schedule.slice(0, 3).every((i) => i.paidDate === i.dueDate && i.paidPrincipal === i.principal && i.paidInterest === i.interest)).toBe(true);
    expect(late!.schedule[3]).toMatchObject({ paidPrincipal: '0.00', paidDate: null });
    expect(late!.repayments.map((r) => r.valueDate).sort()).toEqual(late!.schedule.slice(0, 3).map((i) => i.dueDate));
    expect(sen(late!.outstandingPrincipal)).toBe(12_000_000_00n - 3n * 1_000_000_00n);
    const unpaidDue = late!.schedule.filter((i) => i.dueDate <= today && i.paidDate === null);
    expect(late!.daysPastDue).toBe(daysBetween(unpaidDue[0].dueDate, today));
    expect(sen(late!.arrears)).toBe(unpaidDue.reduce((sum, i) => sum + sen(i.principal) + sen(i.interest), 0n));
    expect(late!.collectibility).toBe(late!.daysPastDue > 90 ? 3 : 2);
    const officer = await server.app.dataSource.query(`SELECT ${q('officerId')} AS officerId FROM ${q('loan')} WHERE ${q('id')} = ?`, [Number(late!.id)]);
    expect(String(officer[0].officerId)).toBe(staff.ids.officer1);

    expect(closed).toMatchObject({ status: 'CLOSED', outstandingPrincipal: '0.00', arrears: '0.00', daysPastDue: 0, collectibility: 1 });
    expect(fresh).toMatchObject({ status: 'ACTIVE', outstandingPrincipal: '5000000.00', daysPastDue: 0, collectibility: 1, repayments: [] });
  });

  it('imports nothing twice when the same file comes again', async () => {
    const text = book();
    const loansBefore = await count('loan');
    const again = await upload(staff.tokens.admin, text);
    const mapping = again.body.mapping;
    const check = expectData(await server.gql<{ checkLoanImport: any }>(CHECK, { id: again.body.id, mapping }, { token: staff.tokens.admin })).checkLoanImport;
    expect(check).toMatchObject({ validRows: 0, rejectedRows: 6, duplicateRows: 4 });
    expectData(await server.gql(RUN, { id: again.body.id, mapping }, { token: staff.tokens.admin }));
    expect(await waitDone(staff.tokens.admin, again.body.id)).toMatchObject({ status: 'DONE', importedRows: 0, rejectedRows: 10 });
    expect(await count('loan')).toBe(loansBefore);
    const numbers: Array<{ n: number }> = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('loan')} WHERE ${q('externalNumber')} LIKE ?`, [
      `${run}-%`,
    ]);
    expect(Number(numbers[0].n)).toBe(3);
  });

  it('imports each loan once when two imports of overlapping books run at once', async () => {
    const numbers = Array.from({ length: 120 }, (_, i) => `${run}-R${String(i).padStart(3, '0')}`);
    const file = (part: string[]) => [HEAD, ...part.map((n) => `${n};${ho.nik};${product.code};;1.000.000;12;12;FLAT;${disbursed};${firstDue};1;`)].join('\n');
    // Forty loans in both, in opposite orders: more than a chunk each, so the two jobs' chunks contend.
    const first = await upload(staff.tokens.manager, file(numbers.slice(0, 80)));
    const second = await upload(staff.tokens.admin, file(numbers.slice(40).reverse()));
    const started = await Promise.all([
      server.gql(RUN, { id: first.body.id, mapping: first.body.mapping }, { token: staff.tokens.manager }),
      server.gql(RUN, { id: second.body.id, mapping: second.body.mapping }, { token: staff.tokens.admin }),
    ]);
    for (const s of started) expectData(s);
    const done = [await waitDone(staff.tokens.manager, first.body.id), await waitDone(staff.tokens.admin, second.body.id)];
    for (const d of done) expect(d.status).toBe('DONE');
    // Every loan once, with its one installment paid once; the rows the other import took are duplicates.
    const loans: Array<{ n: number | string; payments: number | string }> = await server.app.dataSource.query(
      `SELECT COUNT(*) AS n, COUNT(DISTINCT r.${q('id')}) AS payments FROM ${q('loan')} ln LEFT JOIN ${q('loan_repayment')} r ON r.${q('loanId')} = ln.${q('id')}
       WHERE ln.${q('externalNumber')} LIKE ?`,
      [`${run}-R%`],
    );
    expect(Number(loans[0].n)).toBe(120);
    expect(Number(loans[0].payments)).toBe(120);
    const [{ numbers: distinctNumbers }] = await server.app.dataSource.query(
      `SELECT COUNT(DISTINCT ${q('externalNumber')}) AS numbers FROM ${q('loan')} WHERE ${q('externalNumber')} LIKE ?`,
      [`${run}-R%`],
    );
    expect(Number(distinctNumbers)).toBe(120);
    expect(done[0].importedRows + done[1].importedRows).toBe(120);
    expect(done[0].rejectedRows + done[1].rejectedRows).toBe(40);
    const outcomes: Array<{ outcome: string; n: number | string }> = await server.app.dataSource.query(
      `SELECT ${q('outcome')} AS outcome, COUNT(*) AS n FROM ${q('lead_import_row')} WHERE ${q('importId')} IN (?, ?) GROUP BY ${q('outcome')} ORDER BY ${q('outcome')}`,
      [Number(first.body.id), Number(second.body.id)],
    );
    expect(outcomes.map((o) => [o.outcome, Number(o.n)])).toEqual([
      ['DUPLICATE', 40],
      ['IMPORTED', 120],
    ]);
  });

  it('lets managers (their office tree) and admins import loans, nobody else', async () => {
    const text = [
      HEAD,
      `${run}-101;${ho.nik};${product.code};;1.000.000;12;12;FLAT;${disbursed};${firstDue};;`,
      `${run}-102;${bdg.nik};${product.code};;1.000.000;12;12;FLAT;${disbursed};${firstDue};;`,
    ].join('\n');
    for (const who of ['officer1', 'marketing'] as const) {
      const refused = await upload(staff.tokens[who], text);
      expect(refused.status).toBe(403);
    }
    const mine = await upload(staff.tokens.manager, text);
    for (const who of ['officer1', 'marketing'] as const)
      expect(errorCode(await server.gql(CHECK, { id: mine.body.id, mapping: mine.body.mapping }, { token: staff.tokens[who] }))).toBe('FORBIDDEN');
    // The Bandung manager does not reach the head office's import, nor its clients.
    expect(errorCode(await server.gql(RUN, { id: mine.body.id, mapping: mine.body.mapping }, { token: staff.tokens.managerBdg }))).toBe('NOT_FOUND');
    const branch = await upload(staff.tokens.managerBdg, text);
    const check = expectData(
      await server.gql<{ checkLoanImport: any }>(CHECK, { id: branch.body.id, mapping: branch.body.mapping }, { token: staff.tokens.managerBdg }),
    ).checkLoanImport;
    expect(check).toMatchObject({ validRows: 1, rejectedRows: 1 });
    expect(check.problems[0]).toMatchObject({ rowNumber: 2, reasons: [{ code: 'CLIENT_UNKNOWN' }] });
    // A lead import is not a loan import.
    const leads = await fetch(`${server.url}/imports?fileName=x.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${staff.tokens.manager}` },
      body: Buffer.from('Nama;HP\nSiti;081211112222'),
    });
    const leadImport = (await leads.json()) as { id: string };
    expect(errorCode(await server.gql(RUN, { id: leadImport.id, mapping: mine.body.mapping }, { token: staff.tokens.manager }))).toBe('NOT_FOUND');
  });
});
