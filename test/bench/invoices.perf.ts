/**
 * `npm run bench`: invoices on MySQL. 1,000 drafts of one office issued concurrently through GraphQL
 * (numbers contiguous, none twice; attempts shed with UNAVAILABLE are sent again after Retry-After),
 * then 100,000 invoices (a fifth paid, a fifth partly, their allocations over the last 60 days) inserted
 * in bulk and `receivablesAging` read 100 times by the admin and a manager, and by the admin a month
 * back. Prints figures and targets; asserts correctness, not time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const ISSUES = Number(process.env.BENCH_INVOICE_ISSUES ?? 1_000);
const AGING_INVOICES = Number(process.env.BENCH_AGING_INVOICES ?? 100_000);
const AGING_CALLS = Number(process.env.BENCH_AGING_CALLS ?? 100);
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

describe.runIf(mysql)('invoice benchmark (MySQL)', () => {
  let database: TestDatabase;
  let server: TestServer;
  let token: string;
  const today = businessDate();

  beforeAll(async () => {
    database = await mysql!.create();
    server = await startServer({ database });
    token = await server.login('admin@prospek.test');
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it(`issues ${ISSUES} invoices of one office at once with contiguous numbers`, async () => {
    const client = expectData(await server.gql<{ clients: { nodes: Array<{ id: string }> } }>('{ clients(first: 1) { nodes { id } } }', {}, { token })).clients
      .nodes[0].id;
    const input = {
      kind: 'RECEIVABLE',
      clientId: client,
      issueDate: today,
      dueDate: today,
      lines: [{ description: 'Jasa', quantity: 1, unitPrice: '1000.00', taxCode: 'PPN' }],
    };
    const drafts: string[] = [];
    for (let i = 0; i < ISSUES; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, ISSUES - i) }, () =>
          server.gql<{ createInvoice: { id: string } }>(`mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`, { input }, { token }),
        ),
      );
      drafts.push(...batch.map((r) => expectData(r).createInvoice.id));
    }
    // A request the server sheds under this load (UNAVAILABLE: its pool or statement deadline passed,
    // the transaction rolled back) is sent again after the Retry-After it names, as a client would.
    // After a retry the invoice may already be issued (a first attempt whose answer was lost): its
    // number is read instead.
    let shed = 0;
    const issueOne = async (id: string): Promise<string> => {
      for (let attempt = 1; ; attempt++) {
        const result = await server.gql<{ issueInvoice: { number: string } }>(
          `mutation($id: ID!) { issueInvoice(id: $id, channel: PDF) { number } }`,
          { id },
          { token },
        );
        const error = result.errors?.[0]?.extensions;
        if (error?.code === 'UNAVAILABLE' && attempt < 20) {
          shed += 1;
          await new Promise((resolve) => setTimeout(resolve, Number(error.retryAfterSeconds ?? 1) * 1000));
          continue;
        }
        if (error && attempt > 1)
          return expectData(await server.gql<{ invoice: { number: string } }>(`query($id: ID!) { invoice(id: $id) { number } }`, { id }, { token })).invoice
            .number;
        return expectData(result).issueInvoice.number;
      }
    };
    const started = performance.now();
    const numbers = await Promise.all(drafts.map(issueOne));
    const ms = performance.now() - started;
    const seqs = numbers.map((n) => Number(n.slice(-6))).sort((a, b) => a - b);
    console.log(
      `issueInvoice × ${ISSUES} concurrently: ${(ms / 1000).toFixed(1)} s, ${((ISSUES / ms) * 1000).toFixed(0)}/s; ` +
        `${shed} attempts shed with UNAVAILABLE and sent again; numbers ${seqs[0]}…${seqs[seqs.length - 1]}, ${new Set(seqs).size} distinct`,
    );
    expect(new Set(seqs).size).toBe(ISSUES);
    expect(seqs[seqs.length - 1] - seqs[0]).toBe(ISSUES - 1);
  }, 600_000);

  it(`reads receivablesAging over ${AGING_INVOICES} invoices (target p99 ≤ 500 ms)`, async () => {
    const ds = server.app.dataSource;
    const clients: Array<{ id: number; officeId: number }> = await ds.query('SELECT id, officeId FROM client ORDER BY id');
    const admin: Array<{ id: number }> = await ds.query("SELECT id FROM `user` WHERE role = 'ADMIN' LIMIT 1");
    let lastId = Number((await ds.query('SELECT COALESCE(MAX(id), 0) AS id FROM invoice'))[0].id);
    for (let i = 0; i < AGING_INVOICES; i += 2_000) {
      const rows = Array.from({ length: Math.min(2_000, AGING_INVOICES - i) }, (_, j) => {
        const c = clients[(i + j) % clients.length];
        const due = addDays(today, -((i + j) % 150) + 20);
        const total = 100_000 + ((i + j) % 97) * 1_000;
        return [
          `RECEIVABLE`,
          (i + j) % 5 === 0 ? 'PARTIALLY_PAID' : (i + j) % 5 === 1 ? 'PAID' : 'ISSUED',
          c.officeId,
          c.id,
          addDays(due, -14),
          due,
          total,
          total,
          0,
          total,
          (i + j) % 5 === 0 ? 50_000 : (i + j) % 5 === 1 ? total : 0,
          admin[0].id,
          1,
        ];
      });
      await ds.query(
        `INSERT INTO invoice (kind, status, officeId, clientId, issueDate, dueDate, subtotal, total, taxBase, tax, amountPaid, createdById, version) VALUES ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
        rows.flatMap((r) => [r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[8], r[10], r[11], r[12]]),
      );
      // The paid part of each as allocations of one payment per chunk, dated over the last 60 days.
      const made: Array<{ id: number; officeId: number; clientId: number; amountPaid: string }> = await ds.query(
        'SELECT id, officeId, clientId, amountPaid FROM invoice WHERE amountPaid > 0 AND id > ? ORDER BY id',
        [lastId],
      );
      lastId = Number((await ds.query('SELECT MAX(id) AS id FROM invoice'))[0].id);
      const paid = made.reduce((sum, r) => sum + BigInt(r.amountPaid), 0n);
      const payment = await ds.query(
        "INSERT INTO payment (direction, officeId, clientId, amount, unallocated, date, method, createdById) VALUES ('IN', ?, ?, ?, 0, ?, 'TRANSFER', ?)",
        [made[0].officeId, made[0].clientId, paid.toString(), today, admin[0].id],
      );
      await ds.query(
        `INSERT INTO payment_allocation (paymentId, invoiceId, amount, date) VALUES ${made.map(() => '(?, ?, ?, ?)').join(', ')}`,
        made.flatMap((r) => [payment.insertId, r.id, r.amountPaid, addDays(today, -(r.id % 60))]),
      );
    }
    await ds.query('ANALYZE TABLE invoice, payment_allocation');
    // Today, and a month back (the allocations since then are added back to what was open).
    const totals = new Map<string, bigint>();
    for (const [who, asOf] of [
      ['admin@prospek.test', today],
      ['manager@prospek.test', today],
      ['admin@prospek.test', addDays(today, -30)],
    ]) {
      const as = await server.login(who);
      const times: number[] = [];
      let total = '';
      for (let i = 0; i < AGING_CALLS; i++) {
        const started = performance.now();
        const data = expectData(
          await server.gql<{ receivablesAging: { total: string; rowCount: number } }>(
            `query($asOf: LocalDate) { receivablesAging(asOf: $asOf, first: 100) { total rowCount } }`,
            { asOf },
            { token: as },
          ),
        );
        times.push(performance.now() - started);
        total = data.receivablesAging.total;
      }
      times.sort((a, b) => a - b);
      console.log(
        `receivablesAging as ${who} as of ${asOf}: p50 ${percentile(times, 50).toFixed(0)} ms, p99 ${percentile(times, 99).toFixed(0)} ms (target ≤ 500 ms), total ${total}`,
      );
      expect(BigInt(total.replace('.', ''))).toBeGreaterThan(0n);
      totals.set(`${who} ${asOf}`, BigInt(total.replace('.', '')));
    }
    // A month back, the allocations since were still owed.
    expect(totals.get(`admin@prospek.test ${addDays(today, -30)}`)).not.toBe(totals.get(`admin@prospek.test ${today}`));
  }, 900_000);
});
