/**
 * Writes what the shared engine derives: replays a loan's standing repayments, records the change of
 * each payment's allocation as entries (undo the old, add the new; nothing is deleted), brings the
 * installments and the loan's figures up to date, and keeps the history of bucket and grade changes.
 * Runs inside the posting's transaction, with the loan row locked by the caller; what follows the
 * ledger (promises to pay, collection cases, live loan events) is told in the same transaction.
 */
import type { EntityManager } from 'typeorm';
import { netAllocation, replayLedger } from '@prospek/shared';
import type { InstallmentPosition, LedgerResult, LoanComponent } from '@prospek/shared';
import type { Tx } from '../../db/transaction.js';
import { ConflictError } from '../../errors.js';
import { LoanGradeChange } from './collectibility.entity.js';
import type { CollectibilityService } from './collectibility.service.js';
import { derivePosition, gradeChangeOf, gradeOf, positionValues } from './loan-position.js';
import type { PositionFigures } from './loan-position.js';
import { Loan, LoanInstallment } from './loan.entity.js';
import { LoanAllocation, LoanPosting, Repayment } from './repayment.entity.js';

export interface LedgerChange {
  /** NIGHTLY: the day moved on; recorded only if it changed an allocation (it never should). */
  kind: LoanPosting['kind'] | 'NIGHTLY';
  repaymentId: number | null;
  replayFrom: string;
  actorId: number;
}

/** What a replay hands to those who follow the ledger, in the posting's transaction. */
export interface LedgerStep {
  /** The loan as it was before the replay, and as stored after it. */
  before: Loan;
  after: Loan;
  /** The standing (not reversed) repayments the replay allocated. */
  payments: Repayment[];
  change: LedgerChange;
  asOf: string;
}

/** A loan of the nightly run's chunk: followers read the payments they need themselves. */
export type ChunkStep = Omit<LedgerStep, 'payments'>;

/** Work that must agree with the ledger after every replay (a posting, a reversal, the daily run). */
export interface LedgerFollower {
  afterReplay(tx: Tx, step: LedgerStep): Promise<void>;
  /** The nightly run's chunk at once, in few statements: the same outcome as `afterReplay` for each loan. */
  afterReplays(tx: Tx, steps: readonly ChunkStep[]): Promise<void>;
}

/** An allocation entry as stored or derived, by payment. */
type AllocationEntryLike = Pick<LoanAllocation, 'repaymentId' | 'installmentNumber' | 'component' | 'amount'>;

/**
 * The entries recording a replay's change of allocation: a payment whose allocation changed gets its
 * old entries (`stored`, of the schedule in force) undone and the new (`derived`, the replay's) added.
 */
export function allocationChanges(
  loanId: number,
  stored: readonly AllocationEntryLike[],
  derived: LedgerResult['entries'],
): Array<Omit<LoanAllocation, 'id' | 'postingId'>> {
  const before = netAllocation(stored.map((e) => ({ ...e, paymentId: e.repaymentId })));
  const after = netAllocation(derived);
  const byPayment = (net: Map<string, bigint>) => {
    const grouped = new Map<number, Map<string, bigint>>();
    for (const [key, amount] of net) {
      const paymentId = Number(key.split(':')[0]);
      if (!grouped.has(paymentId)) grouped.set(paymentId, new Map());
      grouped.get(paymentId)!.set(key, amount);
    }
    return grouped;
  };
  const old = byPayment(before);
  const now = byPayment(after);
  const rows: Array<Omit<LoanAllocation, 'id' | 'postingId'>> = [];
  for (const paymentId of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(paymentId) ?? new Map<string, bigint>();
    const b = now.get(paymentId) ?? new Map<string, bigint>();
    const same = a.size === b.size && [...a].every(([key, amount]) => b.get(key) === amount);
    if (same) continue;
    const entry = (key: string, amount: bigint) => {
      const [, installment, component] = key.split(':');
      rows.push({ loanId, repaymentId: paymentId, installmentNumber: Number(installment), component: component as LoanComponent, amount });
    };
    for (const [key, amount] of a) entry(key, -amount);
    for (const [key, amount] of b) entry(key, amount);
  }
  return rows;
}

export class LoanLedgerStore {
  constructor(
    readonly collectibility: CollectibilityService,
    private readonly followers: readonly LedgerFollower[] = [],
  ) {}

  /** Tells the followers of a replay. */
  async tellFollowers(tx: Tx, step: LedgerStep): Promise<void> {
    for (const follower of this.followers) await follower.afterReplay(tx, step);
  }

  /** Tells the followers of the loans of a nightly chunk, positioned without a replay. */
  async tellFollowersOfChunk(tx: Tx, steps: readonly ChunkStep[]): Promise<void> {
    for (const follower of this.followers) await follower.afterReplays(tx, steps);
  }

