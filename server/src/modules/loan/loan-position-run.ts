/**
 * The nightly run: every open loan not yet positioned for its office's business date gets its days past
 * due, arrears, penalty and grade as of that date. It works in chunks of loans, each one transaction
 * holding the chunk's row locks, and the changed rows are written in batches; only a loan whose bucket
 * or grade moved gets a history row. What every posting stored on the installments holds until the
 * next posting, so a loan without a late penalty is positioned from sums over its installments (one
 * grouped statement for the chunk, `positionOfTotals`). A loan with a penalty (it grows with the date)
 * is replayed in memory with the shared engine from its installments and standing repayments, read
 * for the chunk in one statement each; if that replay would pay its installments differently than
 * stored, the loan is left to the per-loan replay, which records the difference. A chunk that fails is
 * retried loan by loan, so one bad loan is logged without stopping the others. On MySQL two chunks are
 * in flight at once (different loans, picked in turn); each still commits with its job checkpoint, so a
 * run that dies mid-chunk leaves that chunk undone whole and a retry picks what is still unpositioned.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { OFFICE_TIME_ZONES, businessDate, positionOfTotals, replayLedger } from '@prospek/shared';
import type { OfficeTimeZone } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import { isMysql } from '../../db/data-source.js';
import { dialectOf, insertRows } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { TransactionRunner, Tx } from '../../db/transaction.js';
import { officeTimeZones } from '../office/office-zone.js';
import type { CollectibilityRuleSet } from './collectibility.entity.js';
import type { CollectibilityService, CollectionTerms } from './collectibility.service.js';
import { derivePosition, gradeChangeOf, gradeOf, monthRange, positionValues } from './loan-position.js';
import type { PositionFigures } from './loan-position.js';
import type { ChunkStep, LoanLedgerStore } from './loan-ledger.store.js';
import { Loan } from './loan.entity.js';

/** The business date of each office zone. */
export type ZoneDates = Record<OfficeTimeZone, string>;

/** Each zone's date at an instant, or one given date for every zone. */
export function zoneDates(at: Date | string): ZoneDates {
  return Object.fromEntries(OFFICE_TIME_ZONES.map((zone) => [zone, typeof at === 'string' ? at : businessDate(at, zone)])) as ZoneDates;
}

const CHUNK = 500;
const WRITE_SLICE = 200;
const LANES = 2;

/** An installment as a chunk reads it raw (amounts as bigint), for the run here and for repayment files. */
export interface StoredInstallment {
  id: number;
  number: number;
  dueDate: string;
  principal: bigint;
  interest: bigint;
  paidPrincipal: bigint;
  paidInterest: bigint;
  penalty: bigint;
  paidPenalty: bigint;
  paidDate: string | null;
}

const big = (value: string | number | bigint) => BigInt(value);

/** MySQL chose the transaction as a deadlock's victim, or it waited too long for a row lock. */
function lostLock(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string } } | null)?.driverError?.code;
  return code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT';
}

/** A job's hold on the run: each chunk recorded done in the chunk's own transaction, and a say between chunks. */
export interface ChunkSteps {
  record(tx: Tx, ids: number[]): Promise<void>;
  /** After each chunk (its loans placed or left to the per-loan replay); may throw to stop the run. */
  after(ids: number[]): Promise<void>;
}

/**
 * Stores loans' figures and grades, a statement per two hundred loans; each loan's version moves on and
 * its row says when it changed, as the per-loan update does. The caller holds the loans' row locks.
 */
