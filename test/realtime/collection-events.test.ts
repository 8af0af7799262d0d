import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate } from '@prospek/shared';
import type { NotificationData } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { disburseLoan, postRepayment } from '../helpers/collection-loans.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { connect, joinBoard } from '../helpers/sockets.js';

describe.each(databaseTargets)('live loans and collection cases on $kind', (target) => {
  let server: TestServer;
  let staff: Staff;
  let now = new Date();
  const today = businessDate();

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => now });
    staff = await signInStaff(server);
  });
  afterAll(() => server?.close());

  it('a repayment reaches the loan’s viewers (a manager above its office) and not another office’s officer', async () => {
    const loan = await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, addMonths(today, -2));
    const other = await disburseLoan(server, staff.tokens.admin, staff.tokens.officer2, staff.ids.officer2, addMonths(today, -2));
    const manager = await joinBoard(server.url, staff.tokens.manager, 'loans');
    const managerBoard = await joinBoard(server.url, staff.tokens.manager, 'collection');
    const stranger = await joinBoard(server.url, staff.tokens.officer2, 'loans');
    const strangerBoard = await joinBoard(server.url, staff.tokens.officer2, 'collection');
    try {
      const paid = await postRepayment(server, staff.tokens.officer1, loan.id, '50000.00', today);
      const heard = await manager.next((e) => e.card.id === loan.id && e.card.version === paid.version);
      expect(heard.card).toMatchObject({ id: loan.id, arrears: paid.arrears, daysPastDue: paid.daysPastDue, officerId: staff.ids.officer1 });
      // The case's arrears moved with it, on the collection board.
      const card = await managerBoard.next((e) => e.card.loanId === loan.id && e.card.arrears === paid.arrears);
      expect(card.type).toBe('updated');
      // The sentinel: the other officer's own loan, posted after; events arrive in order.
      await postRepayment(server, staff.tokens.officer2, other.id, '50000.00', today);
      await stranger.next((e) => e.card.id === other.id);
      await strangerBoard.next((e) => e.card.loanId === other.id);
      expect(stranger.events.some((e) => e.card.id === loan.id)).toBe(false);
      expect(strangerBoard.events.some((e) => e.card.loanId === loan.id)).toBe(false);
    } finally {
      for (const l of [manager, managerBoard, stranger, strangerBoard]) l.close();
    }
  });

  it('a broken promise notifies its officer’s open socket', async () => {
    const loan = await disburseLoan(server, staff.tokens.admin, staff.tokens.officer1, staff.ids.officer1, addMonths(today, -2));
    expectData(
      await server.gql(
        `mutation($input: RecordPaymentPromiseInput!) { recordPaymentPromise(input: $input) { id } }`,
        { input: { loanId: loan.id, promiseDate: today, promiseAmount: '75000.00' } },
        { token: staff.tokens.officer1 },
      ),
    );
    const socket = connect(server.url, staff.tokens.officer1);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const board = await joinBoard(server.url, staff.tokens.officer1, 'collection');
    try {
      const heard: NotificationData[] = [];
      socket.on('notification', (n) => heard.push(n));
      now = new Date(now.getTime() + 86_400_000);
      // Every open loan is repositioned for the new day; the notification follows this loan's commit.
      await server.app.services.loans.refreshPositions();
      const received = new Promise<NotificationData>((resolve, reject) => {
        const look = () => heard.find((n) => n.link === `/loans/${loan.id}`);
        const found = look();
        if (found) return resolve(found);
        const timer = setTimeout(() => reject(new Error('no notification arrived')), 3000);
        socket.on('notification', () => {
          const match = look();
          if (!match) return;
          clearTimeout(timer);
          resolve(match);
        });
      });
      const notification = await received;
      expect(notification.type).toBe('PROMISE_BROKEN');
      expect(JSON.parse(notification.params ?? '{}')).toMatchObject({ amount: '75000.00', date: today });
      const moved = await board.next((e) => e.card.loanId === loan.id && e.card.status === 'BROKEN_PROMISE');
      expect(moved.card.promise).toMatchObject({ status: 'BROKEN', promisedDate: today });
      expect(addDays(today, 1)).toBe(businessDate(now));
    } finally {
      socket.close();
      board.close();
    }
  });
});
