import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { disburseLoan, postRepayment } from '../helpers/collection-loans.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const CARD =
  'id loanId status position daysPastDue arrears collectibility openedOn resolvedOn version client { id name } officer { id name } promise { promisedDate amount status }';
const BOARD = `query($filter: CollectionBoardFilter) { collectionBoard(filter: $filter, perColumn: 100) { columns { status count total cards { ${CARD} } } } }`;
const MOVE = `mutation($input: MoveCollectionCaseInput!) { moveCollectionCase(input: $input) { ${CARD} } }`;
const PROMISE = `mutation($input: RecordPaymentPromiseInput!) { recordPaymentPromise(input: $input) { id status madeOn promisedDate amount resolvedOn } }`;
const PROMISES = `query($id: ID!) { loan(id: $id) { id arrears daysPastDue promises { id status promisedDate amount resolvedOn } } }`;

interface Card {
  id: string;
  loanId: string;
  status: string;
  version: number;
  daysPastDue: number;
  arrears: string;
  resolvedOn: string | null;
  promise: { promisedDate: string; amount: string; status: string } | null;
}
interface Board {
  collectionBoard: { columns: Array<{ status: string; count: number; total: string; cards: Card[] }> };
}

describe.each(databaseTargets)('collection work on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  // The services' clock, moved forward by the tests to let promised dates pass.
  let now = new Date();
  const today = businessDate();
  let loanId = '';

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => now });
    staff = await signInStaff(server);
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const count = async (table: string) => Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q(table)}`))[0].n);

  async function caseOf(token: string, id: string): Promise<Card | null> {
    const board = expectData(await server.gql<Board>(BOARD, {}, { token })).collectionBoard;
    return board.columns.flatMap((c) => c.cards).find((c) => c.loanId === id) ?? null;
  }
  const promisesOf = async (id: string) =>
    expectData(
      await server.gql<{ loan: { arrears: string; daysPastDue: number; promises: Array<{ id: string; status: string; resolvedOn: string | null }> } }>(
        PROMISES,
        { id },
        { token: staff.tokens.officer1 },
      ),
    ).loan;
  const brokenNotifications = async () =>
    Number(
      (
        await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('notification')} WHERE ${q('type')} = 'PROMISE_BROKEN' AND ${q('link')} = ?`, [
          `/loans/${loanId}`,
        ])
      )[0].n,
    );

  it('opens a case in NEW when a loan falls into arrears, seen by its officer and the managers above, not by others', async () => {
    const loan = await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, addMonths(today, -3));
    loanId = loan.id;
    expect(loan.daysPastDue).toBeGreaterThan(0);
    const card = await caseOf(staff.tokens.officer1, loanId);
    expect(card).toMatchObject({ status: 'NEW', daysPastDue: loan.daysPastDue, arrears: loan.arrears, promise: null });
    expect((await caseOf(staff.tokens.manager, loanId))?.id).toBe(card?.id);
    expect(await caseOf(staff.tokens.officer2, loanId)).toBeNull();
    expect(await caseOf(staff.tokens.managerBdg, loanId)).toBeNull();
    expect(errorCode(await server.gql(BOARD, {}, { token: staff.tokens.marketing }))).toBe('FORBIDDEN');
    const column = expectData(
      await server.gql<Board>(BOARD, { filter: { officerId: staff.ids.officer1 } }, { token: staff.tokens.manager }),
    ).collectionBoard.columns.find((c) => c.status === 'NEW');
    expect(column?.count).toBe(column?.cards.length);
    expect(column?.cards.some((c) => c.loanId === loanId)).toBe(true);
  });

  it('refuses a bad promise with field errors and writes nothing', async () => {
    const before = await Promise.all(['payment_promise', 'activity', 'audit_entry'].map(count));
    for (const [input, field] of [
      [{ loanId, promiseDate: addDays(today, 1), promiseAmount: '0' }, 'promiseAmount'],
      [{ loanId, promiseDate: addDays(today, -1), promiseAmount: '100000.00' }, 'promiseDate'],
      [{ loanId, promiseDate: addDays(today, 200), promiseAmount: '100000.00' }, 'promiseDate'],
    ] as const) {
      const result = await server.gql(PROMISE, { input }, { token: staff.tokens.officer1 });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(result.errors)).toContain(field);
    }
    const outside = await server.gql(
      PROMISE,
      { input: { loanId, promiseDate: addDays(today, 1), promiseAmount: '100000.00' } },
      { token: staff.tokens.officer2 },
    );
    expect(errorCode(outside)).toBe('BAD_USER_INPUT');
    expect(await Promise.all(['payment_promise', 'activity', 'audit_entry'].map(count))).toEqual(before);
  });

  it('moves the case to PROMISED on a promise, BROKEN_PROMISE when its date passes, and kept again by a back-dated payment', async () => {
    const promised = expectData(
      await server.gql<{ recordPaymentPromise: { id: string; status: string; madeOn: string } }>(
        PROMISE,
        { input: { loanId, type: 'CALL', promiseDate: addDays(today, 1), promiseAmount: '100000.00', notes: 'Janji transfer besok' } },
        { token: staff.tokens.officer1 },
      ),
    ).recordPaymentPromise;
    expect(promised).toMatchObject({ status: 'PENDING', madeOn: today });
    expect(await caseOf(staff.tokens.officer1, loanId)).toMatchObject({
      status: 'PROMISED',
      promise: { promisedDate: addDays(today, 1), amount: '100000.00', status: 'PENDING' },
    });
    // The follow-up is on the client's record, with the promise.
    const [activity] = await server.app.dataSource.query(
      `SELECT ${q('outcome')} AS outcome, ${q('promiseAmount')} AS amount FROM ${q('activity')} ORDER BY ${q('id')} DESC LIMIT 1`,
    );
    expect(activity.outcome).toBe('PROMISED_TO_PAY');

    // Two days on, the daily run finds the promised day passed with nothing paid.
    now = new Date(now.getTime() + 2 * 86_400_000);
    const later = businessDate(now);
    await server.app.services.loans.refreshPositions();
    expect((await promisesOf(loanId)).promises[0]).toMatchObject({ status: 'BROKEN', resolvedOn: addDays(today, 2) });
    expect((await caseOf(staff.tokens.officer1, loanId))?.status).toBe('BROKEN_PROMISE');
    expect(await brokenNotifications()).toBe(1);

    // A payment valued on the promised day, posted late: the promise was kept after all.
    await postRepayment(server, staff.tokens.officer1, loanId, '100000.00', addDays(today, 1));
    const kept = await promisesOf(loanId);
    expect(kept.promises[0]).toMatchObject({ status: 'KEPT', resolvedOn: addDays(today, 1) });
    expect(kept.daysPastDue).toBeGreaterThan(0);
    expect((await caseOf(staff.tokens.officer1, loanId))?.status).toBe('CONTACTED');
    expect(await brokenNotifications()).toBe(1);

    // Reversing that payment breaks it again, and the officer hears it again.
    const repayments = expectData(
      await server.gql<{ loan: { repayments: Array<{ id: string; valueDate: string }> } }>(
        `query($id: ID!) { loan(id: $id) { repayments { id valueDate } } }`,
        { id: loanId },
        {
          token: staff.tokens.officer1,
        },
      ),
    ).loan.repayments;
    expectData(
      await server.gql(
        `mutation($id: ID!, $reason: String!) { reverseRepayment(id: $id, reason: $reason) { id } }`,
        { id: repayments[0].id, reason: 'Salah rekening' },
        { token: staff.tokens.officer1 },
      ),
    );
    expect((await promisesOf(loanId)).promises[0].status).toBe('BROKEN');
    expect((await caseOf(staff.tokens.officer1, loanId))?.status).toBe('BROKEN_PROMISE');
    expect(await brokenNotifications()).toBe(2);
    expect(later > today).toBe(true);
  });

  it('moves a case against the version read, within reach, and leaves RESOLVED to the engine', async () => {
    const card = (await caseOf(staff.tokens.officer1, loanId)) as Card;
    const moved = expectData(
      await server.gql<{ moveCollectionCase: Card }>(
        MOVE,
        { input: { id: card.id, status: 'RESTRUCTURE_REQUESTED', afterId: null, beforeId: null, expectedVersion: card.version } },
        { token: staff.tokens.officer1 },
      ),
    ).moveCollectionCase;
    expect(moved).toMatchObject({ status: 'RESTRUCTURE_REQUESTED', version: card.version + 1 });
    const stale = await server.gql(MOVE, { input: { id: card.id, status: 'CONTACTED', expectedVersion: card.version } }, { token: staff.tokens.manager });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({ id: card.id, status: 'RESTRUCTURE_REQUESTED', version: moved.version });
    expect(
      errorCode(await server.gql(MOVE, { input: { id: card.id, status: 'CONTACTED', expectedVersion: moved.version } }, { token: staff.tokens.officer2 })),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(await server.gql(MOVE, { input: { id: card.id, status: 'CONTACTED', expectedVersion: moved.version } }, { token: staff.tokens.managerBdg })),
    ).toBe('NOT_FOUND');
    const early = await server.gql(MOVE, { input: { id: card.id, status: 'RESOLVED', expectedVersion: moved.version } }, { token: staff.tokens.manager });
    expect(errorCode(early)).toBe('BAD_USER_INPUT');
    const byManager = expectData(
      await server.gql<{ moveCollectionCase: Card }>(
        MOVE,
        { input: { id: card.id, status: 'CONTACTED', expectedVersion: moved.version } },
        { token: staff.tokens.manager },
      ),
    ).moveCollectionCase;
    expect(byManager.status).toBe('CONTACTED');
  });

  it('resolves the case when the arrears are paid, and reopens it when the payment is reversed', async () => {
    const { arrears } = await promisesOf(loanId);
    const paid = await postRepayment(server, staff.tokens.officer1, loanId, arrears, businessDate(now));
    expect(paid.daysPastDue).toBe(0);
    const resolved = await caseOf(staff.tokens.officer1, loanId);
    expect(resolved).toMatchObject({ status: 'RESOLVED', resolvedOn: businessDate(now), daysPastDue: 0 });
    const repayments = expectData(
      await server.gql<{ loan: { repayments: Array<{ id: string; reversed: boolean; amount: string }> } }>(
        `query($id: ID!) { loan(id: $id) { repayments { id reversed amount } } }`,
        { id: loanId },
        { token: staff.tokens.officer1 },
      ),
    ).loan.repayments.filter((r) => !r.reversed);
    expectData(
      await server.gql(
        `mutation($id: ID!, $reason: String!) { reverseRepayment(id: $id, reason: $reason) { id } }`,
        { id: repayments[0].id, reason: 'Cek ditolak' },
        { token: staff.tokens.officer1 },
      ),
    );
    const reopened = await caseOf(staff.tokens.officer1, loanId);
    expect(reopened).toMatchObject({ id: resolved?.id, status: 'NEW', resolvedOn: null });
    expect(
      Number((await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('collection_case')} WHERE ${q('loanId')} = ?`, [Number(loanId)]))[0].n),
    ).toBe(1);
  });
});
