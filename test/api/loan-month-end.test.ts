import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate, daysBetween, startOfBusinessDate } from '@prospek/shared';
import { monthEndOf } from '../../server/src/modules/loan/loan-month-end.service.js';
import { BRANCH_PASSWORD, signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

interface Loan {
  id: string;
  principal: string;
  client: { id: string };
  schedule: Array<{ number: number; dueDate: string; principal: string; interest: string }>;
  repayments: Array<{ id: string }>;
}

interface Snapshot {
  loanId: string;
  monthEnd: string;
  clientId: string;
  officerId: string | null;
  officeId: string;
  principal: string;
  outstandingPrincipal: string;
  arrears: string;
  arrearsPrincipal: string;
  arrearsInterest: string;
  dueInMonth: string;
  collectedInMonth: string;
  daysPastDue: number;
  collectibility: number;
  status: string;
  maturityDate: string;
  createdAt: string;
  client: { id: string; name: string };
}

const LOAN_FIELDS = 'id principal client { id } schedule { number dueDate principal interest } repayments { id }';
const SNAPSHOT_FIELDS = `loanId monthEnd clientId officerId officeId principal outstandingPrincipal arrears arrearsPrincipal arrearsInterest
  dueInMonth collectedInMonth daysPastDue collectibility status maturityDate createdAt client { id name }`;
const MONTH_ENDS = `query($monthEnd: LocalDate!, $officeId: ID, $officerId: ID, $first: Int, $after: String) {
  loanMonthEnds(monthEnd: $monthEnd, officeId: $officeId, officerId: $officerId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${SNAPSHOT_FIELDS} }
  }
}`;
const QUALITY = `query($asOf: LocalDate, $officeId: ID) {
  portfolioQuality(asOf: $asOf, officeId: $officeId) { asOf outstandingPrincipal loanCount nplRatio par1 par30 par90 collectionRate grades { grade count outstanding } }
}`;

const sen = (money: string) => BigInt(money.replace('.', ''));
const rupiah = (minor: bigint) => `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;
const ratio = (part: bigint, whole: bigint) => Number((part * 1_000_000n) / whole) / 1_000_000;
const installment = (loan: Loan, n: number) => loan.schedule[n - 1];
const total = (loan: Loan, n: number) => sen(installment(loan, n).principal) + sen(installment(loan, n).interest);
const principalLeft = (loan: Loan, paid: number) => sen(loan.principal) - loan.schedule.slice(0, paid).reduce((s, i) => s + sen(i.principal), 0n);

/** `;`-separated CSV with a BOM; none of the test's values holds a separator. */
function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .filter((line) => line !== '')
    .map((line) => line.split(';').map((cell) => cell.replace(/^"(.*)"$/, '$1')));
}

describe.each(databaseTargets)('month-end snapshots on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const today = businessDate();
  const thisMonth = `${today.slice(0, 7)}-01`;
  // Two closed month ends: A two months back, B the last one.
  const monthA = monthEndOf(addMonths(thisMonth, -2));
  const monthB = monthEndOf(addMonths(thisMonth, -1));
  const disbursed = addDays(addMonths(thisMonth, -3), 4);
  const disbursedEarly = addDays(addMonths(thisMonth, -5), 4);
  // A branch of its own (Semarang, under the head office, with a sub-branch) keeps the demo book out of
  // the figures. L1 (the branch's officer): installment 1 paid on time. L1b (same debtor): nothing paid
  // for five months. L2 (the sub-branch's officer): nothing paid.
  const ids = { smg: '', smg2: '', officer: '', officer2: '', debtor: '' };
  const tokens = { officer: '', manager: '', manager2: '' };
  const NIK = '3374011505900007';
  let l1: Loan;
  let l1b: Loan;
  let l2: Loan;
  /** Of the loans' product: days past due count after them. */
  let graceDays = 0;
  const lateSince = (dueDate: string, asOf: string) => Math.max(0, daysBetween(dueDate, asOf) - graceDays);

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const admin = (query: string, variables: Record<string, unknown> = {}) => server.gql(query, variables, { token: staff.tokens.admin });

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    const office = async (code: string, parentId: string) =>
      expectData(
        await admin(`mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, { input: { code, name: `Kantor ${code}`, parentId } }),
      ).createOffice.id as string;
    ids.smg = await office('KC-SMG', staff.offices.ho);
    ids.smg2 = await office('KCP-SMG', ids.smg);
    const user = async (email: string, name: string, role: string, officeId: string) =>
      expectData(
        await admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
          input: { email, name, role, officeId, password: BRANCH_PASSWORD, ...(role === 'OFFICER' ? { segment: 'MICRO' } : {}) },
        }),
      ).createUser.id as string;
    ids.officer = await user('ao.smg@prospek.test', 'Sri Handayani', 'OFFICER', ids.smg);
    ids.officer2 = await user('ao.smg2@prospek.test', 'Teguh Wibowo', 'OFFICER', ids.smg2);
    await user('kc.smg@prospek.test', 'Hendra Gunawan', 'MANAGER', ids.smg);
    await user('kcp.smg@prospek.test', 'Wulan Sari', 'MANAGER', ids.smg2);
    tokens.officer = await server.login('ao.smg@prospek.test', BRANCH_PASSWORD);
    tokens.manager = await server.login('kc.smg@prospek.test', BRANCH_PASSWORD);
    tokens.manager2 = await server.login('kcp.smg@prospek.test', BRANCH_PASSWORD);
    const client = async (input: Record<string, unknown>) =>
      expectData(await admin(`mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`, { input: { type: 'PERSON', ...input } }))
        .createClient.id as string;
    ids.debtor = await client({ name: 'Bambang Sutrisno', phone: '081377770001', nik: NIK, birthDate: '1990-05-15', officerId: ids.officer });
    const other = await client({ name: 'Yuliani Puspita', phone: '081377770002', officerId: ids.officer2 });
    l1 = await disburse(ids.debtor, disbursed);
    l1b = await disburse(ids.debtor, disbursedEarly);
    l2 = await disburse(other, disbursed);
    l1 = await post(l1.id, rupiah(total(l1, 1)), installment(l1, 1).dueDate);
  });
  afterAll(() => server?.close());

  async function disburse(clientId: string, when: string): Promise<Loan> {
    const product = expectData(
      await server.gql<{
        products: { nodes: Array<{ id: string; kind: string; minAmount: string; minTenorMonths: number; maxTenorMonths: number; minRate: number }> };
      }>('{ products(first: 100) { nodes { id kind minAmount minTenorMonths maxTenorMonths minRate } } }', {}, { token: staff.tokens.admin }),
    ).products.nodes.find((p) => p.kind === 'LOAN')!;
    const terms = expectData(await admin('{ loanProductTerms { productId graceDays } }')).loanProductTerms as Array<{ productId: string; graceDays: number }>;
    graceDays = terms.find((t) => t.productId === product.id)?.graceDays ?? 0;
    const offer = expectData(
      await admin(`mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, {
        input: {
          clientId,
          productId: product.id,
          amount: product.minAmount,
          tenorMonths: Math.min(product.maxTenorMonths, Math.max(product.minTenorMonths, 12)),
          annualRate: product.minRate,
        },
      }),
    ).createOffer as { id: string };
    expectData(await admin(`mutation($id: ID!) { presentOffer(id: $id) { id } }`, { id: offer.id }));
    expectData(await admin(`mutation($id: ID!) { acceptOffer(id: $id) { id } }`, { id: offer.id }));
    return expectData(
      await admin(`mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { ${LOAN_FIELDS} } }`, {
        input: { offerId: offer.id, disbursementDate: when, firstDueDate: addMonths(when, 1) },
      }),
    ).disburseLoan as Loan;
  }

  async function post(loanId: string, amount: string, valueDate: string): Promise<Loan> {
    return expectData(
      await admin(`mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { ${LOAN_FIELDS} } }`, {
        input: { loanId, amount, valueDate, channel: 'TRANSFER', reference: `TRX-${valueDate}` },
      }),
    ).postRepayment as Loan;
  }

  /** A month end's rows as `token` sees them, two to a page. */
  async function snapshots(monthEnd: string, token = staff.tokens.admin, officeId: string | null = null): Promise<Snapshot[]> {
    const rows: Snapshot[] = [];
    let after: string | null = null;
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Snapshot[] };
    for (;;) {
      const page: Page = expectData(await server.gql<{ loanMonthEnds: Page }>(MONTH_ENDS, { monthEnd, officeId, first: 2, after }, { token })).loanMonthEnds;
      rows.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) {
        expect(page.totalCount).toBe(rows.length);
        return rows;
      }
      after = page.pageInfo.endCursor;
    }
  }

  /** The branch's rows (the demo book lies elsewhere). */
  const branch = (monthEnd: string) => snapshots(monthEnd, tokens.manager);
  const snapshotOf = async (loan: Loan, monthEnd: string) => (await branch(monthEnd)).find((s) => s.loanId === loan.id);
  const rowsOfBranch = async () =>
    Number(
      (
        await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('loan_month_end')} WHERE ${q('officeId')} IN (?, ?)`, [
          Number(ids.smg),
          Number(ids.smg2),
        ])
      )[0].n,
    );
  /** Every (loan, month end) the three loans were open for, up to month end B. */
  const expectedRows = [disbursed, disbursedEarly, disbursed].reduce((sum, d) => {
    let n = 0;
    for (let m = monthEndOf(d); m <= monthB; m = monthEndOf(addDays(m, 1))) n++;
    return sum + n;
  }, 0);

  it('closes each ended month once, even when two runs meet, and the daily job then finds nothing left', async () => {
    expect(await rowsOfBranch()).toBe(0);
    const now = new Date();
    const { monthEnds, scheduler } = server.app.services;
    await Promise.all([monthEnds.closeMonths(now), monthEnds.closeMonths(now)]);
    expect(await rowsOfBranch()).toBe(expectedRows);
    const duplicates = await server.app.dataSource.query(
      `SELECT ${q('loanId')}, ${q('monthEnd')} FROM ${q('loan_month_end')} GROUP BY ${q('loanId')}, ${q('monthEnd')} HAVING COUNT(*) > 1`,
    );
    expect(duplicates).toEqual([]);
    // The clock job: one slot a day, and with every month closed it writes nothing, however often it runs.
    const job = scheduler.jobs.find((j) => j.name === 'loan-month-end')!;
    expect(job.slot(now)).toBe(today);
    expect(await Promise.all([job.run(now), job.run(now)])).toEqual([0, 0]);
    expect(await rowsOfBranch()).toBe(expectedRows);
    // The current month is not closed.
    expect(expectData(await server.gql<{ closedMonthEnds: string[] }>('{ closedMonthEnds }', {}, { token: tokens.officer })).closedMonthEnds[0]).toBe(monthB);
  });

  it('keeps each loan’s position as of the month end, from the ledger of that day', async () => {
    expect(await snapshotOf(l1, monthA)).toMatchObject({
      monthEnd: monthA,
      clientId: ids.debtor,
      officerId: ids.officer,
      officeId: ids.smg,
      principal: l1.principal,
      outstandingPrincipal: rupiah(principalLeft(l1, 1)),
      arrears: '0.00',
      daysPastDue: 0,
      collectibility: 1,
      status: 'ACTIVE',
      dueInMonth: rupiah(total(l1, 1)),
      collectedInMonth: rupiah(total(l1, 1)),
      client: { id: ids.debtor, name: 'Bambang Sutrisno' },
    });
    expect(await snapshotOf(l1, monthB)).toMatchObject({
      outstandingPrincipal: rupiah(principalLeft(l1, 1)),
      arrears: rupiah(total(l1, 2)),
      arrearsPrincipal: installment(l1, 2).principal,
      arrearsInterest: installment(l1, 2).interest,
      daysPastDue: lateSince(installment(l1, 2).dueDate, monthB),
      collectibility: 2,
      dueInMonth: rupiah(total(l1, 2)),
      collectedInMonth: '0.00',
    });
    const b1b = await snapshotOf(l1b, monthB);
    expect(b1b?.daysPastDue).toBe(lateSince(installment(l1b, 1).dueDate, monthB));
    expect(b1b?.daysPastDue).toBeGreaterThan(90);
    expect(b1b?.collectibility).toBe(3);
    expect(b1b?.outstandingPrincipal).toBe(l1b.principal);
    expect(await snapshotOf(l2, monthA)).toMatchObject({
      officeId: ids.smg2,
      officerId: ids.officer2,
      daysPastDue: lateSince(installment(l2, 1).dueDate, monthA),
      collectibility: 2,
    });
    // No row before a loan was disbursed.
    expect(await snapshotOf(l2, monthEndOf(addMonths(disbursed, -1)))).toBeUndefined();
    expect(await snapshotOf(l1b, monthEndOf(addMonths(disbursed, -1)))).toBeDefined();
  });

  it('never changes a closed month: a later posting or reversal dated in it leaves the rows as written', async () => {
    const before = [await branch(monthA), await branch(monthB)];
    const qualityBefore = expectData(await server.gql(QUALITY, { asOf: monthB }, { token: tokens.manager })).portfolioQuality;
    // Installment 2 of L1 paid, back-dated into month B; installment 1's payment (month A) reversed.
    expect((await post(l1.id, rupiah(total(l1, 2)), monthB)).repayments).toHaveLength(2);
    expectData(
      await admin(`mutation($id: ID!, $reason: String!) { reverseRepayment(id: $id, reason: $reason) { id } }`, {
        id: l1.repayments[0].id,
        reason: 'Transfer ditolak bank',
      }),
    );
    const live = expectData(await admin('query($id: ID!) { loan(id: $id) { arrears } }', { id: l1.id })).loan as { arrears: string };
    expect(live.arrears).not.toBe('0.00');
    await server.app.services.monthEnds.closeMonths(new Date());
    expect([await branch(monthA), await branch(monthB)]).toEqual(before);
    expect(await rowsOfBranch()).toBe(expectedRows);
    expect(expectData(await server.gql(QUALITY, { asOf: monthB }, { token: tokens.manager })).portfolioQuality).toEqual(qualityBefore);
  });

  it('answers portfolio quality of a closed month end from its snapshots, scoped, and refuses other past dates', async () => {
    const [b1, b1b, b2] = await Promise.all([snapshotOf(l1, monthB), snapshotOf(l1b, monthB), snapshotOf(l2, monthB)]);
    const out = [b1, b1b, b2].map((s) => sen(s!.outstandingPrincipal));
    const whole = out[0] + out[1] + out[2];
    const quality = expectData(await server.gql(QUALITY, { asOf: monthB }, { token: tokens.manager })).portfolioQuality;
    expect(quality).toMatchObject({
      asOf: monthB,
      outstandingPrincipal: rupiah(whole),
      loanCount: 3,
      nplRatio: ratio(out[1], whole),
      par1: 1,
      par30: ratio(out[1] + out[2], whole),
      par90: ratio(out[1], whole),
      collectionRate: 0,
    });
    expect(quality.grades).toEqual([
      { grade: 1, count: 0, outstanding: '0.00' },
      { grade: 2, count: 2, outstanding: rupiah(out[0] + out[2]) },
      { grade: 3, count: 1, outstanding: rupiah(out[1]) },
      { grade: 4, count: 0, outstanding: '0.00' },
      { grade: 5, count: 0, outstanding: '0.00' },
    ]);
    // Month A: L1's first installment collected; L2's and L1b's installments due that month not.
    const a1b = await snapshotOf(l1b, monthA);
    const qa = expectData(await server.gql(QUALITY, { asOf: monthA }, { token: tokens.manager })).portfolioQuality;
    expect(qa.collectionRate).toBe(ratio(total(l1, 1), total(l1, 1) + total(l2, 1) + sen(a1b!.dueInMonth)));
    // The same month through the admin's office filter; the sub-branch manager reaches only L2.
    expect(expectData(await admin(QUALITY, { asOf: monthB, officeId: ids.smg })).portfolioQuality).toMatchObject({
      loanCount: 2,
      outstandingPrincipal: rupiah(out[0] + out[1]),
    });
    expect(expectData(await server.gql(QUALITY, { asOf: monthB }, { token: tokens.manager2 })).portfolioQuality).toMatchObject({
      loanCount: 1,
      outstandingPrincipal: rupiah(out[2]),
      par30: 1,
    });
    expect(expectData(await server.gql(QUALITY, { asOf: monthB }, { token: tokens.officer })).portfolioQuality).toMatchObject({ loanCount: 2 });
    expect((await snapshots(monthB, tokens.manager2)).map((s) => s.loanId)).toEqual([l2.id]);
    expect((await snapshots(monthB, tokens.officer)).map((s) => s.loanId).sort()).toEqual([l1.id, l1b.id].sort());
    // Other past dates are refused with the reason.
    for (const asOf of [addDays(monthB, -1), monthEndOf(addMonths(thisMonth, -40)), addDays(today, 1)]) {
      const refused = await server.gql(QUALITY, { asOf }, { token: tokens.manager });
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0].extensions?.fieldErrors).toMatchObject([{ field: 'asOf', code: 'NOT_ALLOWED' }]);
    }
    expect(errorCode(await server.gql(MONTH_ENDS, { monthEnd: addDays(monthB, -1) }, { token: tokens.manager }))).toBe('BAD_USER_INPUT');
  });

  it('exports the month end per debtor for SLIK to managers (their tree) and admins, never to officers', async () => {
    const exportUrl = (token: string, officeId: string | null = null) =>
      server.gql<{ loanMonthEndExportUrl: string }>(
        'query($m: LocalDate!, $o: ID) { loanMonthEndExportUrl(monthEnd: $m, officeId: $o) }',
        { m: monthB, o: officeId },
        { token },
      );
    const download = async (token: string, lang = 'id', officeId: string | null = null) => {
      const response = await fetch(`${server.url}${expectData(await exportUrl(token, officeId)).loanMonthEndExportUrl}&lang=${lang}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-disposition')).toContain(`slik-fasilitas-${monthB.slice(0, 7)}.csv`);
      return parseCsv(await response.text());
    };
    const [heading, ...rows] = await download(tokens.manager);
    expect(heading).toEqual([
      'Bulan Data',
      'Tanggal Posisi',
      'Kode Kantor Cabang',
      'Nomor Rekening Fasilitas',
      'CIF',
      'NIK',
      'Nama Debitur',
      'Kode Valuta',
      'Plafon',
      'Baki Debet',
      'Tunggakan Pokok',
      'Tunggakan Bunga',
      'Denda',
      'Jumlah Hari Tunggakan',
      'Kolektibilitas',
      'Kolektibilitas Debitur',
      'Tanggal Mulai',
      'Tanggal Jatuh Tempo',
      'Suku Bunga (% p.a.)',
      'Kondisi',
      'AO',
    ]);
    expect(rows.map((r) => r[3]).sort()).toEqual([l1.id, l1b.id, l2.id].sort());
    const b1 = (await snapshotOf(l1, monthB))!;
    const [client]: Array<{ cif: string }> = await server.app.dataSource.query(`SELECT ${q('cif')} AS cif FROM ${q('client')} WHERE ${q('id')} = ?`, [
      Number(ids.debtor),
    ]);
    expect(rows.find((r) => r[3] === l1.id)).toEqual([
      monthB.slice(0, 7),
      monthB,
      'KC-SMG',
      l1.id,
      client.cif,
      NIK,
      'Bambang Sutrisno',
      'IDR',
      l1.principal,
      b1.outstandingPrincipal,
      b1.arrearsPrincipal,
      b1.arrearsInterest,
      rupiah(sen(b1.arrears) - sen(b1.arrearsPrincipal) - sen(b1.arrearsInterest)),
      String(b1.daysPastDue),
      '2',
      // One obligor, one grade: L1b of the same debtor is in grade 3.
      '3',
      disbursed,
      b1.maturityDate,
      expect.stringMatching(/^\d+(\.\d+)?$/),
      'Aktif',
      'Sri Handayani',
    ]);
    expect(rows.find((r) => r[3] === l2.id)?.slice(13, 16)).toEqual([String((await snapshotOf(l2, monthB))!.daysPastDue), '2', '2']);
    // English headings and words on asking; an admin narrows to an office.
    const [english, ...adminRows] = await download(staff.tokens.admin, 'en', ids.smg2);
    expect(english[9]).toBe('Outstanding');
    expect(adminRows.map((r) => [r[3], r[19]])).toEqual([[l2.id, 'Active']]);
    // The sub-branch manager gets the sub-branch's rows only, even naming the branch above.
    expect((await download(tokens.manager2)).slice(1).map((r) => r[3])).toEqual([l2.id]);
    expect((await download(tokens.manager2, 'id', ids.smg)).slice(1)).toEqual([]);
    // Officers and marketing get no link, and a link made for an officer is refused at the door.
    expect(errorCode(await exportUrl(tokens.officer))).toBe('FORBIDDEN');
    expect(errorCode(await exportUrl(staff.tokens.marketing))).toBe('FORBIDDEN');
    const forged = await server.app.services.downloads.issue(Number(ids.officer), 'export:loan-month-end');
    expect((await fetch(`${server.url}/exports/loan-month-end.csv?token=${forged}&monthEnd=${monthB}`)).status).toBe(403);
    expect((await fetch(`${server.url}/exports/loan-month-end.csv?monthEnd=${monthB}`)).status).toBe(401);
    const badMonth = await fetch(`${server.url}${expectData(await exportUrl(tokens.manager)).loanMonthEndExportUrl.replace(monthB, addDays(monthB, -1))}`);
    expect(badMonth.status).toBe(400);
  });
  it('closes a month by each office’s own calendar: Jayapura’s ends two hours before Jakarta’s', async () => {
    const sorong = expectData(
      await admin(`mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, {
        input: { code: 'KC-SOQ', name: 'Kantor Cabang Sorong', parentId: staff.offices.ho, timeZone: 'Asia/Jayapura' },
      }),
    ).createOffice.id as string;
    const officerId = expectData(
      await admin(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { email: 'ao.soq@prospek.test', name: 'Yohanes Mambrasar', role: 'OFFICER', officeId: sorong, password: BRANCH_PASSWORD, segment: 'MICRO' },
      }),
    ).createUser.id as string;
    const clientId = expectData(
      await admin(`mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`, {
        input: { type: 'PERSON', name: 'Markus Wanma', phone: '081377770003', officerId },
      }),
    ).createClient.id as string;
    const east = await disburse(clientId, disbursed);
    // One minute into the next month in Jayapura (WIT) is still the month's last evening in Jakarta (WIB).
    const monthEnd = monthEndOf(thisMonth);
    const at = new Date(startOfBusinessDate(addDays(monthEnd, 1), 'Asia/Jayapura').getTime() + 60_000);
    expect(businessDate(at, 'Asia/Jakarta')).toBe(monthEnd);
    await server.app.services.monthEnds.closeMonths(at);
    const closed: Array<{ loanId: number | string; timeZone: string }> = await server.app.dataSource.query(
      `SELECT s.${q('loanId')} AS ${q('loanId')}, o.${q('timeZone')} AS ${q('timeZone')} FROM ${q('loan_month_end')} s
       JOIN ${q('office')} o ON o.${q('id')} = s.${q('officeId')} WHERE s.${q('monthEnd')} = ?`,
      [monthEnd],
    );
    expect(closed.map((r) => String(r.loanId))).toContain(east.id);
    expect(closed.map((r) => String(r.loanId))).not.toContain(l1.id);
    expect(new Set(closed.map((r) => r.timeZone))).toEqual(new Set(['Asia/Jayapura']));
    // Its closed months before were filled in by the same run.
    const earlier: Array<{ officeId: number | string }> = await server.app.dataSource.query(
      `SELECT ${q('officeId')} AS ${q('officeId')} FROM ${q('loan_month_end')} WHERE ${q('loanId')} = ? AND ${q('monthEnd')} IN (?, ?)`,
      [Number(east.id), monthA, monthB],
    );
    expect(earlier.map((r) => String(r.officeId))).toEqual([sorong, sorong]);
  });
});
