/**
 * Month-end closing of the loan book: for every month that has ended in a loan office's time zone,
 * each loan open during it gets one snapshot row of its position on the month's last day, replayed from
 * its schedule and the payments dated up to that day (not today's figures). Rows are only ever
 * inserted, with the unique (loan, month end) key ignoring a second writer, so a run repeated or run
 * by two instances at once writes each row once; loans are taken in chunks, so the book's size only
 * adds chunks.
 */
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { addDays, addMonths, businessDate, collectibilityOf, isBusinessDate, loanPosition, officeZone, replayLedger } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import { InputError } from '../../errors.js';
import { sqlKeysetPage } from '../../graphql/keyset-page.js';
import type { AccessService } from '../access/access.service.js';
import { clientReadCondition } from '../access/scope.js';
import { Office } from '../office/office.entity.js';
import type { User } from '../user/user.entity.js';
import type { CollectibilityService, CollectionTerms } from './collectibility.service.js';
import { rulesOf } from './collectibility.service.js';
import { LoanMonthEnd } from './loan-month-end.entity.js';
import { Loan } from './loan.entity.js';
import { logError } from '../../observability/logger.js';

/** How many closed months a first run fills in for a book imported with its history. */
export const MONTH_END_BACKFILL_MONTHS = 12;
const CHUNK = 500;

/**
 * What a loan not settled by a month end was then. A written-off loan's closing date is its write-off
 * date (its last positioning when none was kept): it was still open in the months before, and after
 * its write-off month it has no rows at all.
 */
export function monthEndStatus(loan: Pick<Loan, 'status' | 'closedDate' | 'positionAsOf' | 'scheduleVersion'>, monthEnd: string): Loan['status'] {
  const open = loan.scheduleVersion > 1 ? 'RESTRUCTURED' : 'ACTIVE';
  if (loan.status === 'CLOSED') return open;
  if (loan.status === 'WRITTEN_OFF' && (toBusinessDate(loan.closedDate ?? loan.positionAsOf) as string) > monthEnd) return open;
  return loan.status;
}

/** The last day of the month of `date`. */
export function monthEndOf(date: string): string {
  return addDays(addMonths(`${date.slice(0, 7)}-01`, 1), -1);
}

export function isMonthEnd(date: string): boolean {
  return isBusinessDate(date) && monthEndOf(date) === date;
}