  /** Replays `loan` as of `asOf`, records the result under a posting of `change`, and tells the followers. */
  async replay(tx: Tx, loan: Loan, change: LedgerChange, asOf: string): Promise<Loan> {
    const manager = tx.manager;
    let postingId: number | null = null;
    const recordPosting = async () => {
      if (postingId === null) {
        const kind = change.kind === 'NIGHTLY' ? 'REVALUE' : change.kind;
        postingId = Number((await manager.insert(LoanPosting, { ...change, kind, loanId: loan.id })).identifiers[0].id);
      }
      return postingId;
    };
    if (change.kind !== 'NIGHTLY') await recordPosting();
    const installments = await manager.find(LoanInstallment, { where: { loanId: loan.id }, order: { number: 'ASC' } });
    // Only the repayments posted under the schedule in force: earlier ones stay allocated to the version they paid.
    const ofSchedule = await manager.find(Repayment, { where: { loanId: loan.id, scheduleVersion: loan.scheduleVersion } });
    const repayments = ofSchedule.filter((r) => !r.reversed);
    const terms = await this.collectibility.termsOf(manager, loan.productId);
    const result = replayLedger(
      installments.map((i) => ({ number: i.number, dueDate: i.dueDate, principal: i.principal, interest: i.interest })),
      repayments.map((r) => ({ id: r.id, amount: r.amount, valueDate: r.valueDate })),
      terms,
      asOf,
    );

    // Allocation entries: a payment whose allocation changed gets its old entries undone and the new added.
    const ofVersion = new Set(ofSchedule.map((r) => r.id));
    const stored = (await manager.find(LoanAllocation, { where: { loanId: loan.id } })).filter((e) => ofVersion.has(e.repaymentId));
    const rows = allocationChanges(loan.id, stored, result.entries);
    if (rows.length > 0) {
      const id = await recordPosting();
      for (let i = 0; i < rows.length; i += 500)
        await manager.insert(
          LoanAllocation,
          rows.slice(i, i + 500).map((row) => ({ ...row, postingId: id })),
        );
    }

    const moved = result.installments.flatMap((position) => {
      const row = installments[position.number - 1];
      const same =
        row.paidPrincipal === position.paidPrincipal &&
        row.paidInterest === position.paidInterest &&
        row.penalty === position.penaltyCharged &&
        row.paidPenalty === position.paidPenalty &&
        row.paidDate === position.paidOn;
      return same ? [] : [{ id: row.id, position }];
    });
    await this.writeInstallments(manager, moved);

    const scheduled = installments.reduce((sum, row) => sum + row.principal, 0n);
    const positioned = await this.setPosition(manager, loan, derivePosition(loan, result, repayments, terms, asOf, scheduled));
    await this.tellFollowers(tx, { before: loan, after: positioned, payments: repayments, change, asOf });
    return positioned;
  }

  /** Stores a loan's figures and grade as of a date, recording a change of bucket or grade. */
  async setPosition(manager: EntityManager, loan: Loan, p: PositionFigures): Promise<Loan> {
    const ruleSet = await this.collectibility.rulesFor(manager, p.asOf);
    const grade = gradeOf(p, ruleSet);
    const change = gradeChangeOf(loan, p, grade, ruleSet);
    if (change) await manager.insert(LoanGradeChange, change);
    const values = positionValues(p, grade);
    const result = await manager
      .createQueryBuilder()
      .update(Loan)
      .set(values)
      .where('id = :id AND version = :version', { id: loan.id, version: loan.version })
      .execute();
    if (result.affected !== 1) throw new ConflictError('Loan', { id: String(loan.id) });
    // As stored: the version moved on with the update (no read back).
    return Object.assign(new Loan(), loan, values, { version: loan.version + 1, updatedAt: new Date() });
  }

  /** The installments whose payment changed, a statement per two hundred (a back-dated posting changes several). */
  async writeInstallments(manager: EntityManager, moved: Array<{ id: number; position: InstallmentPosition }>): Promise<void> {
    if (moved.length === 0) return;
    const columns: Array<[string, (p: InstallmentPosition) => string | null]> = [
      ['paidPrincipal', (p) => String(p.paidPrincipal)],
      ['paidInterest', (p) => String(p.paidInterest)],
      ['penalty', (p) => String(p.penaltyCharged)],
      ['paidPenalty', (p) => String(p.paidPenalty)],
      ['paidDate', (p) => p.paidOn],
    ];
    const q = (name: string) => manager.connection.driver.escape(name);
    for (let i = 0; i < moved.length; i += 200) {
      const slice = moved.slice(i, i + 200);
      const when = `CASE ${q('id')} ${slice.map(() => 'WHEN ? THEN ?').join(' ')} END`;
      await manager.query(
        `UPDATE ${q('loan_installment')} SET ${columns.map(([c]) => `${q(c)} = ${when}`).join(', ')} WHERE ${q('id')} IN (${slice.map(() => '?').join(', ')})`,
        [...columns.flatMap(([, value]) => slice.flatMap(({ id, position }) => [id, value(position)])), ...slice.map(({ id }) => id)],
      );
    }
  }
}
