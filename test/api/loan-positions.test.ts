/**
 * The nightly run of loan positions: its chunks give exactly what the per-loan replay gives (figures,
 * history, kept month figures and collection cases), and each
 * loan's business date is its office's.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOCATION_PRESETS, addDays, addMonths, businessDate } from '@prospek/shared';
import type { AllocationPreset, InterestMethod } from '@prospek/shared';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import type { LoanSpec } from '../helpers/loan-book.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const METHODS: InterestMethod[] = ['FLAT', 'EFFECTIVE', 'ANNUITY'];

describe.each(databaseTargets)('loan positions on $kind', (target) => {
  let server: TestServer;
  let admin: User;
  let parties: Awaited<ReturnType<typeof loanBookParties>>;
  const today = businessDate();

  beforeAll(async () => {
    server = await startServer(target);
    parties = await loanBookParties(server.app.dataSource);
    admin = await server.app.dataSource.getRepository(User).findOneByOrFail({ id: parties.adminId });
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const rows = (sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> => server.app.dataSource.query(sql, params);
  const plain = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'bigint' ? String(value) : String(value));

  /** What the run leaves of a loan, without its ids: figures, schedule, history, postings and net allocations in payment order. */
  async function snapshot(loanId: number) {
    const [loan] = await rows(
      `SELECT ${['outstandingPrincipal', 'arrears', 'creditBalance', 'daysPastDue', 'collectibility', 'status', 'closedDate', 'positionAsOf', 'version', 'collectionMonth', 'dueInMonth', 'collectedInMonth'].map(q).join(', ')}
       FROM ${q('loan')} WHERE ${q('id')} = ?`,
      [loanId],
    );
    const schedule = await rows(
      `SELECT ${['number', 'paidPrincipal', 'paidInterest', 'penalty', 'paidPenalty', 'paidDate'].map(q).join(', ')} FROM ${q('loan_installment')} WHERE ${q('loanId')} = ? ORDER BY ${q('number')}`,
      [loanId],
    );
    const history = await rows(
      `SELECT ${['asOfDate', 'daysPastDue', 'fromBucket', 'toBucket', 'fromGrade', 'toGrade', 'ruleSetId'].map(q).join(', ')} FROM ${q('loan_grade_change')} WHERE ${q('loanId')} = ? ORDER BY ${q('id')}`,
      [loanId],
    );
    const postings = await rows(`SELECT ${q('kind')}, ${q('replayFrom')} FROM ${q('loan_posting')} WHERE ${q('loanId')} = ? ORDER BY ${q('id')}`, [loanId]);
    const allocations = await rows(
      `SELECT r.${q('valueDate')} AS valueDate, r.${q('amount')} AS paid, a.${q('installmentNumber')} AS installment, a.${q('component')} AS component, SUM(a.${q('amount')}) AS amount
       FROM ${q('loan_allocation')} a JOIN ${q('loan_repayment')} r ON r.${q('id')} = a.${q('repaymentId')} WHERE a.${q('loanId')} = ?
       GROUP BY r.${q('id')}, r.${q('valueDate')}, r.${q('amount')}, a.${q('installmentNumber')}, a.${q('component')}
       ORDER BY r.${q('valueDate')}, r.${q('id')}, a.${q('installmentNumber')}, a.${q('component')}`,
      [loanId],
    );
    const cases = await rows(
      `SELECT ${['status', 'daysPastDue', 'arrears', 'collectibility', 'openedOn', 'resolvedOn'].map(q).join(', ')} FROM ${q('collection_case')} WHERE ${q('loanId')} = ?`,
      [loanId],
    );
    const flat = (list: Array<Record<string, unknown>>) =>
      list.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null : plain(v)])));
    return {
      loan: flat([loan])[0],
      schedule: flat(schedule),
      history: flat(history),
      postings: flat(postings),
      allocations: flat(allocations),
      cases: flat(cases),
    };
  }

  const pair = fc.record({
    client: fc.nat(),
    product: fc.nat(),
    millions: fc.integer({ min: 5, max: 80 }),
    tenor: fc.integer({ min: 3, max: 36 }),
    rate: fc.integer({ min: 6, max: 30 }),
    method: fc.constantFrom(...METHODS),
    monthsAgo: fc.integer({ min: 0, max: 30 }),
    payments: fc.array(fc.record({ daysAfter: fc.nat({ max: 900 }), thousands: fc.integer({ min: 50, max: 6000 }) }), { maxLength: 6 }),
    reverse: fc.boolean(),
  });
  const productTerms = fc.record({
    preset: fc.constantFrom(...(Object.keys(ALLOCATION_PRESETS) as AllocationPreset[])),
    graceDays: fc.integer({ min: 0, max: 7 }),
    tolerance: fc.constantFrom(0n, 500_000n, 5_000_000n),
    penalty: fc.constantFrom(0, 0.05, 0.1),
  });

  it('gives exactly the positions, grades and history of the per-loan replay, on a random book', async () => {
    const { services } = server.app;
    await fc.assert(
      fc.asyncProperty(fc.array(pair, { minLength: 10, maxLength: 20 }), fc.array(productTerms, { minLength: 1, maxLength: 4 }), async (pairs, terms) => {
        for (const [i, productId] of parties.products.entries()) {
          const t = terms[i % terms.length];
          await services.collectibility.updateProductTerms(admin, {
            productId: String(productId),
            allocationPreset: t.preset,
            graceDays: t.graceDays,
            toleranceAmount: t.tolerance,
            penaltyPercentPerDay: t.penalty,
          });
        }
        // Twins: each loan twice, with the same payments; one of each pair goes through each path.
        const specs: LoanSpec[] = pairs.flatMap((p) => {
          const client = parties.clients[p.client % parties.clients.length];
          const disbursed = addDays(addMonths(today, -p.monthsAgo), -(p.tenor % 28));
          const spec: LoanSpec = {
            clientId: client.id,
            officerId: client.officerId,
            officeId: client.officeId,
            productId: parties.products[p.product % parties.products.length],
            amount: BigInt(p.millions) * 1_000_000_00n,
            tenorMonths: p.tenor,
            annualRate: String(p.rate),
            method: p.method,
            disbursementDate: disbursed,
            firstDueDate: addMonths(disbursed, 1),
          };
          return [spec, spec];
        });
        const seeded = await seedLoans(server.app.dataSource, specs, parties.adminId);
        for (const [i, p] of pairs.entries()) {
          for (const loan of [seeded[2 * i], seeded[2 * i + 1]]) {
            const posted: string[] = [];
            for (const payment of p.payments) {
              const valueDate = addDays(loan.disbursementDate, payment.daysAfter);
              if (valueDate > today) continue;
              const after = await services.repayments.post(admin, {
                loanId: String(loan.id),
                amount: BigInt(payment.thousands) * 1_000_00n,
                valueDate,
                channel: 'CASH',
                reference: null,
              });
              if (after.status === 'CLOSED') break;
              posted.push(valueDate);
            }
            if (p.reverse && posted.length > 0) {
              const [first] = await rows(`SELECT MIN(${q('id')}) AS id FROM ${q('loan_repayment')} WHERE ${q('loanId')} = ?`, [loan.id]);
              await services.repayments.reverse(admin, String(first.id), 'Salah posting');
            }
          }
        }
        for (const days of [1, 45, 400]) {
          const asOf = addDays(today, days);
          for (let i = 0; i < pairs.length; i++) await services.loans.refreshLoan(seeded[2 * i].id, asOf);
          const failures: string[] = [];
          await services.loans.refreshPositions(asOf, (m) => failures.push(m));
          expect(failures).toEqual([]);
          for (let i = 0; i < pairs.length; i++) {
            const [one, chunked] = await Promise.all([snapshot(seeded[2 * i].id), snapshot(seeded[2 * i + 1].id)]);
            expect(chunked).toEqual(one);
          }
        }
      }),
      { numRuns: 2 },
    );
  }, 240_000);

  it('dates each loan in its office’s zone: a WIT office crosses midnight before a WIB one', async () => {
    const { services } = server.app;
    const productId = parties.products[0];
    await services.collectibility.updateProductTerms(admin, {
      productId: String(productId),
      allocationPreset: 'INSTALLMENT_BY_INSTALLMENT',
      graceDays: 0,
      toleranceAmount: 0n,
      penaltyPercentPerDay: 0,
    });
    const [head] = await rows(`SELECT MIN(${q('id')}) AS id FROM ${q('office')}`);
    const offices: number[] = [];
    for (const [code, zone] of [
      ['TZ-WIB', 'Asia/Jakarta'],
      ['TZ-WIT', 'Asia/Jayapura'],
    ]) {
      await rows(`INSERT INTO ${q('office')} (${q('code')}, ${q('name')}, ${q('parentId')}, ${q('timeZone')}, ${q('version')}) VALUES (?, ?, ?, ?, 1)`, [
        code,
        `Cabang ${code}`,
        Number(head.id),
        zone,
      ]);
      const [office] = await rows(`SELECT ${q('id')} AS id FROM ${q('office')} WHERE ${q('code')} = ?`, [code]);
      offices.push(Number(office.id));
    }
    // The first installment falls due on `due`; 15:30 UTC that day is 22:30 WIB but already 00:30 WIT the next day.
    const due = addDays(today, 20);
    const client = parties.clients[0];
    const [wib, wit] = await seedLoans(
      server.app.dataSource,
      offices.map((officeId) => ({
        clientId: client.id,
        officerId: client.officerId,
        officeId,
        productId,
        amount: 10_000_000_00n,
        tenorMonths: 12,
        annualRate: '12',
        method: 'FLAT' as const,
        disbursementDate: addMonths(due, -1),
        firstDueDate: due,
      })),
      parties.adminId,
    );
    const position = async (id: number) => {
      const [loan] = await rows(
        `SELECT ${q('daysPastDue')} AS dpd, ${q('collectibility')} AS grade, ${q('positionAsOf')} AS asOf FROM ${q('loan')} WHERE ${q('id')} = ?`,
        [id],
      );
      return { dpd: Number(loan.dpd), grade: Number(loan.grade), asOf: plain(loan.asOf) };
    };
    const history = async (id: number) =>
      (
        await rows(`SELECT ${q('asOfDate')} AS asOf, ${q('toGrade')} AS grade FROM ${q('loan_grade_change')} WHERE ${q('loanId')} = ? ORDER BY ${q('id')}`, [
          id,
        ])
      ).map((r) => `${plain(r.asOf)}:${Number(r.grade)}`);

    // Through the scheduler, as the nightly job runs: its slot changes when any zone's date does.
    await services.scheduler.tick(new Date(`${due}T15:30:00Z`));
    expect(await position(wit.id)).toEqual({ dpd: 1, grade: 2, asOf: addDays(due, 1) });
    expect(await position(wib.id)).toEqual({ dpd: 0, grade: 1, asOf: due });
    expect(await history(wit.id)).toEqual([`${addMonths(due, -1)}:1`, `${addDays(due, 1)}:2`]);
    expect(await history(wib.id)).toEqual([`${addMonths(due, -1)}:1`]);

    // 17:30 UTC: midnight has passed in WIB too; the WIT loan, already there, is left alone.
    const witVersion = (await rows(`SELECT ${q('version')} AS v FROM ${q('loan')} WHERE ${q('id')} = ?`, [wit.id]))[0].v;
    await services.scheduler.tick(new Date(`${due}T17:30:00Z`));
    expect(await position(wib.id)).toEqual({ dpd: 1, grade: 2, asOf: addDays(due, 1) });
    expect(await position(wit.id)).toEqual({ dpd: 1, grade: 2, asOf: addDays(due, 1) });
    expect((await rows(`SELECT ${q('version')} AS v FROM ${q('loan')} WHERE ${q('id')} = ?`, [wit.id]))[0].v).toBe(witVersion);
    expect(await history(wib.id)).toEqual([`${addMonths(due, -1)}:1`, `${addDays(due, 1)}:2`]);
  });
});