export async function writeLoanPositions(
  m: EntityManager,
  dialect: Dialect,
  positions: ReadonlyArray<{ id: number; p: PositionFigures; grade: number }>,
  updatedAt: Date = new Date(),
): Promise<void> {
  const q = dialect.id;
  const columns: Array<[string, (p: PositionFigures, grade: number) => string | number | null]> = [
    ['outstandingPrincipal', (p) => String(p.outstandingPrincipal)],
    ['arrears', (p) => String(p.arrears)],
    ['creditBalance', (p) => String(p.creditBalance)],
    ['daysPastDue', (p) => p.daysPastDue],
    ['collectibility', (_p, grade) => grade],
    ['status', (p) => p.status],
    ['closedDate', (p) => p.closedDate],
    ['positionAsOf', (p) => p.asOf],
    ['collectionMonth', (p) => p.month.month],
    ['dueInMonth', (p) => String(p.month.due)],
    ['collectedInMonth', (p) => String(p.month.collected)],
  ];
  const caseOf = (n: number) => `CASE ${q('id')} ${Array.from({ length: n }, () => 'WHEN ? THEN ?').join(' ')} END`;
  const stamp = dialect.instant(updatedAt);
  for (let i = 0; i < positions.length; i += WRITE_SLICE) {
    const slice = positions.slice(i, i + WRITE_SLICE);
    if (dialect.forUpdate) {
      // MySQL: the loans joined by id to a derived table of their values, one row each, rather than a
      // CASE per column that tries every id of the slice for every row.
      const first = `SELECT ? AS ${q('id')}, ${columns.map(([column]) => `? AS ${q(column)}`).join(', ')}`;
      const rest = `SELECT ${Array.from({ length: columns.length + 1 }, () => '?').join(', ')}`;
      const values = [first, ...Array.from({ length: slice.length - 1 }, () => rest)].join(' UNION ALL ');
      await m.query(
        `UPDATE ${q('loan')} l JOIN (${values}) v ON l.${q('id')} = v.${q('id')}
         SET ${columns.map(([column]) => `l.${q(column)} = v.${q(column)}`).join(', ')}, l.${q('version')} = l.${q('version')} + 1, l.${q('updatedAt')} = ?`,
        [...slice.flatMap(({ id, p, grade }) => [id, ...columns.map(([, value]) => value(p, grade))]), stamp],
      );
      continue;
    }
    const sets = columns.map(([column]) => `${q(column)} = ${caseOf(slice.length)}`);
    const params = columns.flatMap(([, value]) => slice.flatMap(({ id, p, grade }) => [id, value(p, grade)]));
    await m.query(
      `UPDATE ${q('loan')} SET ${sets.join(', ')}, ${q('version')} = ${q('version')} + 1, ${q('updatedAt')} = ? WHERE ${q('id')} IN (${slice.map(() => '?').join(', ')})`,
      [...params, stamp, ...slice.map(({ id }) => id)],
    );
  }
}

export class LoanPositionRun {
  private readonly dialect: Dialect;
  /** Chunks in flight at once: two on MySQL (one lane's statements run while the other's Node work does); SQLite has one connection. */
  private readonly lanes: number;
  /** Time the last run spent telling the ledger's followers (promises, cases, live pages), in ms, summed over the lanes. */
  followersMs = 0;
  /** Time the last run spent in each of its steps, in ms summed over the lanes (the benchmark prints it). */
  stepMs: Record<string, number> = {};

