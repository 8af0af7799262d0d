/**
 * A person's corrections on the reconciliation queue: undoing a posted line's match (the payment or
 * repayment reversed, the line back to UNMATCHED), searching what to post a line to, and two
 * overlapping statements uploaded at the same moment posting each bank line once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, businessDate, virtualAccountOf } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff, Who } from '../helpers/access.js';
import { matched, uploadStatement } from '../helpers/bank-statements.js';
import { disburseLoan } from '../helpers/collection-loans.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';

const LINE = 'id state remark rule posted version target { kind id label }';
const STATEMENT = `query($id: ID!) { bankStatement(id: $id) { lines(first: 100) { nodes { ${LINE} } } } }`;
const UNMATCH = `mutation($input: UnmatchStatementLineInput!) { unmatchStatementLine(input: $input) { ${LINE} } }`;
const CONFIRM = `mutation($input: ConfirmStatementMatchInput!) { confirmStatementMatch(input: $input) { ${LINE} } }`;
const SEARCH = `query($lineId: ID!, $search: String) { statementMatchCandidates(lineId: $lineId, search: $search) { kind id label party amountDue dueDate } }`;

interface Line {
  id: string;
  state: string;
  remark: string;
  rule: string | null;
  posted: boolean;
  version: number;
  target: { kind: string; id: string; label: string } | null;
}
interface Candidate {
  kind: string;
  id: string;
  label: string;
  party: string;
  amountDue: string;
}

const rupiah = (n: number) => `${n.toLocaleString('id-ID')},00`;
const csvDate = (iso: string) => iso.split('-').reverse().join('/');
const HEAD = 'Tanggal;Keterangan;Referensi;Debet;Kredit';
const mapping = JSON.stringify({ date: 'Tanggal', remark: 'Keterangan', reference: 'Referensi', debit: 'Debet', credit: 'Kredit' });

describe.each(databaseTargets)('undoing and picking statement matches on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const today = businessDate();
  const ids: Record<string, string> = {};
  const numbers: Record<string, string> = {};
  let clientId: string;
  let loan: { id: string; arrears: string };
  let statementId: string;

  const gql = <T>(who: Who, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
    server.gql<T>(query, variables, { token: staff.tokens[who], headers });
  const q = (n: string) => server.app.dataSource.driver.escape(n);
  const sql = <T>(text: string, params: unknown[] = []): Promise<T[]> => server.app.dataSource.query(text, params);
  const invoice = async (key: string, amount: string) => {
    const created = expectData(
      await gql<{ createInvoice: { id: string } }>('officer1', `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`, {
        input: {
          kind: 'RECEIVABLE',
          clientId,
          issueDate: today,
          dueDate: today,
          lines: [{ description: 'Jasa notaris', quantity: 1, unitPrice: amount, taxCode: 'EXEMPT' }],
        },
      }),
    ).createInvoice;
    ids[key] = created.id;
    numbers[key] = expectData(
      await gql<{ issueInvoice: { number: string } }>('officer1', `mutation($id: ID!) { issueInvoice(id: $id, channel: PDF) { number } }`, { id: created.id }),
    ).issueInvoice.number;
  };
  const invoiceState = async (key: string) =>
    expectData(
      await gql<{ invoice: { status: string; amountDue: string; amountPaid: string } }>(
        'admin',
        `query($id: ID!) { invoice(id: $id) { status amountDue amountPaid } }`,
        {
          id: ids[key],
        },
      ),
    ).invoice;
  const lines = async (id = statementId) =>
    expectData(await gql<{ bankStatement: { lines: { nodes: Line[] } } }>('manager', STATEMENT, { id })).bankStatement.lines.nodes;
  const lineBy = async (remark: string, id = statementId) => (await lines(id)).find((l) => l.remark.includes(remark)) as Line;
  const arrears = async () =>
    expectData(await gql<{ loan: { arrears: string } }>('admin', `query($id: ID!) { loan(id: $id) { arrears } }`, { id: loan.id })).loan.arrears;
  /** The undoing allocation entries of a payment (one per invoice per reversal). */
  const undoings = async (invoiceKey: string) =>
    Number(
      (
        await sql<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${q('payment_allocation')} WHERE ${q('invoiceId')} = ? AND ${q('amount')} < 0`, [
          Number(ids[invoiceKey]),
        ])
      )[0].n,
    );
  const lineAudit = async (lineId: string) =>
    (
      await sql<{ action: string }>(
        `SELECT ${q('action')} AS action FROM ${q('audit_entry')} WHERE ${q('entityType')} = ? AND ${q('entityId')} = ? ORDER BY ${q('id')}`,
        ['BankStatementLine', lineId],
      )
    ).map((a) => a.action);

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
    clientId = expectData(
      await gql<{ createClient: { id: string } }>('officer1', `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`, {
        input: { type: 'PERSON', name: 'Batal Cocok Sentosa' },
      }),
    ).createClient.id;
    await invoice('undo', '1357913.00');
    await invoice('race', '1470258.00');
    await invoice('spare', '2581369.00');
    loan = await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, addMonths(today, -2));
    const vaAmount = loan.arrears.replace('.00', '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    const csv = [
      HEAD,
      `${csvDate(today)};TRF PEMBAYARAN ${numbers.undo};UND001;;${rupiah(1_357_913)}`,
      `${csvDate(today)};TRF PEMBAYARAN ${numbers.race};UND002;;${rupiah(1_470_258)}`,
      `${csvDate(today)};SETORAN VA ${virtualAccountOf(Number(loan.id))};UND003;;${vaAmount}`,
      `${csvDate(today)};SETORAN TUNAI TANPA KETERANGAN;UND004;;${rupiah(2_581_000)}`,
    ].join('\n');
    const upload = await uploadStatement(server, staff.tokens.manager, 'mutasi-batal.csv', csv, { account: '9990001112', mapping });
    expect(upload.status).toBe(201);
    statementId = upload.body.id;
    await matched(server, staff.tokens.manager, statementId);
  });
  afterAll(() => server?.close());

  it('undoes an invoice’s payment: reversed, the invoice owes again, the line back in UNMATCHED, audited and heard live; a retry with the key replays', async () => {
    const line = await lineBy(`TRF PEMBAYARAN ${numbers.undo}`);
    expect(line).toMatchObject({ state: 'MATCHED', posted: true, target: { id: ids.undo } });
    expect((await invoiceState('undo')).status).toBe('PAID');
    const listener = await joinBoard(server.url, staff.tokens.manager, 'reconciliation');
    try {
      const input = { lineId: line.id, expectedVersion: line.version, reason: 'Dana milik nasabah lain' };
      const first = await gql<{ unmatchStatementLine: Line }>('manager', UNMATCH, { input }, { 'idempotency-key': 'undo-line-1' });
      expect(expectData(first).unmatchStatementLine).toMatchObject({ state: 'UNMATCHED', posted: false, target: null, rule: null });
      await listener.next((e) => e.card.id === line.id && e.card.state === 'UNMATCHED');
      const retry = await gql<{ unmatchStatementLine: Line }>('manager', UNMATCH, { input }, { 'idempotency-key': 'undo-line-1' });
      expect(expectData(retry)).toEqual(expectData(first));
    } finally {
      listener.close();
    }
    expect(await invoiceState('undo')).toMatchObject({ status: 'ISSUED', amountDue: '1357913.00', amountPaid: '0.00' });
    expect(await undoings('undo')).toBe(1);
    const reversed = await sql<{ reversalReason: string }>(
      `SELECT ${q('reversalReason')} AS ${q('reversalReason')} FROM ${q('payment')} p JOIN ${q('payment_allocation')} a ON a.${q('paymentId')} = p.${q('id')} WHERE a.${q('invoiceId')} = ? AND p.${q('reversedAt')} IS NOT NULL`,
      [Number(ids.undo)],
    );
    expect(reversed.map((r) => r.reversalReason)).toContain('Dana milik nasabah lain');
    expect(await lineAudit(line.id)).toEqual(['matchStatementLine', 'unmatchStatementLine']);
    // Nothing posted any more: a second undo (another key) is refused and reverses nothing.
    const again = await gql('manager', UNMATCH, { input: { lineId: line.id, reason: 'lagi' } }, { 'idempotency-key': 'undo-line-2' });
    expect(errorCode(again)).toBe('BAD_USER_INPUT');
    expect(again.errors?.[0]?.extensions?.fieldErrors?.[0]?.reason).toBe('NOTHING_POSTED');
    expect(await undoings('undo')).toBe(1);
  });

  it('posts the line again after the undo, as a new payment, to what a person picks', async () => {
    const line = await lineBy(`TRF PEMBAYARAN ${numbers.undo}`);
    const picked = expectData(
      await gql<{ confirmStatementMatch: Line }>('manager', CONFIRM, { input: { lineId: line.id, invoiceId: ids.undo } }),
    ).confirmStatementMatch;
    expect(picked).toMatchObject({ state: 'MATCHED', rule: 'MANUAL', posted: true, target: { id: ids.undo } });
    expect(await invoiceState('undo')).toMatchObject({ status: 'PAID', amountDue: '0.00' });
    const payments = await sql<{ reversedAt: unknown }>(
      `SELECT p.${q('reversedAt')} AS ${q('reversedAt')} FROM ${q('payment')} p WHERE p.${q('id')} IN (SELECT ${q('paymentId')} FROM ${q('payment_allocation')} WHERE ${q('invoiceId')} = ?)`,
      [Number(ids.undo)],
    );
    expect(payments.map((p) => p.reversedAt === null)).toEqual(expect.arrayContaining([true, false]));
    expect(payments).toHaveLength(2);
  });

  it('undoes a loan repayment through the loan engine and posts it again', async () => {
    const line = await lineBy('SETORAN VA');
    expect(line).toMatchObject({ state: 'MATCHED', target: { kind: 'LOAN', id: loan.id } });
    expect(await arrears()).toBe('0.00');
    const undone = expectData(
      await gql<{ unmatchStatementLine: Line }>(
        'officer1',
        UNMATCH,
        { input: { lineId: line.id, reason: 'Salah rekening' } },
        { 'idempotency-key': 'undo-va' },
      ),
    ).unmatchStatementLine;
    expect(undone).toMatchObject({ state: 'UNMATCHED', posted: false });
    expect(await arrears()).toBe(loan.arrears);
    const repayments = await sql<{ reversed: number | boolean }>(
      `SELECT ${q('reversed')} AS ${q('reversed')} FROM ${q('loan_repayment')} WHERE ${q('loanId')} = ?`,
      [Number(loan.id)],
    );
    expect(repayments.map((r) => Boolean(Number(r.reversed)))).toEqual([true]);
    expectData(await gql('manager', CONFIRM, { input: { lineId: line.id, loanId: loan.id } }));
    expect(await arrears()).toBe('0.00');
  });

  it('lets one of two undos at the same moment through; the money is reversed once', async () => {
    const line = await lineBy(`TRF PEMBAYARAN ${numbers.race}`);
    expect(line.posted).toBe(true);
    const input = { lineId: line.id, expectedVersion: line.version, reason: 'Dobel' };
    const answers: GraphQLResult[] = await Promise.all([
      gql<Record<string, unknown>>('manager', UNMATCH, { input }, { 'idempotency-key': 'race-a' }),
      gql<Record<string, unknown>>('admin', UNMATCH, { input }, { 'idempotency-key': 'race-b' }),
    ]);
    const won = answers.filter((a) => !a.errors);
    expect(won, JSON.stringify(answers)).toHaveLength(1);
    expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(errorCode(answers.find((a) => a.errors) as GraphQLResult));
    expect(await undoings('race')).toBe(1);
    expect(await invoiceState('race')).toMatchObject({ status: 'ISSUED', amountDue: '1470258.00' });
    expect((await lineBy(`TRF PEMBAYARAN ${numbers.race}`)).state).toBe('UNMATCHED');
    expect((await lineAudit(line.id)).filter((a) => a === 'unmatchStatementLine')).toHaveLength(1);
  });

  it('finds what to post a line to by invoice number, client name, loan number or amount', async () => {
    const line = await lineBy('SETORAN TUNAI TANPA');
    // Close in amount to the spare invoice: proposed to it, nothing posted; a person may still pick another.
    expect(line).toMatchObject({ state: 'PROPOSED', posted: false, target: { id: ids.spare } });
    const search = async (text: string, who: Who = 'manager') =>
      expectData(await gql<{ statementMatchCandidates: Candidate[] }>(who, SEARCH, { lineId: line.id, search: text })).statementMatchCandidates;
    const keys = (list: Candidate[]) => list.map((c) => `${c.kind}:${c.id}`);
    expect(keys(await search(numbers.spare))).toEqual([`RECEIVABLE:${ids.spare}`]);
    const byName = await search('batal cocok');
    expect(keys(byName)).toEqual(expect.arrayContaining([`RECEIVABLE:${ids.spare}`, `RECEIVABLE:${ids.race}`]));
    expect(byName.every((c) => c.party === 'Batal Cocok Sentosa')).toBe(true);
    expect(keys(await search('2.581.369'))).toContain(`RECEIVABLE:${ids.spare}`);
    expect(keys(await search('Rp 2.581.369,00'))).toContain(`RECEIVABLE:${ids.spare}`);
    expect(keys(await search(virtualAccountOf(Number(loan.id))))).toEqual([`LOAN:${loan.id}`]);
    // Nothing typed: the open items closest to the line's amount first.
    expect((await search(''))[0]).toMatchObject({ kind: 'RECEIVABLE', id: ids.spare, amountDue: '2581369.00', label: numbers.spare });
    // Paid invoices are not offered; wildcards are taken as they are.
    expect(keys(await search(numbers.undo))).toEqual([]);
    expect(await search('%')).toEqual([]);
    // The line's reach decides: the officer of the client it was proposed for searches their own clients’ items.
    const mine = expectData(
      await gql<{ statementMatchCandidates: Candidate[] }>('officer1', SEARCH, { lineId: line.id, search: 'batal' }),
    ).statementMatchCandidates;
    expect(keys(mine)).toContain(`RECEIVABLE:${ids.spare}`);
    expect(errorCode(await gql('officer2', SEARCH, { lineId: line.id, search: '' }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('managerBdg', SEARCH, { lineId: line.id, search: '' }))).toBe('NOT_FOUND');
    expect(errorCode(await gql('marketing', SEARCH, { lineId: line.id, search: '' }))).toBe('FORBIDDEN');
  });

  it('posts each bank line once when two overlapping statements are uploaded at the same moment; the second reports the overlap as duplicates', async () => {
    for (let round = 1; round <= 3; round++) {
      const keys = [1, 2, 3, 4].map((n) => `r${round}n${n}`);
      const amounts = keys.map((_, i) => 3_000_000 + round * 10_000 + i * 1_111);
      for (const [i, key] of keys.entries()) await invoice(key, `${amounts[i]}.00`);
      const row = (i: number) => `${csvDate(today)};TRF ${numbers[keys[i]]};OVL${round}${i};;${rupiah(amounts[i])}`;
      const first = [HEAD, row(0), row(1), row(2)].join('\n');
      const second = [HEAD, row(1), row(2), row(3)].join('\n');
      const before = Number((await sql<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${q('payment')}`))[0].n);
      const [a, b] = await Promise.all([
        uploadStatement(server, staff.tokens.manager, `overlap-${round}-a.csv`, first, { account: '9990001112', mapping }),
        uploadStatement(server, staff.tokens.manager, `overlap-${round}-b.csv`, second, { account: '9990001112', mapping }),
      ]);
      expect([a.status, b.status], JSON.stringify([a.body, b.body])).toEqual([201, 201]);
      expect(a.body.lineCount + b.body.lineCount).toBe(4);
      expect(a.body.duplicateCount + b.body.duplicateCount).toBe(2);
      // Whichever came second found the two shared lines taken already.
      expect([a.body.duplicateCount, b.body.duplicateCount].sort()).toEqual([0, 2]);
      await matched(server, staff.tokens.manager, a.body.id);
      await matched(server, staff.tokens.manager, b.body.id);
      const after = Number((await sql<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${q('payment')}`))[0].n);
      expect(after - before).toBe(4);
      for (const [i, key] of keys.entries())
        expect(await invoiceState(key), key).toMatchObject({ status: 'PAID', amountPaid: `${amounts[i]}.00`, amountDue: '0.00' });
      const all = [...(await lines(a.body.id)), ...(await lines(b.body.id))];
      expect(all.filter((l) => l.state === 'MATCHED')).toHaveLength(4);
    }
  });
});
