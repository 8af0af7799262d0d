import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, businessDate, uniqueAmountCode, virtualAccountOf } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff, Who } from '../helpers/access.js';
import { matched, uploadStatement } from '../helpers/bank-statements.js';
import { disburseLoan } from '../helpers/collection-loans.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';

const LINE = 'id state amount direction remark reference rule reasonCode reasonParams posted version officerId client { id name } target { kind id label }';
const STATEMENT = `query($id: ID!, $state: StatementLineState) { bankStatement(id: $id) { id status format account lineCount duplicateCount progress
  lines(first: 100, state: $state) { totalCount nodes { ${LINE} } } } }`;
const BOARD = `query { reconciliationBoard(perColumn: 100) { columns { state count total cards { id state } } } }`;
const CONFIRM = `mutation($input: ConfirmStatementMatchInput!) { confirmStatementMatch(input: $input) { ${LINE} } }`;
const REJECT = `mutation($input: RejectStatementMatchInput!) { rejectStatementMatch(input: $input) { ${LINE} } }`;

interface Line {
  id: string;
  state: string;
  amount: string;
  remark: string;
  rule: string | null;
  reasonCode: string | null;
  reasonParams: string | null;
  posted: boolean;
  version: number;
  officerId: string | null;
  client: { id: string; name: string } | null;
  target: { kind: string; id: string; label: string } | null;
}

/** Indonesian bank export: semicolons, day-first dates, dots grouping thousands. */
const rupiah = (n: number) => `${n.toLocaleString('id-ID')},00`;
const csvDate = (iso: string) => iso.split('-').reverse().join('/');

