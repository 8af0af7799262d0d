/** Writing a loan off: managers only, never before a posted repayment, off the book at once, recoveries after it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, businessDate } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { disburseLoan, postRepayment } from '../helpers/collection-loans.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';
import { joinBoard } from '../helpers/sockets.js';

const LOAN_FIELDS = `id version status outstandingPrincipal arrears writtenOffPrincipal writeOffReason closedDate recovered collectibility
  repayments { id amount valueDate recovery reversed }`;
const WRITE_OFF = `mutation($input: WriteOffLoanInput!) { writeOffLoan(input: $input) { ${LOAN_FIELDS} } }`;
const LOAN = `query($id: ID!) { loan(id: $id) { ${LOAN_FIELDS} } }`;
const REVERSE = `mutation($id: ID!, $reason: String!) { reverseRepayment(id: $id, reason: $reason) { ${LOAN_FIELDS} } }`;
const PQ = `{ portfolioQuality { outstandingPrincipal loanCount writtenOff recoveries } }`;

interface Loan {
  id: string;
  version: number;
  status: string;
  outstandingPrincipal: string;
  arrears: string;
  writtenOffPrincipal: string;
  writeOffReason: string | null;
  closedDate: string | null;
  recovered: string;
  collectibility: number;
  repayments: Array<{ id: string; amount: string; valueDate: string; recovery: boolean; reversed: boolean }>;
}
interface Quality {
  outstandingPrincipal: string;
  loanCount: number;
  writtenOff: string;
  recoveries: string;
}

const sen = (money: string) => BigInt(money.replace('.', ''));
const fieldErrors = (result: GraphQLResult<unknown>) =>
  result.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string; code: string; reason?: string; params?: Record<string, unknown> }> | undefined;

describe.each(databaseTargets)('loan write-off on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  const today = businessDate();

  beforeAll(async () => {
    server = await startServer(target);
    staff = await signInStaff(server);
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string) => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)}`))[0].n);
  const counts = () => Promise.all(['loan_posting', 'loan_allocation', 'audit_entry', 'loan_grade_change'].map(count));
  const loanOf = async (id: string) => expectData(await server.gql<{ loan: Loan }>(LOAN, { id }, { token: staff.tokens.admin })).loan;
  const quality = async () => expectData(await server.gql<{ portfolioQuality: Quality }>(PQ, {}, { token: staff.tokens.admin })).portfolioQuality;
  const writeOff = (token: string, input: Record<string, unknown>) => server.gql<{ writeOffLoan: Loan }>(WRITE_OFF, { input }, { token });

  it('takes the outstanding principal off the book, live, and keeps later repayments as recoveries', async () => {
    const disbursed = addMonths(today, -4);
    const made = await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, disbursed);
    const paidOn = addMonths(today, -2);
    await postRepayment(server, staff.tokens.officer1, made.id, '100000.00', paidOn);
    const before = await loanOf(made.id);
    expect(before.status).toBe('ACTIVE');
    expect(before.arrears).not.toBe('0.00');
    const qualityBefore = await quality();
    const input = { loanId: made.id, date: today, reason: 'Debitur meninggal, agunan tidak ada', version: before.version };

    // Officers and marketing may not write loans off.
    for (const who of ['officer1', 'marketing'] as const) expect(errorCode(await writeOff(staff.tokens[who], input))).toBe('FORBIDDEN');
    const written = await counts();

    // Back-dated before the posted repayment: refused with the repayment's date, nothing written.
    const early = await writeOff(staff.tokens.manager, { ...input, date: addMonths(today, -3) });
    expect(errorCode(early)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(early)?.[0]).toMatchObject({ field: 'date', code: 'DATE_INVALID', reason: 'WRITE_OFF_BEFORE_REPAYMENT', params: { date: paidOn } });
    // No reason, a future date: each named.
    const bad = await writeOff(staff.tokens.manager, { ...input, reason: ' ', date: addMonths(today, 1) });
    expect(
      fieldErrors(bad)
        ?.map((e) => e.field)
        .sort(),
    ).toEqual(['date', 'reason']);
    // A stale version: someone changed the loan since the manager read it.
    expect(errorCode(await writeOff(staff.tokens.manager, { ...input, version: before.version - 1 }))).toBe('CONFLICT');
    expect(await counts()).toEqual(written);
    expect((await loanOf(made.id)).status).toBe('ACTIVE');

    const loans = await joinBoard(server.url, staff.tokens.manager, 'loans');
    const board = await joinBoard(server.url, staff.tokens.manager, 'collection');
    let done: Loan;
    try {
      done = expectData(await writeOff(staff.tokens.manager, input)).writeOffLoan;
      expect(done).toMatchObject({
        status: 'WRITTEN_OFF',
        outstandingPrincipal: '0.00',
        arrears: '0.00',
        writtenOffPrincipal: before.outstandingPrincipal,
        writeOffReason: input.reason,
        closedDate: today,
        recovered: '0.00',
      });
      const heard = await loans.next((e) => e.card.id === made.id && e.card.status === 'WRITTEN_OFF');
      expect(heard.card.outstandingPrincipal).toBe('0.00');
      // Its collection case leaves the work: resolved on the board.
      const resolved = await board.next((e) => e.card.loanId === made.id && e.card.status === 'RESOLVED');
      expect(resolved.type).toBe('moved');
    } finally {
      loans.close();
      board.close();
    }
    const [audit]: Array<{ actorId: number | string }> = await server.app.dataSource.query(
      `SELECT ${q('actorId')} AS actorId FROM ${q('audit_entry')} WHERE ${q('entityType')} = 'Loan' AND ${q('entityId')} = ? AND ${q('action')} = 'write-off'`,
      [made.id],
    );
    expect(String(audit.actorId)).toBe(staff.ids.manager);

    // Off the book: out of portfolio quality, reported as written off this month.
    const qualityAfter = await quality();
    expect(sen(qualityAfter.outstandingPrincipal)).toBe(sen(qualityBefore.outstandingPrincipal) - sen(before.outstandingPrincipal));
    expect(qualityAfter.loanCount).toBe(qualityBefore.loanCount - 1);
    expect(sen(qualityAfter.writtenOff) - sen(qualityBefore.writtenOff)).toBe(sen(before.outstandingPrincipal));

    // Once only.
    const again = await writeOff(staff.tokens.manager, { ...input, version: done.version });
    expect(fieldErrors(again)?.[0]).toMatchObject({ field: 'loanId', code: 'NOT_ALLOWED' });

    // A recovery: posted after the write-off, dated from it on; the loan stays written off.
    const dated = await server.gql(
      `mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { id } }`,
      { input: { loanId: made.id, amount: '250000.00', valueDate: addMonths(today, -1), channel: 'CASH', reference: null } },
      { token: staff.tokens.officer1 },
    );
    expect(fieldErrors(dated)?.[0]).toMatchObject({ field: 'valueDate', code: 'DATE_INVALID' });
    await postRepayment(server, staff.tokens.officer1, made.id, '250000.00', today);
    const recovered = await loanOf(made.id);
    expect(recovered).toMatchObject({
      status: 'WRITTEN_OFF',
      outstandingPrincipal: '0.00',
      recovered: '250000.00',
      writtenOffPrincipal: before.outstandingPrincipal,
    });
    const recovery = recovered.repayments.find((r) => r.recovery)!;
    expect(recovery).toMatchObject({ amount: '250000.00', valueDate: today, reversed: false });
    expect(sen((await quality()).recoveries) - sen(qualityAfter.recoveries)).toBe(250000_00n);

    // What was received before the write-off stays; a recovery can be reversed.
    const earlier = recovered.repayments.find((r) => !r.recovery)!;
    const undo = await server.gql(REVERSE, { id: earlier.id, reason: 'salah posting' }, { token: staff.tokens.officer1 });
    expect(fieldErrors(undo)?.[0]).toMatchObject({ field: 'id', code: 'NOT_ALLOWED' });
    const back = expectData(
      await server.gql<{ reverseRepayment: Loan }>(REVERSE, { id: recovery.id, reason: 'salah posting' }, { token: staff.tokens.officer1 }),
    ).reverseRepayment;
    expect(back).toMatchObject({ status: 'WRITTEN_OFF', recovered: '0.00', outstandingPrincipal: '0.00' });
  });

  it('reaches only the loans of the manager’s office tree', async () => {
    const made = await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, addMonths(today, -1));
    const loan = await loanOf(made.id);
    const input = { loanId: made.id, date: today, reason: 'Macet', version: loan.version };
    const refused = await writeOff(staff.tokens.managerBdg, input);
    expect(fieldErrors(refused)?.[0]).toMatchObject({ field: 'loanId', code: 'NOT_ALLOWED' });
    expect((await loanOf(made.id)).status).toBe('ACTIVE');
    expect(expectData(await writeOff(staff.tokens.admin, input)).writeOffLoan.status).toBe('WRITTEN_OFF');
  });
});
