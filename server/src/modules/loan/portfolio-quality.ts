/**
 * Portfolio quality as of today, from the figures every posting and the nightly run keep on each loan:
 * outstanding per grade, NPL (grades 3–5), PAR 1/30/90 (the whole outstanding principal of loans more than
 * X days late, restructured ones included) and the month's collection rate (paid on the installments
 * due this month / due, on the loans open in the month, those settled or written off in it included). Scoped as loans are. A past date is read from the month-end snapshots, so it
 * must be a closed month end; any other past date is refused. A report: its sums read a replica when
 * there is one (db/report-reader.ts).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { readForReport } from '../../db/report-reader.js';
import { dialectOf } from '../../db/sql.js';
import { InputError } from '../../errors.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import type { AccessService } from '../access/access.service.js';
import { clientReadCondition } from '../access/scope.js';
import type { User } from '../user/user.entity.js';
import { isMonthEnd } from './loan-month-end.service.js';
import type { LoanMonthEndService } from './loan-month-end.service.js';
import { monthRange } from './loan-position.js';

@ObjectType({ simpleResolvers: true })
export class GradeFigure {
  @Field(() => Int)
  grade: number;

  @Field(() => Int)
  count: number;

  @Field(() => MoneyScalar)
  outstanding: bigint;
}

@ObjectType({ simpleResolvers: true })
export class PortfolioQuality {
  @Field(() => String)
  asOf: string;

  @Field(() => MoneyScalar)
  outstandingPrincipal: bigint;

  @Field(() => Int)
  loanCount: number;

  @Field(() => Float, { description: 'Outstanding in grades 3–5 / outstanding, 0 to 1' })
  nplRatio: number;

  @Field(() => Float)
  par1: number;

  @Field(() => Float)
  par30: number;

  @Field(() => Float)
  par90: number;

  @Field(() => Float, { description: 'Paid on the installments due in the month of asOf / due, 0 to 1' })
  collectionRate: number;

  @Field(() => [GradeFigure])
  grades: GradeFigure[];

  @Field(() => MoneyScalar, { description: 'Principal written off in the month of asOf (off the book, in none of the figures above)' })
  writtenOff: bigint;

  @Field(() => MoneyScalar, { description: 'Received in the month of asOf, up to asOf, on loans written off before: recoveries' })
  recoveries: bigint;
}

interface GradeRow {
  grade: number | string;
  n: number | string;
  outstanding: string;
  par1: string;
  par30: string;
  par90: string;
  due?: string;
  paid?: string;
  stale?: number | string | null;
}

interface SumsQuery {
  table: string;
  where: string;
  every: string;
  params: unknown[];
  past: boolean;
  date: string;
}

const ratio = (part: bigint, whole: bigint) => (whole === 0n ? 0 : Number((part * 1_000_000n) / whole) / 1_000_000);

export class PortfolioQualityService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly today: () => string,
    private readonly monthEnds: LoanMonthEndService,
  ) {}

  async read(viewer: User, asOf: string | null, officeId: string | null, officerId: string | null): Promise<PortfolioQuality> {
    const today = this.today();
    const date = asOf ?? today;
    const past = date !== today;
    if (past && (date > today || !isMonthEnd(date) || !(await this.monthEnds.isClosed(date)))) {
      throw InputError.field('asOf', 'NOT_ALLOWED', 'Positions are kept for today and for closed month ends only', {
        max: today,
        monthEnds: (await this.monthEnds.closedMonthEnds()).join(','),
      });
    }
    const q = dialectOf(this.dataSource).id;
    const reach = clientReadCondition(await this.access.scope(viewer), q, 'ln');
    const parts = [reach.sql];
    const params: unknown[] = [...reach.params];
    // A past month end reads its snapshot rows, which name their columns as the loan does.
    const table = past ? 'loan_month_end' : 'loan';
    if (officeId) {
      parts.push(`ln.${q('officeId')} = ?`);
      params.push(Number(officeId) || 0);
    }
    if (officerId) {
      parts.push(`ln.${q('officerId')} = ?`);
      params.push(Number(officerId) || 0);
    }
    // Write-offs and recoveries are read from the loans themselves, today as for a past month.
    const reachParts = [...parts];
    const reachParams = [...params];
    if (past) {
      parts.unshift(`ln.${q('monthEnd')} = ?`);
      params.unshift(date);
    }
    const every = parts.join(' AND ');
    const where = `${every} AND ln.${q('status')} IN ('ACTIVE', 'RESTRUCTURED')`;
    const { rows, due, paid, writtenOff, recoveries } = await readForReport(this.dataSource, async (manager) => ({
      ...(await this.sums(manager, { table, where, every, params, past, date })),
      ...(await this.writeOffs(manager, reachParts.join(' AND '), reachParams, date)),
    }));
    const grades = [1, 2, 3, 4, 5].map((grade) => {
      const row = rows.find((r) => Number(r.grade) === grade);
      return { grade, count: Number(row?.n ?? 0), outstanding: BigInt(row?.outstanding ?? 0) };
    });
    const total = grades.reduce((s, g) => s + g.outstanding, 0n);
    const par = (key: 'par1' | 'par30' | 'par90') => rows.reduce((s, r) => s + BigInt(r[key]), 0n);
    return {
      asOf: date,
      outstandingPrincipal: total,
      loanCount: grades.reduce((s, g) => s + g.count, 0),
      nplRatio: ratio(
        grades.filter((g) => g.grade >= 3).reduce((s, g) => s + g.outstanding, 0n),
        total,
      ),
      par1: ratio(par('par1'), total),
      par30: ratio(par('par30'), total),
      par90: ratio(par('par90'), total),
      collectionRate: ratio(paid, due),
      grades,
      writtenOff,
      recoveries,
    };
  }

  /** Principal written off in the month of `date` (up to it), and recoveries received in it on loans written off. */
  private async writeOffs(manager: EntityManager, reach: string, params: unknown[], date: string): Promise<{ writtenOff: bigint; recoveries: bigint }> {
    const q = dialectOf(this.dataSource).id;
    const sum = dialectOf(this.dataSource).sumAsText;
    const { from } = monthRange(date);
    const [off]: Array<{ total: string | null }> = await manager.query(
      `SELECT ${sum(`ln.${q('writtenOffPrincipal')}`)} AS total FROM ${q('loan')} ln
       WHERE ${reach} AND ln.${q('status')} = 'WRITTEN_OFF' AND ln.${q('closedDate')} >= ? AND ln.${q('closedDate')} <= ?`,
      [...params, from, date],
    );
    const [back]: Array<{ total: string | null }> = await manager.query(
      `SELECT ${sum(`r.${q('amount')}`)} AS total FROM ${q('loan_repayment')} r JOIN ${q('loan')} ln ON ln.${q('id')} = r.${q('loanId')}
       WHERE ${reach} AND r.${q('recovery')} = ? AND r.${q('reversed')} = ? AND r.${q('valueDate')} >= ? AND r.${q('valueDate')} <= ?`,
      [...params, 1, 0, from, date],
    );
    return { writtenOff: BigInt(off?.total ?? 0), recoveries: BigInt(back?.total ?? 0) };
  }

  /**
   * The grade, PAR and collection sums, read through `manager` (a replica's when there is one). Today's
   * month due and collected come from what each loan keeps (postings and the nightly run keep them); loans
   * not yet kept for the month (imported, or the month turned before the nightly run) from their installments.
   */
  private async sums(manager: EntityManager, s: SumsQuery): Promise<{ rows: GradeRow[]; due: bigint; paid: bigint }> {
    const { table, where, every, params, past, date } = s;
    const q = dialectOf(this.dataSource).id;
    const sum = dialectOf(this.dataSource).sumAsText;
    const out = `ln.${q('outstandingPrincipal')}`;
    const dpd = `ln.${q('daysPastDue')}`;
    const { month, from, until } = monthRange(date);
    const kept = `ln.${q('collectionMonth')} = ?`;
    const monthSums = past
      ? ''
      : `, ${sum(`CASE WHEN ${kept} THEN ln.${q('dueInMonth')} ELSE 0 END`)} AS due, ${sum(`CASE WHEN ${kept} THEN ln.${q('collectedInMonth')} ELSE 0 END`)} AS paid,
         SUM(CASE WHEN ${kept} THEN 0 ELSE 1 END) AS stale`;
    const rows: GradeRow[] = await manager.query(
      `SELECT ln.${q('collectibility')} AS grade, COUNT(*) AS n, ${sum(out)} AS outstanding,
         ${sum(`CASE WHEN ${dpd} > 0 THEN ${out} ELSE 0 END`)} AS par1, ${sum(`CASE WHEN ${dpd} > 30 THEN ${out} ELSE 0 END`)} AS par30,
         ${sum(`CASE WHEN ${dpd} > 90 THEN ${out} ELSE 0 END`)} AS par90${monthSums}
       FROM ${q(table)} ln WHERE ${where} GROUP BY ln.${q('collectibility')}`,
      past ? params : [month, month, month, ...params],
    );
    let due = 0n;
    let paid = 0n;
    if (past) {
      // As today's figures: every loan with a row for the month counts, the ones settled or written off in it too.
      const [snapshot]: Array<{ due: string; paid: string }> = await manager.query(
        `SELECT ${sum(`ln.${q('dueInMonth')}`)} AS due, ${sum(`ln.${q('collectedInMonth')}`)} AS paid FROM ${q(table)} ln WHERE ${every}`,
        params,
      );
      return { rows, due: BigInt(snapshot?.due ?? 0), paid: BigInt(snapshot?.paid ?? 0) };
    }
    // Loans settled or written off during the month still count the installments falling due in it, as
    // the month-end snapshot counts them; their kept figures are those of their last posting in the month.
    const endedInMonth = `${every} AND ln.${q('status')} IN ('CLOSED', 'WRITTEN_OFF') AND ln.${q('closedDate')} >= ? AND ln.${q('closedDate')} < ?`;
    const ended: GradeRow[] = await manager.query(
      `SELECT ${sum(`CASE WHEN ${kept} THEN ln.${q('dueInMonth')} ELSE 0 END`)} AS due, ${sum(`CASE WHEN ${kept} THEN ln.${q('collectedInMonth')} ELSE 0 END`)} AS paid,
         SUM(CASE WHEN ${kept} THEN 0 ELSE 1 END) AS stale
       FROM ${q(table)} ln WHERE ${endedInMonth}`,
      [month, month, month, ...params, from, until],
    );
    for (const r of [...rows, ...ended]) {
      due += BigInt(r.due ?? 0);
      paid += BigInt(r.paid ?? 0);
    }
    if ([...rows, ...ended].some((r) => Number(r.stale ?? 0) > 0)) {
      const [rest]: Array<{ due: string; paid: string }> = await manager.query(
        `SELECT ${sum(`i.${q('principal')} + i.${q('interest')}`)} AS due, ${sum(`i.${q('paidPrincipal')} + i.${q('paidInterest')}`)} AS paid
         FROM ${q('loan_installment')} i JOIN ${q('loan')} ln ON ln.${q('id')} = i.${q('loanId')}
         WHERE ((${where}) OR (${endedInMonth})) AND (ln.${q('collectionMonth')} IS NULL OR ln.${q('collectionMonth')} <> ?)
           AND i.${q('dueDate')} >= ? AND i.${q('dueDate')} < ?`,
        [...params, ...params, from, until, month, from, until],
      );
      due += BigInt(rest?.due ?? 0);
      paid += BigInt(rest?.paid ?? 0);
    }
    return { rows, due, paid };
  }
}