  private get collectibility(): CollectibilityService {
    return this.ledger.collectibility;
  }

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly ledger: LoanLedgerStore,
    /** The per-loan replay in a transaction of its own; false when the loan was already positioned. */
    private readonly refreshOne: (id: number, asOf: string) => Promise<boolean>,
  ) {
    this.dialect = dialectOf(dataSource);
    this.lanes = isMysql(dataSource) ? LANES : 1;
  }

  async run(dates: ZoneDates, log: (message: string) => void, steps?: ChunkSteps): Promise<number> {
    const q = this.dialect.id;
    let done = 0;
    let after = 0;
    let finished = false;
    this.followersMs = 0;
    this.stepMs = {};
    const latest = OFFICE_TIME_ZONES.map((zone) => dates[zone]).reduce((a, b) => (a > b ? a : b));
    // The picks take turns, each after the one before it returned: no two chunks share a loan.
    let picking: Promise<unknown> = Promise.resolve();
    const pick = (): Promise<number[]> => {
      const next = picking.then(async () => {
        if (finished) return [];
        const t0 = performance.now();
        // The office's zone decides the date: the chunk keeps those before their own zone's date (under
        // their lock). The pick reads the loan table alone in id order; joined to the offices, MySQL may
        // read every open loan and sort them for each chunk.
        const rows: Array<{ id: number | string }> = await this.dataSource.query(
          `SELECT ${q('id')} AS id FROM ${q('loan')}
           WHERE ${q('status')} IN ('ACTIVE', 'RESTRUCTURED') AND ${q('id')} > ? AND ${q('positionAsOf')} < ?
           ORDER BY ${q('id')} LIMIT ${CHUNK}`,
          [after, latest],
        );
        this.lap('pick', t0);
        const ids = rows.map((r) => Number(r.id));
        if (ids.length === 0) finished = true;
        else after = ids[ids.length - 1];
        return ids;
      });
      picking = next.catch(() => undefined);
      return next;
    };
    const lane = async () => {
      try {
        for (let ids = await pick(); ids.length > 0; ids = await pick()) {
          // Not `done += await …`: that would read `done` before the other lane's chunk added to it.
          const placed = await this.runChunk(ids, dates, log, steps);
          done += placed;
        }
      } catch (error) {
        // The other lane ends its chunk (committed and recorded, or rolled back whole) and stops.
        finished = true;
        throw error;
      }
    };
    const outcomes = await Promise.allSettled(Array.from({ length: this.lanes }, lane));
    const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failed) throw failed.reason;
    return done;
  }

  /**
   * One chunk in its transaction, recorded done in it; the loans it leaves over are replayed one by one
   * after its commit. Returns how many loans it repositioned.
   */
  private async runChunk(ids: number[], dates: ZoneDates, log: (message: string) => void, steps?: ChunkSteps): Promise<number> {
    let done = 0;
    let leftOver: number[];
    let t0 = performance.now();
    const attempt = () =>
      this.transactions.run(async (tx) => {
        const placed = await this.chunk(tx, ids, dates);
        const t1 = performance.now();
        await steps?.record(tx, ids);
        this.lap('record', t1);
        return placed;
      });
    try {
      // A chunk that lost a deadlock to the other lane (or to a posting) rolled back whole: tried once more as it is.
      const outcome = await attempt().catch((error: unknown) => {
        if (!lostLock(error)) throw error;
        return attempt();
      });
      this.lap('chunk transaction', t0);
      done += outcome.done;
      leftOver = outcome.leftOver;
    } catch (error) {
      log(`Loans ${ids[0]}–${ids[ids.length - 1]} were not repositioned together, now one by one: ${String(error)}`);
      leftOver = ids;
    }
    t0 = performance.now();
    for (const id of leftOver) {
      try {
        if (await this.refreshOne(id, await this.dateOf(id, dates))) done++;
      } catch (error) {
        log(`Loan ${id} was not repositioned: ${String(error)}`);
      }
    }
    this.lap('per-loan replay', t0);
    t0 = performance.now();
    await steps?.after(ids);
    this.lap('after chunk', t0);
    return done;
  }

  private lap(step: string, since: number): number {
    const now = performance.now();
    this.stepMs[step] = (this.stepMs[step] ?? 0) + now - since;
    return now;
  }

  private async dateOf(loanId: number, dates: ZoneDates): Promise<string> {
    const loan = await this.dataSource.manager.findOneOrFail(Loan, { where: { id: loanId }, select: { id: true, officeId: true } });
    const zones = await officeTimeZones(this.dataSource.manager, [loan.officeId]);
    return dates[zones.get(loan.officeId) ?? 'Asia/Jakarta'];
  }

  /** Repositions the chunk's loans under their row locks; returns how many, and those left to the per-loan replay. */
  private async chunk(tx: Tx, ids: number[], dates: ZoneDates): Promise<{ done: number; leftOver: number[] }> {
    const m = tx.manager;
    const q = this.dialect.id;
    const marks = (n: number) => Array.from({ length: n }, () => '?').join(', ');
    let t = performance.now();
    // Locked and read in one statement (a locking read sees the latest rows on MySQL; SQLite's transactions
    // take turns), each row made a Loan as TypeORM hydrates a column, without its query builder.
    const rows: Array<Record<string, unknown>> = await m.query(
      `SELECT * FROM ${q('loan')} WHERE ${q('id')} IN (${marks(ids.length)}) ORDER BY ${q('id')}${this.dialect.forUpdate}`,
      ids,
    );
    const driver = this.dataSource.driver;
    const columns = this.dataSource.getMetadata(Loan).columns;
    const loans = rows.map((row) =>
      Object.assign(new Loan(), Object.fromEntries(columns.map((c) => [c.propertyName, driver.prepareHydratedValue(row[c.databaseName], c)]))),
    );
    const zones = await officeTimeZones(
      m,
      loans.map((l) => l.officeId),
    );
    const asOfOf = (loan: Loan) => dates[zones.get(loan.officeId) ?? 'Asia/Jakarta'];
    // Read again under the lock: a posting may have repositioned a loan since it was picked.
    const due = loans.filter((l) => (l.status === 'ACTIVE' || l.status === 'RESTRUCTURED') && l.positionAsOf < asOfOf(l));
    t = this.lap('  lock and read loans', t);
    if (due.length === 0) return { done: 0, leftOver: [] };
    const terms = await this.collectibility.termsOfMany(
      m,
      due.map((l) => l.productId),
    );
    const rules = new Map<string, CollectibilityRuleSet>();
    for (const date of new Set(due.map(asOfOf))) rules.set(date, await this.collectibility.rulesFor(m, date));

    t = this.lap('  terms and rules', t);
    const penalties: Array<[number, bigint]> = [];
    const history: Array<NonNullable<ReturnType<typeof gradeChangeOf>>> = [];
    const positions: Array<{ id: number; p: PositionFigures; grade: number }> = [];
    const leftOver: number[] = [];
    const place = (loan: Loan, position: PositionFigures) => {
      const ruleSet = rules.get(position.asOf) as CollectibilityRuleSet;
      const grade = gradeOf(position, ruleSet);
      const change = gradeChangeOf(loan, position, grade, ruleSet);
      if (change) history.push(change);
      positions.push({ id: loan.id, p: position, grade });
    };

    // Without a late penalty nothing on the installments moves with the date: their sums give the position.
    const byGroup = new Map<string, Loan[]>();
    const replayed: Loan[] = [];
    for (const loan of due) {
      // A restructured loan's schedule, payments and grade floor are versioned: the per-loan replay places it.
      if (loan.scheduleVersion > 1) {
        leftOver.push(loan.id);
        continue;
      }
      const loanTerms = terms.get(loan.productId) as CollectionTerms;
      if (loanTerms.penaltyMicroPercentPerDay !== 0) {
        replayed.push(loan);
        continue;
      }
      const key = `${asOfOf(loan)}|${loanTerms.tolerance}`;
      if (!byGroup.has(key)) byGroup.set(key, []);
      byGroup.get(key)!.push(loan);
    }
    for (const [key, group] of byGroup) {
      const [asOf, tolerance] = key.split('|');
      const totals = await this.totals(
        m,
        group.map((l) => l.id),
        asOf,
        Number(tolerance),
      );
      for (const loan of group) {
        const t = totals.get(loan.id);
        // Penalty charged earlier (the product had one) or a settled loan: the replay decides.
        if (!t || t.penalties !== 0n || t.owed === 0n) {
          replayed.push(loan);
          continue;
        }
        const loanTerms = terms.get(loan.productId) as CollectionTerms;
        const figures = positionOfTotals(loan.principal, t, asOf, { graceDays: loanTerms.graceDays, tolerance: loanTerms.tolerance });
        place(loan, {
          outstandingPrincipal: figures.outstandingPrincipal,
          arrears: figures.arrears,
          creditBalance: loan.creditBalance,
          daysPastDue: figures.daysPastDue,
          pastMaturity: figures.pastMaturity,
          status: loan.status,
          closedDate: null,
          asOf,
          month: { month: monthRange(asOf).month, due: t.monthDue, collected: t.monthCollected },
        });
      }
    }

    t = this.lap('  totals and place', t);
    const dueIds = replayed.map((l) => l.id);
    const installments = new Map<number, StoredInstallment[]>();
    const repayments = new Map<number, Array<{ id: number; amount: bigint; valueDate: string }>>();
    if (dueIds.length > 0) {
      const installmentRows: Array<Record<string, string | number | Date | null>> = await m.query(
        `SELECT ${['id', 'loanId', 'number', 'dueDate', 'principal', 'interest', 'paidPrincipal', 'paidInterest', 'penalty', 'paidPenalty', 'paidDate'].map(q).join(', ')}
       FROM ${q('loan_installment')} WHERE ${q('loanId')} IN (${marks(dueIds.length)}) ORDER BY ${q('loanId')}, ${q('number')}`,
        dueIds,
      );
      for (const r of installmentRows) {
        const loanId = Number(r.loanId);
        if (!installments.has(loanId)) installments.set(loanId, []);
        installments.get(loanId)!.push({
          id: Number(r.id),
          number: Number(r.number),
          dueDate: toBusinessDate(r.dueDate as string | Date) as string,
          principal: big(r.principal as string),
          interest: big(r.interest as string),
          paidPrincipal: big(r.paidPrincipal as string),
          paidInterest: big(r.paidInterest as string),
          penalty: big(r.penalty as string),
          paidPenalty: big(r.paidPenalty as string),
          paidDate: toBusinessDate(r.paidDate as string | Date | null),
        });
      }
      const repaymentRows: Array<{ id: number | string; loanId: number | string; amount: string | number; valueDate: string | Date }> = await m.query(
        `SELECT ${q('id')}, ${q('loanId')}, ${q('amount')}, ${q('valueDate')} FROM ${q('loan_repayment')}
       WHERE ${q('loanId')} IN (${marks(dueIds.length)}) AND ${q('reversed')} = 0`,
        dueIds,
      );
      for (const r of repaymentRows) {
        const loanId = Number(r.loanId);
        if (!repayments.has(loanId)) repayments.set(loanId, []);
        repayments.get(loanId)!.push({ id: Number(r.id), amount: big(r.amount), valueDate: toBusinessDate(r.valueDate) as string });
      }
    }
    for (const loan of replayed) {
      const asOf = asOfOf(loan);
      const stored = installments.get(loan.id) ?? [];
      const paid = repayments.get(loan.id) ?? [];
      const loanTerms = terms.get(loan.productId) as CollectionTerms;
      const result = replayLedger(
        stored.map((r) => ({ number: r.number, dueDate: r.dueDate, principal: r.principal, interest: r.interest })),
        paid,
        loanTerms,
        asOf,
      );
      const sameAllocation = result.installments.every((p, i) => {
        const row = stored[i];
        return (
          row !== undefined &&
          row.number === p.number &&
          row.paidPrincipal === p.paidPrincipal &&
          row.paidInterest === p.paidInterest &&
          row.paidPenalty === p.paidPenalty &&
          row.paidDate === p.paidOn
        );
      });
      if (!sameAllocation) {
        leftOver.push(loan.id);
        continue;
      }
      result.installments.forEach((p, i) => {
        if (stored[i].penalty !== p.penaltyCharged) penalties.push([stored[i].id, p.penaltyCharged]);
      });
      place(loan, derivePosition(loan, result, paid, loanTerms, asOf));
    }

    t = this.lap('  replay in memory', t);
    for (let i = 0; i < penalties.length; i += WRITE_SLICE) {
      const slice = penalties.slice(i, i + WRITE_SLICE);
      await m.query(`UPDATE ${q('loan_installment')} SET ${q('penalty')} = ${this.caseOf(slice.length)} WHERE ${q('id')} IN (${marks(slice.length)})`, [
        ...slice.flatMap(([id, penalty]) => [id, String(penalty)]),
        ...slice.map(([id]) => id),
      ]);
    }
    await insertRows(m, this.dialect, 'loan_grade_change', history);
    const updatedAt = new Date();
    await writeLoanPositions(m, this.dialect, positions, updatedAt);
    t = this.lap('  write positions', t);
    await this.tellFollowers(tx, loans, positions, asOfOf, updatedAt);
    this.lap('  followers', t);
    return { done: positions.length, leftOver };
  }

  /** What a replay tells the ledger's followers (promises, collection cases, live pages), for the loans placed here at once. */
  private async tellFollowers(
    tx: Tx,
    before: Loan[],
    positions: Array<{ id: number; p: PositionFigures; grade: number }>,
    asOfOf: (loan: Loan) => string,
    updatedAt: Date,
  ): Promise<void> {
    if (positions.length === 0) return;
    const started = performance.now();
    // As stored: the values just written, the version moved on (no read back, as `setPosition` does).
    const written = new Map(positions.map((x) => [x.id, x]));
    const after = new Map<number, Loan>();
    for (const loan of before) {
      const x = written.get(loan.id);
      if (!x) continue;
      const { p, grade } = x;
      after.set(loan.id, Object.assign(new Loan(), loan, positionValues(p, grade), { version: loan.version + 1, updatedAt }));
    }
    const steps: ChunkStep[] = [];
    for (const loan of before) {
      const positioned = after.get(loan.id);
      if (!positioned) continue;
      const asOf = asOfOf(loan);
      steps.push({ before: loan, after: positioned, change: { kind: 'NIGHTLY', repaymentId: null, replayFrom: asOf, actorId: 0 }, asOf });
    }
    await this.ledger.tellFollowersOfChunk(tx, steps);
    this.followersMs += performance.now() - started;
  }

  /** Per loan, the sums over its installments a position is computed from (`InstallmentTotals`). */
  private async totals(m: EntityManager, ids: number[], asOf: string, tolerance: number) {
    const q = this.dialect.id;
    const sum = this.dialect.sumAsText;
    const { from, until } = monthRange(asOf);
    const inMonth = `${q('dueDate')} >= ? AND ${q('dueDate')} < ?`;
    const unpaid = `(${q('principal')} + ${q('interest')} + ${q('penalty')} - ${q('paidPrincipal')} - ${q('paidInterest')} - ${q('paidPenalty')})`;
    const rows: Array<Record<string, string | number | Date | null>> = await m.query(
      `SELECT ${q('loanId')} AS loanId, ${sum(q('paidPrincipal'))} AS paidPrincipal, ${sum(`${q('penalty')} + ${q('paidPenalty')}`)} AS penalties,
         ${sum(`CASE WHEN ${q('dueDate')} <= ? THEN ${unpaid} ELSE 0 END`)} AS arrears, ${sum(unpaid)} AS owed,
         MIN(CASE WHEN ${q('dueDate')} <= ? AND ${unpaid} > ? THEN ${q('dueDate')} END) AS oldestLate, MAX(${q('dueDate')}) AS lastDueDate,
         ${sum(`CASE WHEN ${inMonth} THEN ${q('principal')} + ${q('interest')} ELSE 0 END`)} AS monthDue,
         ${sum(`CASE WHEN ${inMonth} THEN ${q('paidPrincipal')} + ${q('paidInterest')} ELSE 0 END`)} AS monthCollected
       FROM ${q('loan_installment')} WHERE ${q('loanId')} IN (${ids.map(() => '?').join(', ')}) GROUP BY ${q('loanId')}`,
      [asOf, asOf, tolerance, from, until, from, until, ...ids],
    );
    return new Map(
      rows.map((r) => [
        Number(r.loanId),
        {
          paidPrincipal: big(r.paidPrincipal as string),
          penalties: big(r.penalties as string),
          arrears: big(r.arrears as string),
          owed: big(r.owed as string),
          oldestLate: toBusinessDate(r.oldestLate as string | Date | null),
          lastDueDate: toBusinessDate(r.lastDueDate as string | Date | null),
          monthDue: big(r.monthDue as string),
          monthCollected: big(r.monthCollected as string),
        },
      ]),
    );
  }

  /** `CASE id WHEN ? THEN ? … END` for `n` rows: one statement sets a different value on each. */
  private caseOf(n: number): string {
    return `CASE ${this.dialect.id('id')} ${Array.from({ length: n }, () => 'WHEN ? THEN ?').join(' ')} END`;
  }
}