export class LoanMonthEndService {
  private readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly collectibility: CollectibilityService,
  ) {
    this.dialect = dialectOf(dataSource);
  }

  /**
   * Closes every month that has ended by `now` in each office's zone and is not closed yet for its
   * loans (the last `MONTH_END_BACKFILL_MONTHS` at most). Returns the rows written.
   */
  async closeMonths(now: Date, log: (message: string) => void = logError): Promise<number> {
    const offices = await this.dataSource.getRepository(Office).find({ select: { id: true, timeZone: true } });
    const byZone = new Map<string, number[]>();
    for (const office of offices) {
      const zone = officeZone(office.timeZone);
      byZone.set(zone, [...(byZone.get(zone) ?? []), office.id]);
    }
    let written = 0;
    for (const [zone, officeIds] of byZone) {
      const lastClosed = addDays(`${businessDate(now, zone).slice(0, 7)}-01`, -1);
      const q = this.dialect.id;
      const [first]: Array<{ d: string | Date | null }> = await this.dataSource.query(
        `SELECT MIN(${q('disbursementDate')}) AS d FROM ${q('loan')} WHERE ${q('officeId')} IN (${officeIds.map(() => '?').join(', ')})`,
        officeIds,
      );
      if (!first?.d) continue;
      const earliest = monthEndOf(toBusinessDate(first.d) as string);
      const floor = monthEndOf(addMonths(`${lastClosed.slice(0, 7)}-01`, 1 - MONTH_END_BACKFILL_MONTHS));
      for (let month = earliest > floor ? earliest : floor; month <= lastClosed; month = monthEndOf(addDays(month, 1))) {
        try {
          written += await this.snapshotMonth(month, officeIds);
        } catch (error) {
          log(`Month end ${month} (${zone}) is not closed yet: ${String(error)}`);
        }
      }
    }
    return written;
  }

  /** Writes the month-end rows of `monthEnd` missing for the loans of `officeIds` open during that month. */
  async snapshotMonth(monthEnd: string, officeIds: number[]): Promise<number> {
    if (officeIds.length === 0) return 0;
    const q = this.dialect.id;
    const monthStart = `${monthEnd.slice(0, 7)}-01`;
    const rules = rulesOf(await this.collectibility.rulesFor(this.dataSource.manager, monthEnd));
    const terms = new Map<number, CollectionTerms>();
    let written = 0;
    let after = 0;
    for (;;) {
      const rows: Array<{ id: number | string }> = await this.dataSource.query(
        `SELECT ln.${q('id')} AS id FROM ${q('loan')} ln
         WHERE ln.${q('officeId')} IN (${officeIds.map(() => '?').join(', ')}) AND ln.${q('disbursementDate')} <= ?
           AND (ln.${q('closedDate')} IS NULL OR ln.${q('closedDate')} >= ?) AND ln.${q('id')} > ?
           AND (ln.${q('status')} <> 'WRITTEN_OFF' OR COALESCE(ln.${q('closedDate')}, ln.${q('positionAsOf')}) >= ?)
           AND NOT EXISTS (SELECT 1 FROM ${q('loan_month_end')} s WHERE s.${q('loanId')} = ln.${q('id')} AND s.${q('monthEnd')} = ?)
         ORDER BY ln.${q('id')} LIMIT ${CHUNK}`,
        [...officeIds, monthEnd, monthStart, after, monthStart, monthEnd],
      );
      if (rows.length === 0) return written;
      const ids = rows.map((r) => Number(r.id));
      after = ids[ids.length - 1];
      const m = this.dataSource.manager;
      // Plain rows rather than entities: a chunk's schedules run to tens of thousands of rows.
      const inIds = `(${ids.map(() => '?').join(', ')})`;
      const [loans, installments, repayments] = await Promise.all([
        m.findBy(Loan, { id: In(ids) }),
        m.query(
          `SELECT ${q('loanId')}, ${q('number')}, ${q('dueDate')}, ${q('principal')}, ${q('interest')} FROM ${q('loan_installment')}
           WHERE ${q('loanId')} IN ${inIds} ORDER BY ${q('loanId')}, ${q('number')}`,
          ids,
        ) as Promise<
          Array<{ loanId: number | string; number: number | string; dueDate: string | Date; principal: number | string; interest: number | string }>
        >,
        m.query(
          `SELECT ${q('id')}, ${q('loanId')}, ${q('amount')}, ${q('valueDate')} FROM ${q('loan_repayment')}
           WHERE ${q('loanId')} IN ${inIds} AND ${q('reversed')} = 0 AND ${q('valueDate')} <= ?`,
          [...ids, monthEnd],
        ) as Promise<Array<{ id: number | string; loanId: number | string; amount: number | string; valueDate: string | Date }>>,
      ]);
      const schedules = groupBy(
        installments.map((i) => ({
          loanId: Number(i.loanId),
          number: Number(i.number),
          dueDate: toBusinessDate(i.dueDate) as string,
          principal: BigInt(i.principal),
          interest: BigInt(i.interest),
        })),
        (i) => i.loanId,
      );
      const payments = groupBy(
        repayments.map((r) => ({ id: Number(r.id), loanId: Number(r.loanId), amount: BigInt(r.amount), valueDate: toBusinessDate(r.valueDate) as string })),
        (r) => r.loanId,
      );
      const snapshots: Array<Omit<LoanMonthEnd, 'id' | 'createdAt' | 'annualRate'>> = [];
      for (const loan of loans) {
        if (!terms.has(loan.productId)) terms.set(loan.productId, await this.collectibility.termsOf(m, loan.productId));
        const term = terms.get(loan.productId) as CollectionTerms;
        const schedule = schedules.get(loan.id) ?? [];
        const result = replayLedger(
          schedule.map((i) => ({ number: i.number, dueDate: i.dueDate, principal: i.principal, interest: i.interest })),
          (payments.get(loan.id) ?? []).map((r) => ({ id: r.id, amount: r.amount, valueDate: r.valueDate })),
          term,
          monthEnd,
        );
        const position = loanPosition(loan.principal, result.installments, monthEnd, { graceDays: term.graceDays, tolerance: term.tolerance });
        const due = result.installments.filter((i) => i.dueDate <= monthEnd);
        const inMonth = due.filter((i) => i.dueDate >= monthStart);
        const status = position.settled ? 'CLOSED' : monthEndStatus(loan, monthEnd);
        snapshots.push({
          loanId: loan.id,
          monthEnd,
          clientId: loan.clientId,
          officerId: loan.officerId,
          officeId: loan.officeId,
          principal: loan.principal,
          outstandingPrincipal: position.outstandingPrincipal,
          arrears: position.arrears,
          arrearsPrincipal: due.reduce((sum, i) => sum + i.principal - i.paidPrincipal, 0n),
          arrearsInterest: due.reduce((sum, i) => sum + i.interest - i.paidInterest, 0n),
          dueInMonth: inMonth.reduce((sum, i) => sum + i.principal + i.interest, 0n),
          collectedInMonth: inMonth.reduce((sum, i) => sum + i.paidPrincipal + i.paidInterest, 0n),
          daysPastDue: position.daysPastDue,
          collectibility: status === 'CLOSED' ? 1 : collectibilityOf(position.daysPastDue, position.pastMaturity, rules),
          status,
          annualRateMicro: loan.annualRateMicro,
          maturityDate: loan.maturityDate,
        });
      }
      // A row another run wrote meanwhile is left as it is: the first one written stands.
      await m.createQueryBuilder().insert().into(LoanMonthEnd).values(snapshots).orIgnore().updateEntity(false).execute();
      written += snapshots.length;
      // Between chunks the server answers its requests (the embedded SQLite driver does not yield).
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** Whether the month end `date` has been closed (some loan has a row for it). */
  async isClosed(date: string): Promise<boolean> {
    return this.dataSource.getRepository(LoanMonthEnd).existsBy({ monthEnd: date });
  }

  /** The closed month ends, newest first (two years). */
  async closedMonthEnds(): Promise<string[]> {
    const q = this.dialect.id;
    const rows: Array<{ d: string | Date }> = await this.dataSource.query(
      `SELECT DISTINCT ${q('monthEnd')} AS d FROM ${q('loan_month_end')} ORDER BY ${q('monthEnd')} DESC LIMIT 24`,
    );
    return rows.map((r) => toBusinessDate(r.d) as string);
  }

  /** A month end's rows within the viewer's reach, by loan (newest first). */
  async list(viewer: User, monthEnd: string, officeId: string | null, officerId: string | null, first: number | null, after: string | null) {
    if (!isMonthEnd(monthEnd)) throw InputError.field('monthEnd', 'DATE_INVALID', 'monthEnd must be the last day of a month');
    const q = this.dialect.id;
    const reach = clientReadCondition(await this.access.scope(viewer), q, 's');
    const parts = [reach.sql, `s.${q('monthEnd')} = ?`];
    const params: unknown[] = [...reach.params, monthEnd];
    if (officeId) {
      parts.push(`s.${q('officeId')} = ?`);
      params.push(Number(officeId) || 0);
    }
    if (officerId) {
      parts.push(`s.${q('officerId')} = ?`);
      params.push(Number(officerId) || 0);
    }
    const page = await sqlKeysetPage<{ id: number | string }>(
      this.dataSource,
      { select: `s.${q('id')} AS id`, from: `${q('loan_month_end')} s`, where: parts.join(' AND '), params },
      [{ expression: `s.${q('loanId')}`, descending: true }],
      { first, after },
      50,
    );
    const ids = page.nodes.map((r) => Number(r.id));
    const rows = ids.length ? await this.dataSource.getRepository(LoanMonthEnd).findBy({ id: In(ids) }) : [];
    return { ...page, nodes: rows.sort((a, b) => b.loanId - a.loanId) };
  }
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
