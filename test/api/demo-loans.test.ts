/** The demo loan book on first start: about 150 loans with histories, exactly one of them restructured. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, businessDate } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;

interface DemoLoan {
  id: string;
  status: string;
  outstandingPrincipal: string;
  arrears: string;
  collectibility: number;
  restructuredFromGrade: number | null;
  schedule: Array<{ principal: string; paidPrincipal: string }>;
  scheduleVersions: Array<{ version: number; current: boolean }>;
}

describe('demo loan book', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startServer(sqlite);
    token = await server.login('admin@prospek.test');
  });
  afterAll(() => server?.close());

  it('holds about 150 loans with histories and exactly one restructured loan with both its schedules', async () => {
    const q = (n: string) => server.app.dataSource.driver.escape(n);
    const [total] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('loan')}`);
    expect(Number(total.n)).toBeGreaterThanOrEqual(140);
    expect(Number(total.n)).toBeLessThanOrEqual(170);
    const byStatus: Array<{ status: string; n: number | string }> = await server.app.dataSource.query(
      `SELECT ${q('status')} AS status, COUNT(*) AS n FROM ${q('loan')} GROUP BY ${q('status')}`,
    );
    const counts = Object.fromEntries(byStatus.map((r) => [r.status, Number(r.n)]));
    expect(counts.RESTRUCTURED).toBe(1);
    expect(counts.CLOSED).toBeGreaterThan(0);
    const [graded] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('loan')} WHERE ${q('collectibility')} >= 3`);
    expect(Number(graded.n)).toBeGreaterThan(0);

    const [row] = await server.app.dataSource.query(`SELECT ${q('id')} AS id FROM ${q('loan')} WHERE ${q('status')} = 'RESTRUCTURED'`);
    const loan = expectData(
      await server.gql<{ loan: DemoLoan }>(
        `query($id: ID!) { loan(id: $id) { id status outstandingPrincipal arrears collectibility restructuredFromGrade
           schedule { principal paidPrincipal } scheduleVersions { version current } } }`,
        { id: String(row.id) },
        { token },
      ),
    ).loan;
    expect(loan.scheduleVersions.map((v) => [v.version, v.current]).sort()).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(loan.restructuredFromGrade).toBeGreaterThanOrEqual(3);
    expect(loan.collectibility).toBe(loan.restructuredFromGrade);
    const owed = loan.schedule.reduce((sum, i) => sum + BigInt(i.principal.replace('.', '')) - BigInt(i.paidPrincipal.replace('.', '')), 0n);
    expect(BigInt(loan.outstandingPrincipal.replace('.', ''))).toBe(owed);

    // The engine repositions it as it would any restructured loan, and the figures hold.
    const refreshed = await server.app.services.loans.refreshLoan(Number(loan.id), addDays(businessDate(), 1));
    expect(refreshed).toBe(true);
    const after = expectData(
      await server.gql<{ loan: DemoLoan }>('query($id: ID!) { loan(id: $id) { status outstandingPrincipal collectibility } }', { id: loan.id }, { token }),
    ).loan;
    expect(after).toEqual({ status: 'RESTRUCTURED', outstandingPrincipal: loan.outstandingPrincipal, collectibility: loan.collectibility });
  });
});
