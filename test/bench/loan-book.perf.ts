/**
 * `npm run bench`: the loan book on MySQL. Seeds 5,000 loans × 40 installments, posts 200,000
 * repayments through the service's repayment file (`postRepayments`: each payment under its own key,
 * chunks of whole loans a transaction), several calls at once, and retries every one of them; samples
 * also go one keyed posting a call (`postOnce`: claim, posting and kept answer in one transaction) and
 * through HTTP. Then the
 * nightly days-past-due and grade run over 50,000 loans, and `portfolioQuality` by office beside the
 * same figures summed from installments by raw SQL. Prints figures, targets and ratios; asserts only
 * correctness (no duplicate posting, the same outstanding both ways), never time.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, businessDate, IDEMPOTENCY_KEY_HEADER } from '@prospek/shared';
import type { InterestMethod } from '@prospek/shared';
import { requestHash } from '../../server/src/modules/idempotency/idempotency.service.js';
import { User } from '../../server/src/modules/user/user.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { loanBookParties, seedLoans } from '../helpers/loan-book.js';
import type { LoanSpec, SeededLoan } from '../helpers/loan-book.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const LOANS = Number(process.env.BENCH_LOANS ?? 5_000);
const INSTALLMENTS = Number(process.env.BENCH_INSTALLMENTS ?? 40);
const NIGHTLY_LOANS = Number(process.env.BENCH_NIGHTLY_LOANS ?? 50_000);
const HTTP_POSTS = Number(process.env.BENCH_HTTP_POSTS ?? 2_000);
const PQ_CALLS = Number(process.env.BENCH_PQ_CALLS ?? 200);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 16);
const PER_LOAN_SAMPLE = Number(process.env.BENCH_PER_LOAN_SAMPLE ?? 1_000);
const THREE_STEP_POSTS = Number(process.env.BENCH_THREE_STEP_POSTS ?? 2_000);
const PER_CALL_POSTS = Number(process.env.BENCH_PER_CALL_POSTS ?? 2_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 1_000);
const BATCH_WORKERS = Number(process.env.BENCH_BATCH_WORKERS ?? 4);

const POST = `mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { id outstandingPrincipal daysPastDue collectibility } }`;
const METHODS: InterestMethod[] = ['FLAT', 'EFFECTIVE', 'ANNUITY'];
const rupiah = (sen: bigint) => `${sen / 100n}.${String(sen % 100n).padStart(2, '0')}`;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const seconds = (ms: number) => (ms / 1000).toFixed(1);

/** Runs `work` over `items` with `workers` at once. */
async function inParallel<T>(items: T[], workers: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

describe.runIf(mysql)('loan book benchmark (MySQL)', () => {
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await mysql!.create();
    server = await startServer({ database });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it(
    'measures posting, the nightly run and portfolio quality',
    async () => {
      const { dataSource, services } = server.app;
      const q = (n: string) => dataSource.driver.escape(n);
      const today = businessDate();
      const parties = await loanBookParties(dataSource);
      const admin = await dataSource.getRepository(User).findOneByOrFail({ id: parties.adminId });
      const spec = (i: number, disbursed: string, installments: number): LoanSpec => {
        const client = parties.clients[i % parties.clients.length];
        return {
          clientId: client.id,
          officerId: client.officerId,
          officeId: client.officeId,
          productId: parties.products[i % parties.products.length],
          amount: BigInt(5 + (i % 60)) * 1_000_000_00n,
          tenorMonths: installments,
          annualRate: String(9 + (i % 15)),
          method: METHODS[i % METHODS.length],
          disbursementDate: disbursed,
          firstDueDate: addMonths(disbursed, 1),
        };
      };
      const out: string[] = ['', `Loan book benchmark (MySQL; the machine is shared, so times vary between runs)`];
      // Each figure is printed as soon as it is known, and again together at the end.
      const line = (name: string, value: string, target?: string, ratio?: number) => {
        const text = `  ${name.padEnd(58)}${value.padStart(14)}${target ? `   target ${target}`.padEnd(20) : ''}${ratio !== undefined ? `   ratio ${ratio.toFixed(2)}` : ''}`;
        out.push(text);
        process.stdout.write(`${text}\n`);
      };

      // 1. The book: every installment of every loan fell due by today, so each gets one payment per installment.
      process.stdout.write(`Seeding ${LOANS} loans × ${INSTALLMENTS} installments…\n`);
      let started = Date.now();
      const disbursed = addMonths(today, -INSTALLMENTS - 1);
      const book = await seedLoans(
        dataSource,
        Array.from({ length: LOANS }, (_, i) => spec(i, disbursed, INSTALLMENTS)),
        parties.adminId,
      );
      line(`seed ${LOANS} loans, ${LOANS * INSTALLMENTS} installments (bulk INSERT)`, `${seconds(Date.now() - started)} s`);

      // One payment per installment, on its due date; one loan in seven pays 90 %, so arrears and grades vary.
      interface Payment {
        loan: SeededLoan;
        key: string;
        input: { loanId: string; amount: bigint; valueDate: string; channel: 'TRANSFER' | 'CASH'; reference: string };
      }
      const payments: Payment[] = [];
      for (let k = 0; k < INSTALLMENTS; k++) {
        for (const [i, loan] of book.entries()) {
          const due = loan.schedule[k];
          const amount = ((due.principal + due.interest) * (i % 7 === 0 ? 90n : 100n)) / 100n;
          payments.push({
            loan,
            key: randomUUID(),
            input: { loanId: String(loan.id), amount, valueDate: due.dueDate, channel: 'TRANSFER', reference: `TRF-${loan.id}-${k + 1}` },
          });
        }
      }
      const operation = 'postRepayment';
      const perSecond = (n: number, ms: number) => `${Math.round((n * 1000) / ms)}/s`;
      // The fastest path: the repayment file (`postRepayments`), each payment under its own key, a call per thousand.
      const calls: Payment[][] = [];
      for (let i = 0; i < payments.length; i += BATCH) calls.push(payments.slice(i, i + BATCH));
      const postFile = async (call: Payment[]) =>
        services.repaymentBatches.post(
          admin,
          call.map((p) => ({ key: p.key, ...p.input })),
        );
      process.stdout.write(`Posting ${payments.length} repayments as a file, ${BATCH} a call, ${BATCH_WORKERS} calls at once…\n`);
      started = Date.now();
      let posted = 0;
      let refused = 0;
      await inParallel(calls, BATCH_WORKERS, async (call) => {
        for (const o of await postFile(call)) {
          if (o.outcome === 'POSTED') posted++;
          if (o.outcome === 'REFUSED') refused++;
        }
      });
      const postMs = Date.now() - started;
      started = Date.now();
      let duplicates = 0;
      let replayed = 0;
      await inParallel(calls, BATCH_WORKERS, async (call) => {
        for (const o of await postFile(call)) {
          if (o.outcome === 'POSTED') duplicates++;
          if (o.outcome === 'REPLAYED') replayed++;
        }
      });
      const retryMs = Date.now() - started;
      const [{ n: stored }] = await dataSource.query(`SELECT COUNT(*) AS n FROM ${q('loan_repayment')} WHERE ${q('loanId')} >= ?`, [book[0].id]);
      line(
        `post ${payments.length} repayments (service, repayment file, keys)`,
        `${seconds(postMs)} s`,
        `≤ ${seconds((60_000 * payments.length) / 200_000)} s`,
        postMs / ((60_000 * payments.length) / 200_000),
      );
      line('  rate', perSecond(payments.length, postMs), '≥ 3333/s', 3333 / ((payments.length * 1000) / postMs));
      line('  refused (must be 0)', String(refused));
      line(`retry all ${payments.length} with the same keys`, `${seconds(retryMs)} s`);
      line('  replayed / duplicates (must be 0)', `${replayed} / ${duplicates + Number(stored) - posted}`);
      expect(refused).toBe(0);
      expect(duplicates).toBe(0);
      expect(replayed).toBe(payments.length);
      expect(Number(stored)).toBe(payments.length);

      // The loans still open (the one in seven that paid 90 %), a small payment each in turn.
      const open = book.filter((_, i) => i % 7 === 0);
      /** One keyed posting a call through the service: the claim, the posting and the kept answer in one transaction. */
      const postKeyed = async (p: { key: string; input: Payment['input'] }): Promise<'posted' | 'replayed'> => {
        const variables = { input: { ...p.input, amount: rupiah(p.input.amount) } };
        const outcome = await services.repayments.postOnce(admin, p.input, { operation, key: p.key, hash: requestHash(POST, null, variables) }, (loan) =>
          JSON.stringify({
            data: {
              postRepayment: {
                id: String(loan.id),
                outstandingPrincipal: rupiah(loan.outstandingPrincipal),
                daysPastDue: loan.daysPastDue,
                collectibility: loan.collectibility,
              },
            },
          }),
        );
        return outcome.kind === 'ran' ? 'posted' : 'replayed';
      };
      const single = Array.from({ length: PER_CALL_POSTS }, (_, i) => ({
        key: randomUUID(),
        input: { loanId: String(open[i % open.length].id), amount: 1_000_00n + BigInt(i), valueDate: today, channel: 'CASH' as const, reference: `ONE-${i}` },
      }));
      started = Date.now();
      let singleDuplicates = 0;
      await inParallel(single, WORKERS, async (p) => void (await postKeyed(p)));
      const singleMs = Date.now() - started;
      await inParallel(single, WORKERS, async (p) => {
        if ((await postKeyed(p)) === 'posted') singleDuplicates++;
      });
      line(
        `  one keyed posting a call (postOnce), ${single.length}`,
        perSecond(single.length, singleMs),
        '≥ 3333/s',
        3333 / ((single.length * 1000) / singleMs),
      );
      line('  duplicates on retry (must be 0)', String(singleDuplicates));
      expect(singleDuplicates).toBe(0);
      // For comparison under the same load: the three-transaction path (claim, post, keep) the GraphQL plugin takes.
      const threeStep = Array.from({ length: THREE_STEP_POSTS }, (_, i) => ({
        key: randomUUID(),
        input: { loanId: String(open[i % open.length].id), amount: 1_000_00n + BigInt(i), valueDate: today, channel: 'CASH' as const, reference: `3TX-${i}` },
      }));
      started = Date.now();
      await inParallel(threeStep, WORKERS, async (p) => {
        const start = await services.idempotency.start(
          { userId: admin.id, operation, key: p.key },
          requestHash(POST, null, { input: { ...p.input, amount: rupiah(p.input.amount) } }),
        );
        if (start.kind === 'replay') return;
        const loan = await services.repayments.post(admin, p.input);
        await services.idempotency.complete(start.claimId, JSON.stringify({ data: { postRepayment: { id: String(loan.id) } } }));
      });
      const threeStepMs = Date.now() - started;
      const oneTxRate = (single.length * 1000) / singleMs;
      const threeTxRate = (threeStep.length * 1000) / threeStepMs;
      line(
        `  the same through claim → post → keep (3 transactions), ${threeStep.length}`,
        perSecond(threeStep.length, threeStepMs),
        undefined,
        oneTxRate / threeTxRate,
      );

      // The same posting through HTTP: parse, validate, then the claim, the posting and the kept answer in one transaction.
      const token = await server.login('admin@prospek.test');
      const extra = Array.from({ length: HTTP_POSTS }, (_, i) => ({
        key: randomUUID(),
        variables: {
          input: { loanId: String(open[i % open.length].id), amount: rupiah(1_000_00n + BigInt(i)), valueDate: today, channel: 'CASH', reference: `HTTP-${i}` },
        },
      }));
      const send = async (p: (typeof extra)[number]) => {
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [IDEMPOTENCY_KEY_HEADER]: p.key },
          body: JSON.stringify({ query: POST, variables: p.variables }),
        });
        const body = (await response.json()) as { errors?: unknown[] };
        if (body.errors) throw new Error(JSON.stringify(body.errors));
        return response.headers.get('idempotent-replayed') === 'true';
      };
      started = Date.now();
      await inParallel(extra, WORKERS, async (p) => void (await send(p)));
      const httpMs = Date.now() - started;
      started = Date.now();
      let httpDuplicates = 0;
      await inParallel(extra, WORKERS, async (p) => {
        if (!(await send(p))) httpDuplicates++;
      });
      const httpRetryMs = Date.now() - started;
      line(
        `post ${extra.length} repayments through HTTP (/graphql, with keys)`,
        perSecond(extra.length, httpMs),
        '≥ 3333/s',
        3333 / ((extra.length * 1000) / httpMs),
      );
      line(`  retry them over HTTP`, perSecond(extra.length, httpRetryMs));
      line('  duplicates over HTTP (must be 0)', String(httpDuplicates));
      expect(httpDuplicates).toBe(0);

      // 2. The nightly run over the whole book: the posted loans and more without payments, some late.
      const more = Math.max(0, NIGHTLY_LOANS - LOANS);
      process.stdout.write(`Seeding ${more} more loans for the nightly run…\n`);
      started = Date.now();
      await seedLoans(
        dataSource,
        Array.from({ length: more }, (_, i) => spec(i, addDays(today, -((i * 7) % 200)), INSTALLMENTS)),
        parties.adminId,
      );
      line(`seed ${more} more loans (${more * INSTALLMENTS} installments)`, `${seconds(Date.now() - started)} s`);
      await dataSource.query(`ANALYZE TABLE ${q('loan')}, ${q('loan_installment')}, ${q('loan_repayment')}`);
      const [{ open: openLoans }] = await dataSource.query(`SELECT COUNT(*) AS open FROM ${q('loan')} WHERE ${q('status')} IN ('ACTIVE', 'RESTRUCTURED')`);
      const tomorrow = addDays(today, 1);
      const [{ changes: before }] = await dataSource.query(`SELECT COUNT(*) AS changes FROM ${q('loan_grade_change')}`);
      started = Date.now();
      const failures: string[] = [];
      const repositioned = await services.loans.refreshPositions(tomorrow, (m) => failures.push(m));
      const nightlyMs = Date.now() - started;
      const [{ changes: after }] = await dataSource.query(`SELECT COUNT(*) AS changes FROM ${q('loan_grade_change')}`);
      expect(failures).toEqual([]);
      line(`nightly run (chunked) over ${openLoans} open loans`, `${seconds(nightlyMs)} s`, '≤ 10.0 s', nightlyMs / 10_000);
      line(`  loans repositioned / history rows written`, `${repositioned} / ${Number(after) - Number(before)}`);
      const followersMs = services.loans.nightlyFollowersMs;
      line(`  of which the followers (promises, collection cases, live pages)`, `${seconds(followersMs)} s`, undefined, followersMs / nightlyMs);
      // Where the run's time went; indented steps are parts of the chunk transaction. Steps are summed over
      // the run's lanes (two chunks at once on MySQL), so together they may exceed the run's time.
      for (const [step, ms] of Object.entries(services.loans.nightlyStepMs)) line(`    step: ${step}`, `${seconds(ms)} s`, undefined, ms / nightlyMs);
      const [{ cases }] = await dataSource.query(`SELECT COUNT(*) AS cases FROM ${q('collection_case')}`);
      line(`  collection cases open or resolved after the run`, String(cases));
      // The per-loan replay on a sample, for comparison: one transaction and a dozen statements a loan.
      const sample: Array<{ id: number }> = await dataSource.query(
        `SELECT ${q('id')} AS id FROM ${q('loan')} WHERE ${q('status')} = 'ACTIVE' ORDER BY ${q('id')} DESC LIMIT ${PER_LOAN_SAMPLE}`,
      );
      started = Date.now();
      for (const { id } of sample) await services.loans.refreshLoan(Number(id), addDays(today, 2));
      const perLoanMs = ((Date.now() - started) / sample.length) * Number(openLoans);
      line(`  the per-loan replay, ${sample.length} loans, extrapolated to ${openLoans}`, `${seconds(perLoanMs)} s`, undefined, perLoanMs / nightlyMs);

      // 3. portfolioQuality by office, from the figures each loan keeps, beside the installments summed by raw SQL.
      const offices: Array<{ officeId: number }> = await dataSource.query(`SELECT DISTINCT ${q('officeId')} AS officeId FROM ${q('loan')}`);
      const rawSql = `SELECT COUNT(*) AS n, CAST(SUM(t.o) AS CHAR) AS outstanding, CAST(SUM(CASE WHEN t.late > 0 THEN t.o ELSE 0 END) AS CHAR) AS par1,
        CAST(SUM(CASE WHEN t.late > 30 THEN t.o ELSE 0 END) AS CHAR) AS par30, CAST(SUM(CASE WHEN t.late > 90 THEN t.o ELSE 0 END) AS CHAR) AS par90
        , CAST(SUM(t.due) AS CHAR) AS due, CAST(SUM(t.paid) AS CHAR) AS paid
      FROM (SELECT l.id, CASE WHEN l.status IN ('ACTIVE', 'RESTRUCTURED') THEN SUM(i.principal - i.paidPrincipal) ELSE 0 END AS o,
              SUM(CASE WHEN i.dueDate >= ? AND i.dueDate < ? THEN i.principal + i.interest ELSE 0 END) AS due,
              SUM(CASE WHEN i.dueDate >= ? AND i.dueDate < ? THEN i.paidPrincipal + i.paidInterest ELSE 0 END) AS paid,
              CASE WHEN l.status IN ('ACTIVE', 'RESTRUCTURED')
                THEN DATEDIFF(?, MIN(CASE WHEN i.dueDate <= ? AND i.principal + i.interest > i.paidPrincipal + i.paidInterest THEN i.dueDate END)) END AS late
            FROM loan l JOIN loan_installment i ON i.loanId = l.id
            WHERE l.officeId = ? AND (l.status IN ('ACTIVE', 'RESTRUCTURED') OR l.closedDate >= ?) GROUP BY l.id, l.status) t`;
      // The open loans, and for the month's collection rate those settled or written off in the month too.
      const monthStart = `${today.slice(0, 7)}-01`;
      const rawParams = (officeId: number) => [monthStart, addMonths(monthStart, 1), monthStart, addMonths(monthStart, 1), today, today, officeId, monthStart];
      const timed = async (call: (officeId: number) => Promise<unknown>) => {
        const times: number[] = [];
        for (let c = 0; c < PQ_CALLS; c++) {
          const officeId = Number(offices[c % offices.length].officeId);
          const t0 = performance.now();
          await call(officeId);
          times.push(performance.now() - t0);
        }
        return times.sort((a, b) => a - b);
      };
      // A statement cut off by the server's statement deadline is a figure too: printed, not thrown.
      try {
        for (const { officeId } of offices) {
          const quality = await services.portfolio.read(admin, null, String(officeId), null);
          const [raw] = await dataSource.query(rawSql, rawParams(Number(officeId)));
          expect(quality.outstandingPrincipal).toBe(BigInt(raw.outstanding ?? 0));
          const rawDue = BigInt(raw.due ?? 0);
          expect(quality.collectionRate).toBe(rawDue === 0n ? 0 : Number((BigInt(raw.paid ?? 0) * 1_000_000n) / rawDue) / 1_000_000);
        }
        const pq = await timed((officeId) => services.portfolio.read(admin, null, String(officeId), null));
        const raw = await timed((officeId) => dataSource.query(rawSql, rawParams(officeId)));
        line(
          `portfolioQuality by office (${offices.length} offices), p99 of ${PQ_CALLS}`,
          `${percentile(pq, 99).toFixed(1)} ms`,
          '≤ 100 ms',
          percentile(pq, 99) / 100,
        );
        line(`  p50`, `${percentile(pq, 50).toFixed(1)} ms`);
        line(`raw SQL summing installments, same office, p99`, `${percentile(raw, 99).toFixed(1)} ms`, undefined, percentile(raw, 99) / percentile(pq, 99));
        line(`  p50`, `${percentile(raw, 50).toFixed(1)} ms`);
      } catch (error) {
        line('portfolioQuality by office', 'did not finish', '≤ 100 ms');
        out.push(`    ${error instanceof Error ? error.message : String(error)}`);
      }
      out.push('');
      process.stdout.write(`${out.join('\n')}\n`);
    },
    3 * 3_600_000,
  );
});