describe.each(databaseTargets)('bank-statement reconciliation on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const today = businessDate();
  const ids: Record<string, string> = {};
  const numbers: Record<string, string> = {};
  let loan: { id: string; arrears: string };
  let statementId: string;
  let csv: string;
  const mapping = JSON.stringify({ date: 'Tanggal', remark: 'Keterangan', reference: 'Referensi', debit: 'Debet', credit: 'Kredit', balance: 'Saldo' });

  const gql = <T>(who: Who, query: string, variables: Record<string, unknown> = {}) => server.gql<T>(query, variables, { token: staff.tokens[who] });
  const client = async (name: string) =>
    expectData(
      await gql<{ createClient: { id: string } }>('officer1', `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`, {
        input: { type: 'PERSON', name },
      }),
    ).createClient.id;
  const invoice = async (key: string, input: Record<string, unknown>, who: Who = 'officer1') => {
    const created = expectData(
      await gql<{ createInvoice: { id: string } }>(who, `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`, {
        input: { issueDate: today, dueDate: today, ...input },
      }),
    ).createInvoice;
    const issued = expectData(
      await gql<{ issueInvoice: { number: string } }>(who, `mutation($id: ID!) { issueInvoice(id: $id, channel: PDF) { number } }`, { id: created.id }),
    ).issueInvoice;
    ids[key] = created.id;
    numbers[key] = issued.number;
  };
  const lineOf = (amount: string) => ({ description: 'Jasa administrasi kredit', quantity: 1, unitPrice: amount, taxCode: 'EXEMPT' });
  const invoiceState = async (key: string) =>
    expectData(
      await gql<{ invoice: { status: string; amountDue: string } }>('admin', `query($id: ID!) { invoice(id: $id) { status amountDue } }`, { id: ids[key] }),
    ).invoice;
  const lines = async (id = statementId) =>
    expectData(await gql<{ bankStatement: { lines: { nodes: Line[] } } }>('manager', STATEMENT, { id })).bankStatement.lines.nodes;
  const lineBy = async (remark: string) => (await lines()).find((l) => l.remark.includes(remark)) as Line;
  const counts = async () => {
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    const [row]: Array<{ p: number | string; r: number | string; s: number | string }> = await server.app.dataSource.query(
      `SELECT (SELECT COUNT(*) FROM ${q('payment')}) AS p, (SELECT COUNT(*) FROM ${q('loan_repayment')}) AS r, (SELECT COUNT(*) FROM ${q('bank_statement')}) AS s`,
    );
    return { payments: Number(row.p), repayments: Number(row.r), statements: Number(row.s) };
  };

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    const rekon = await client('Rekon Sejahtera Abadi');
    const other = await client('Wulan Kusumawardani');
    await client('Gita Purnamasari Rekon');
    await invoice('ref', { kind: 'RECEIVABLE', clientId: rekon, lines: [lineOf('1234567.00')] });
    await invoice('code', { kind: 'RECEIVABLE', clientId: other, lines: [lineOf('2345678.00')] });
    await invoice('name', { kind: 'RECEIVABLE', clientId: rekon, lines: [lineOf('3456789.00')] });
    await invoice('near', { kind: 'RECEIVABLE', clientId: other, lines: [lineOf('4321000.00')] });
    await invoice('short', { kind: 'RECEIVABLE', clientId: other, lines: [lineOf('5432100.00')] });
    await invoice('twin1', { kind: 'RECEIVABLE', clientId: rekon, lines: [lineOf('2468013.00')] });
    await invoice('twin2', { kind: 'RECEIVABLE', clientId: other, lines: [lineOf('2468013.00')] });
    await invoice('mt', { kind: 'RECEIVABLE', clientId: other, lines: [lineOf('1111111.00')] });
    await invoice('payable', { kind: 'PAYABLE', supplierName: 'CV Cetak Rekon Prima', lines: [lineOf('987654.00')] }, 'manager');
    loan = await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, addMonths(today, -2));
    const code = 2_345_678 + uniqueAmountCode(Number(ids.code));
    const rows = [
      ['Tanggal', 'Keterangan', 'Referensi', 'Debet', 'Kredit', 'Saldo'],
      [csvDate(today), `TRF PEMBAYARAN ${numbers.ref}`, 'FT001', '', rupiah(1_234_567), ''],
      [csvDate(today), 'SETORAN TUNAI CABANG', 'FT002', '', rupiah(code), ''],
      [csvDate(today), 'TRF DARI REKON SEJAHTERA ABADI', 'FT003', '', rupiah(3_456_789), ''],
      [csvDate(today), 'SETORAN KLIRING', 'FT004', '', rupiah(4_320_500), ''],
      [csvDate(today), `BAYAR ${numbers.short.replace(/\//g, ' ')}`, 'FT005', '', rupiah(5_000_000), ''],
      [csvDate(today), 'SETORAN ATM', 'FT006', '', rupiah(2_468_013), ''],
      [csvDate(today), 'TRF DARI GITA PURNAMASARI REKON', 'FT007', '', rupiah(333_333), ''],
      [csvDate(today), 'BIAYA MATERAI DAN LAIN LAIN', 'FT008', rupiah(7_654_321), '', ''],
      [csvDate(today), 'BAYAR CETAK BROSUR CV CETAK REKON PRIMA', 'FT009', rupiah(987_654), '', ''],
      [
        csvDate(today),
        `SETORAN VA ${virtualAccountOf(Number(loan.id))}`,
        'FT010',
        '',
        loan.arrears.replace('.00', '').replace(/\B(?=(\d{3})+(?!\d))/g, '.'),
        '',
      ],
    ];
    csv = rows.map((r) => r.join(';')).join('\n');
  });
  afterAll(() => server?.close());

  it('takes in a CSV statement with its column mapping and matches it in the background', async () => {
    const before = await counts();
    const upload = await uploadStatement(server, staff.tokens.manager, 'mutasi-desember.csv', csv, { account: '1230009876543', mapping });
    expect(upload.status).toBe(201);
    expect(upload.body).toMatchObject({ status: 'MATCHING', format: 'CSV', lineCount: 10, duplicateCount: 0 });
    statementId = upload.body.id;
    await matched(server, staff.tokens.manager, statementId);
    const statement = expectData(
      await gql<{ bankStatement: { progress: number; lines: { totalCount: number } } }>('manager', STATEMENT, { id: statementId }),
    ).bankStatement;
    expect(statement).toMatchObject({ progress: 100, lines: { totalCount: 10 } });
    const after = await counts();
    expect(after.payments - before.payments).toBe(5);
    expect(after.repayments - before.repayments).toBe(1);
  });

  it('(a) an invoice number in the remark posts a payment and pays the invoice', async () => {
    expect(await lineBy('TRF PEMBAYARAN')).toMatchObject({ state: 'MATCHED', rule: 'REFERENCE', posted: true, target: { kind: 'RECEIVABLE', id: ids.ref } });
    expect(await invoiceState('ref')).toEqual({ status: 'PAID', amountDue: '0.00' });
  });

  it('(a) a loan’s virtual account posts a repayment through the loan engine', async () => {
    expect(await lineBy('SETORAN VA')).toMatchObject({ state: 'MATCHED', rule: 'REFERENCE', target: { kind: 'LOAN', id: loan.id } });
    const after = expectData(await gql<{ loan: { arrears: string } }>('admin', `query($id: ID!) { loan(id: $id) { arrears } }`, { id: loan.id })).loan;
    expect(after.arrears).toBe('0.00');
  });

  it('(b) the unique amount code, (c) the client’s name with the exact amount, and a supplier’s invoice settled', async () => {
    expect(await lineBy('SETORAN TUNAI')).toMatchObject({ state: 'MATCHED', rule: 'AMOUNT_CODE', target: { id: ids.code } });
    expect((await invoiceState('code')).status).toBe('PAID');
    expect(await lineBy('TRF DARI REKON')).toMatchObject({ state: 'MATCHED', rule: 'CLIENT_AMOUNT', target: { id: ids.name } });
    expect(await lineBy('CETAK BROSUR')).toMatchObject({ state: 'MATCHED', target: { kind: 'PAYABLE', id: ids.payable } });
    expect((await invoiceState('payable')).status).toBe('PAID');
  });

  it('(d) an amount within the tolerance is only proposed; two equal candidates never auto-match', async () => {
    expect(await lineBy('SETORAN KLIRING')).toMatchObject({ state: 'PROPOSED', rule: 'TOLERANCE', posted: false, target: { id: ids.near } });
    expect((await invoiceState('near')).status).toBe('ISSUED');
    const twin = await lineBy('SETORAN ATM');
    expect(twin).toMatchObject({ state: 'PROPOSED', posted: false });
    expect([ids.twin1, ids.twin2]).toContain(twin.target?.id);
  });

  it('puts a short payment and money with no invoice in FOLLOW_UP, each with a follow-up for the client’s officer', async () => {
    const short = await lineBy(`BAYAR ${numbers.short.replace(/\//g, ' ')}`);
    expect(short).toMatchObject({ state: 'FOLLOW_UP', reasonCode: 'AMOUNT_SHORT', posted: true, officerId: staff.ids.officer1 });
    expect(JSON.parse(short.reasonParams as string)).toMatchObject({
      expected: '5432100.00',
      paid: '5000000.00',
      difference: '432100.00',
      target: numbers.short,
    });
    expect(await invoiceState('short')).toEqual({ status: 'PARTIALLY_PAID', amountDue: '432100.00' });
    const none = await lineBy('GITA PURNAMASARI');
    expect(none).toMatchObject({ state: 'FOLLOW_UP', reasonCode: 'NO_INVOICE', posted: false, client: { name: 'Gita Purnamasari Rekon' } });
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    const notes: Array<{ notes: string; ownerId: number | string }> = await server.app.dataSource.query(
      `SELECT ${q('notes')}, ${q('ownerId')} FROM ${q('activity')} WHERE ${q('clientId')} IN (?, ?) AND ${q('notes')} LIKE ?`,
      [Number(short.client?.id), Number(none.client?.id), 'Mutasi rekening%'],
    );
    expect(notes.map((n) => String(n.ownerId))).toEqual([staff.ids.officer1, staff.ids.officer1]);
    expect(notes.map((n) => n.notes).join(' ')).toMatch(/kurang Rp 432\.100/);
    expect(notes.map((n) => n.notes).join(' ')).toMatch(/tanpa tagihan yang cocok/);
  });

  it('leaves a line nothing fits unmatched', async () => {
    expect(await lineBy('BIAYA MATERAI')).toMatchObject({ state: 'UNMATCHED', target: null, posted: false });
  });

  it('posts nothing twice when the same statement is uploaded again', async () => {
    const before = await counts();
    const again = await uploadStatement(server, staff.tokens.manager, 'mutasi-desember.csv', csv, { account: '1230009876543', mapping });
    expect(again.body).toMatchObject({ status: 'DONE', lineCount: 0, duplicateCount: 10 });
    const after = await counts();
    expect({ payments: after.payments, repayments: after.repayments }).toEqual({ payments: before.payments, repayments: before.repayments });
  });

  it('takes in an MT940 statement and matches it by the invoice number', async () => {
    const d = today.slice(2).replace(/-/g, '');
    const mt940 = [
      ':20:STMT-REKON-1',
      ':25:1230009876543',
      ':28C:00001/001',
      `:60F:C${d}IDR10000000,00`,
      `:61:${d}${d.slice(2)}C1111111,00NTRFNONREF//FT0099`,
      `:86:TRANSFER ${numbers.mt}`,
      `:62F:C${d}IDR11111111,00`,
    ].join('\r\n');
    const upload = await uploadStatement(server, staff.tokens.manager, 'mutasi.sta', mt940);
    expect(upload.body).toMatchObject({ format: 'MT940', account: '1230009876543', lineCount: 1 });
    await matched(server, staff.tokens.manager, upload.body.id);
    expect((await lines(upload.body.id))[0]).toMatchObject({ state: 'MATCHED', target: { id: ids.mt } });
  });

  it('confirming a proposal posts it; what disagrees goes to FOLLOW_UP, and confirming that settles it; a real socket sees each move', async () => {
    const listener = await joinBoard(server.url, staff.tokens.manager, 'reconciliation');
    try {
      const near = await lineBy('SETORAN KLIRING');
      const confirmed = expectData(
        await gql<{ confirmStatementMatch: Line }>('manager', CONFIRM, { input: { lineId: near.id, expectedVersion: near.version } }),
      ).confirmStatementMatch;
      expect(confirmed).toMatchObject({ state: 'FOLLOW_UP', reasonCode: 'AMOUNT_SHORT', posted: true, rule: 'TOLERANCE' });
      const event = await listener.next((e) => e.card.id === near.id && e.card.state === 'FOLLOW_UP');
      expect(event).toMatchObject({ type: 'moved', card: { target: { id: ids.near } } });
      expect(errorCode(await gql('manager', CONFIRM, { input: { lineId: near.id, expectedVersion: near.version } }))).toBe('CONFLICT');
      const settled = expectData(await gql<{ confirmStatementMatch: Line }>('manager', CONFIRM, { input: { lineId: near.id } })).confirmStatementMatch;
      expect(settled.state).toBe('MATCHED');
      await listener.next((e) => e.card.id === near.id && e.card.state === 'MATCHED');
      const again = await gql('manager', CONFIRM, { input: { lineId: near.id } });
      expect(errorCode(again)).toBe('BAD_USER_INPUT');
    } finally {
      listener.close();
    }
  });

  it('rejecting a proposal sends it back to UNMATCHED; a person then picks the invoice', async () => {
    const twin = await lineBy('SETORAN ATM');
    const other = twin.target?.id === ids.twin1 ? ids.twin2 : ids.twin1;
    expect(errorCode(await gql('manager', REJECT, { input: { lineId: twin.id, reason: '  ' } }))).toBe('BAD_USER_INPUT');
    const rejected = expectData(
      await gql<{ rejectStatementMatch: Line }>('manager', REJECT, { input: { lineId: twin.id, reason: 'Bukan nasabah ini' } }),
    ).rejectStatementMatch;
    expect(rejected).toMatchObject({ state: 'UNMATCHED', target: null });
    const once = { token: staff.tokens.manager, headers: { 'idempotency-key': `confirm-${twin.id}` } };
    const picked = expectData(
      await server.gql<{ confirmStatementMatch: Line }>(CONFIRM, { input: { lineId: twin.id, invoiceId: other } }, once),
    ).confirmStatementMatch;
    expect(picked).toMatchObject({ state: 'MATCHED', rule: 'MANUAL', target: { id: other } });
    // A retry whose first answer was lost gets that answer, and posts nothing more.
    const retried = expectData(await server.gql<{ confirmStatementMatch: Line }>(CONFIRM, { input: { lineId: twin.id, invoiceId: other } }, once));
    expect(retried.confirmStatementMatch).toEqual(picked);
    const audit: Array<{ action: string }> = await server.app.dataSource.query(
      `SELECT ${server.app.dataSource.driver.escape('action')} AS action FROM ${server.app.dataSource.driver.escape('audit_entry')} WHERE ${server.app.dataSource.driver.escape('entityType')} = ? AND ${server.app.dataSource.driver.escape('entityId')} = ? ORDER BY ${server.app.dataSource.driver.escape('id')}`,
      ['BankStatementLine', twin.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['matchStatementLine', 'rejectStatementMatch', 'confirmStatementMatch']);
  });

  it('refuses a target of the wrong direction and a line already posted', async () => {
    const unmatched = await lineBy('BIAYA MATERAI');
    expect(errorCode(await gql('manager', CONFIRM, { input: { lineId: unmatched.id, invoiceId: ids.near } }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await gql('manager', CONFIRM, { input: { lineId: unmatched.id } }))).toBe('BAD_USER_INPUT');
    const posted = await lineBy('TRF PEMBAYARAN');
    expect(errorCode(await gql('manager', REJECT, { input: { lineId: posted.id, reason: 'salah' } }))).toBe('BAD_USER_INPUT');
  });

  it('shows officers only the lines about their own clients; statements are for managers and admins', async () => {
    const board = async (who: Who) =>
      expectData(await gql<{ reconciliationBoard: { columns: Array<{ state: string; cards: Array<{ id: string }> }> } }>(who, BOARD)).reconciliationBoard
        .columns;
    const mine = (await board('officer1')).flatMap((c) => c.cards.map((card) => card.id));
    const short = await lineBy(`BAYAR ${numbers.short.replace(/\//g, ' ')}`);
    expect(mine).toContain(short.id);
    expect(mine).not.toContain((await lineBy('BIAYA MATERAI')).id);
    expect((await board('officer2')).flatMap((c) => c.cards.map((card) => card.id))).not.toContain(short.id);
    expect((await board('manager')).find((c) => c.state === 'UNMATCHED')?.cards.map((c) => c.id)).toContain((await lineBy('BIAYA MATERAI')).id);
    expect(errorCode(await gql('officer2', CONFIRM, { input: { lineId: short.id } }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('managerBdg', CONFIRM, { input: { lineId: short.id } }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('officer1', STATEMENT, { id: statementId }))).toBe('FORBIDDEN');
    expect(errorCode(await gql('managerBdg', STATEMENT, { id: statementId }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('marketing', BOARD))).toBe('FORBIDDEN');
    expect((await uploadStatement(server, staff.tokens.officer1, 'x.csv', csv, { account: '1', mapping })).status).toBe(403);
    expect((await uploadStatement(server, 'nonsense', 'x.csv', csv, { account: '1', mapping })).status).toBe(401);
  });

  it('answers bad files with a clear error and writes nothing', async () => {
    const before = await counts();
    const badRow = csv.replace(csvDate(today), '32/13/2026').replace('FT001', 'FT901');
    const cases: Array<[string, string, Record<string, string>, string]> = [
      ['bad date', badRow, { account: '1', mapping }, 'STATEMENT_ROW_INVALID'],
      ['no amount column', 'Tanggal;Keterangan\n01/12/2026;x', { account: '1' }, 'MAPPING_INCOMPLETE'],
      ['unknown column', csv, { account: '1', mapping: JSON.stringify({ date: 'Tgl', amount: 'Jumlah' }) }, 'COLUMN_MISSING'],
      ['mt940 balance', ':20:X\n:25:1\n:60F:C261201IDR100,00\n:61:261201C50,00NTRFNONREF\n:62F:C261201IDR100,00', {}, 'MT940_INVALID'],
      ['no account', csv.replace(/FT0/g, 'FX0'), { mapping }, ''],
    ];
    for (const [name, body, query, reason] of cases) {
      const answer = await uploadStatement(server, staff.tokens.manager, 'bad.csv', body, query);
      expect(answer.status, name).toBe(400);
      expect(answer.body.error, name).toBe('BAD_USER_INPUT');
      if (reason) expect(answer.body.fieldErrors[0].reason, name).toBe(reason);
    }
    const preview = await uploadStatement(server, staff.tokens.manager, 'mutasi.csv', csv, { preview: '1' });
    expect(preview.body).toMatchObject({
      format: 'CSV',
      headers: ['Tanggal', 'Keterangan', 'Referensi', 'Debet', 'Kredit', 'Saldo'],
      mapping: { date: 'Tanggal', remark: 'Keterangan' },
    });
    expect(await counts()).toEqual(before);
  });

  it('pages statements and their lines', async () => {
    const list = expectData(
      await gql<{ bankStatements: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<{ id: string }> } }>(
        'manager',
        `{ bankStatements(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      ),
    ).bankStatements;
    expect(list.totalCount).toBeGreaterThanOrEqual(3);
    expect(list.pageInfo.hasNextPage).toBe(true);
    const page = expectData(
      await gql<{ bankStatement: { lines: { nodes: Array<{ id: string }>; pageInfo: { endCursor: string } } } }>(
        'manager',
        `query($id: ID!) { bankStatement(id: $id) { lines(first: 4) { nodes { id } pageInfo { endCursor } } } }`,
        { id: statementId },
      ),
    ).bankStatement.lines;
    const next = expectData(
      await gql<{ bankStatement: { lines: { nodes: Array<{ id: string }> } } }>(
        'manager',
        `query($id: ID!, $after: String) { bankStatement(id: $id) { lines(first: 100, after: $after) { nodes { id } } } }`,
        { id: statementId, after: page.pageInfo.endCursor },
      ),
    ).bankStatement.lines.nodes;
    expect(page.nodes.length + next.length).toBe(10);
    expect(next.map((n) => n.id)).not.toContain(page.nodes[0].id);
  });
});
