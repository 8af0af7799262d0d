/**
 * Read replicas: a MariaDB primary and replica of the test's own (binary-log replication), the server
 * on both (DATABASE_URL, DATABASE_REPLICA_URLS). While the replica holds back applying what it received,
 * a report shows the book as it was and a normal read shows it as it is: reports read the replica,
 * everything else the primary. Writes land on the primary (the replica's user may only read, and the
 * replica is read-only) and a read right after a write sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { businessDate } from '@prospek/shared';
import { loadConfig } from '../../server/src/config.js';
import { readForReport } from '../../server/src/db/report-reader.js';
import { User } from '../../server/src/modules/user/user.entity.js';
import { poolReader } from '../../server/src/observability/db-pool.js';
import { mariadbBinariesMissing, OwnReplicatedMariaDb } from '../helpers/own-mariadb.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

if (mariadbBinariesMissing && process.env.REQUIRE_MYSQL === '1') throw new Error('MariaDB server binaries are required (REQUIRE_MYSQL=1) but not installed');

const QUALITY = `{ portfolioQuality { outstandingPrincipal loanCount } }`;
const LOANS = `{ loans(first: 100, filter: { status: ACTIVE }) { nodes { id outstandingPrincipal } } }`;
const LOAN = `query($id: ID!) { loan(id: $id) { id outstandingPrincipal repayments { id } } }`;
const REPAY = `mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { id outstandingPrincipal repayments { id } } }`;

const sen = (money: string) => BigInt(money.replace('.', ''));

const title = mariadbBinariesMissing ? 'read replicas — skipped: mariadbd or mariadb-install-db is not installed' : 'read replicas';

describe.skipIf(mariadbBinariesMissing)(title, () => {
  let db: OwnReplicatedMariaDb;
  let server: TestServer;
  let admin: string;

  const quality = async () =>
    expectData(await server.gql(QUALITY, {}, { token: admin })).portfolioQuality as { outstandingPrincipal: string; loanCount: number };

  beforeAll(async () => {
    db = await OwnReplicatedMariaDb.start();
    server = await startServer({ database: { url: db.primaryUrl, drop: async () => undefined } }, { databaseReplicaUrls: [db.replicaUrl] });
    admin = await server.login('admin@prospek.test');
    await db.caughtUp();
  }, 360_000);

  afterAll(async () => {
    await server?.close();
    await db?.stop();
  }, 60_000);

  it('reads the primary by default and the replica only through the report reader', async () => {
    const serverId = (rows: Array<{ id: number | string }>) => Number(rows[0].id);
    const ds = server.app.dataSource;
    expect(serverId(await ds.query('SELECT @@server_id AS id'))).toBe(1);
    expect(Number((await ds.getRepository(User).createQueryBuilder('u').select('@@server_id', 'id').limit(1).getRawOne<{ id: number }>())?.id)).toBe(1);
    expect(serverId(await readForReport(ds, (manager) => manager.query('SELECT @@server_id AS id')))).toBe(2);
    // The pool gauges read the primary's pool inside TypeORM's pool cluster.
    expect(poolReader(ds)()?.total).toBeGreaterThan(0);
    // A find outside a transaction (which TypeORM's replication sends to a replica by default) sees a
    // change the replica has not applied: it read the primary.
    await db.holdApplying();
    try {
      const user = await ds.getRepository(User).findOneByOrFail({ email: 'admin@prospek.test' });
      await db.primary.query('UPDATE prospek.user SET name = ? WHERE id = ?', ['Admin Primer', user.id]);
      expect((await ds.getRepository(User).findOneByOrFail({ id: user.id })).name).toBe('Admin Primer');
      expect((await readForReport(ds, (manager) => manager.getRepository(User).findOneByOrFail({ id: user.id }))).name).toBe(user.name);
    } finally {
      await db.applyAgain();
    }
  });

  it('answers portfolio quality from the replica; a repayment and the read after it use the primary', async () => {
    const before = await quality();
    const selects = await db.replicaSelects();
    expect(await quality()).toEqual(before);
    expect(await db.replicaSelects()).toBeGreaterThan(selects);

    const loans = expectData(await server.gql(LOANS, {}, { token: admin })).loans.nodes as Array<{ id: string; outstandingPrincipal: string }>;
    const loan = loans.find((l) => sen(l.outstandingPrincipal) > 100_000_00n);
    expect(loan).toBeDefined();
    const [[{ n: onReplica }]] = (await db.replica.query('SELECT COUNT(*) AS n FROM prospek.loan_repayment')) as unknown as [[{ n: number }]];

    await db.holdApplying();
    try {
      const input = { loanId: loan!.id, amount: '50000000.00', valueDate: businessDate(), channel: 'CASH', reference: 'replica-test' };
      const paid = expectData(await server.gql(REPAY, { input }, { token: admin })).postRepayment as { outstandingPrincipal: string; repayments: unknown[] };
      const drop = sen(loan!.outstandingPrincipal) - sen(paid.outstandingPrincipal);
      expect(drop).toBeGreaterThan(0n);
      // The read right after the write sees it.
      const reread = expectData(await server.gql(LOAN, { id: loan!.id }, { token: admin })).loan as { outstandingPrincipal: string; repayments: unknown[] };
      expect(reread.outstandingPrincipal).toBe(paid.outstandingPrincipal);
      expect(reread.repayments).toHaveLength(paid.repayments.length);
      // The write is on the primary only; the report still shows the replica's book.
      const [[{ n: onReplicaNow }]] = (await db.replica.query('SELECT COUNT(*) AS n FROM prospek.loan_repayment')) as unknown as [[{ n: number }]];
      expect(Number(onReplicaNow)).toBe(Number(onReplica));
      expect(await quality()).toEqual(before);

      await db.applyAgain();
      const after = await quality();
      expect(sen(after.outstandingPrincipal)).toBe(sen(before.outstandingPrincipal) - drop);
    } finally {
      await db.applyAgain();
    }
  });

  it('exports the month-end SLIK file from the replica', async () => {
    await server.app.services.monthEnds.closeMonths(new Date());
    await db.caughtUp();
    const [monthEnd] = expectData(await server.gql('{ closedMonthEnds }', {}, { token: admin })).closedMonthEnds as string[];
    expect(monthEnd).toBeDefined();
    const csv = async () => {
      const path = expectData(await server.gql('query($m: LocalDate!) { loanMonthEndExportUrl(monthEnd: $m) }', { m: monthEnd }, { token: admin }))
        .loanMonthEndExportUrl as string;
      const response = await fetch(`${server.url}${path}`);
      expect(response.status).toBe(200);
      return response.text();
    };
    const exported = await csv();
    expect(exported.split('\n').length).toBeGreaterThan(2);

    await db.holdApplying();
    try {
      await db.primary.query('UPDATE prospek.loan_month_end SET daysPastDue = daysPastDue + 7000 WHERE monthEnd = ?', [monthEnd]);
      const listed = expectData(
        await server.gql('query($m: LocalDate!) { loanMonthEnds(monthEnd: $m, first: 1) { nodes { daysPastDue } } }', { m: monthEnd }, { token: admin }),
      ).loanMonthEnds.nodes as Array<{ daysPastDue: number }>;
      expect(listed[0].daysPastDue).toBeGreaterThanOrEqual(7000);
      expect(await csv()).toBe(exported);
      await db.applyAgain();
      expect(await csv()).not.toBe(exported);
    } finally {
      await db.applyAgain();
    }
  }, 120_000);

  it('reads the primary when the replica is gone', async () => {
    const before = await quality();
    await db.stopReplica();
    expect(await quality()).toEqual(before);
    const ds = server.app.dataSource;
    expect(Number((await readForReport(ds, (manager) => manager.query('SELECT @@server_id AS id')))[0].id)).toBe(1);
  });
});

describe('DATABASE_REPLICA_URLS', () => {
  const primary = 'mysql://prospek:pw@db:3306/prospek';

  it('takes comma-separated mysql:// URLs', () => {
    const config = loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: ' mysql://r:pw@replica1:3306/prospek , mariadb://r:pw@replica2 ' });
    expect(config.databaseReplicaUrls).toEqual(['mysql://r:pw@replica1:3306/prospek', 'mariadb://r:pw@replica2']);
    expect(loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: '' }).databaseReplicaUrls).toEqual([]);
  });

  it('refuses at startup what is not a MySQL URL, without printing its password', () => {
    for (const value of ['replica1:3306', 'postgres://r:secret@replica1/db', 'mysql://', 'mysql://r:pw@replica1,not a url']) {
      expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: value })).toThrow(/DATABASE_REPLICA_URLS must be mysql:\/\/ URLs/);
    }
    expect(() => loadConfig({ DATABASE_URL: primary, DATABASE_REPLICA_URLS: 'postgres://r:secret@replica1/db' })).toThrow(/postgres:\/\/r:\*\*\*@replica1/);
  });

  it('needs a MySQL primary', () => {
    expect(() => loadConfig({ DATABASE_URL: 'sqlite:./data/x.sqlite', DATABASE_REPLICA_URLS: 'mysql://r@replica1/prospek' })).toThrow(/needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'mysql://r@replica1/prospek' })).toThrow(/needs DATABASE_URL/);
  });
});
