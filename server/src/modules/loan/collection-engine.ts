/**
 * What follows the ledger for collection work, in the posting's transaction: each promise to pay judged
 * kept or broken against the standing payments (a broken one tells the officer), the loan's collection
 * case opened when it falls into arrears, moved on promises and resolved when the arrears clear, and
 * the loan's change heard live by everyone who may see it. Recomputed on every replay, so a back-dated
 * payment or a reversal leaves promises and cases as the ledger says.
 */
import type { EntityManager } from 'typeorm';
import { moneyToDecimal, promiseOutcome } from '@prospek/shared';
import type { LoanChangeData } from '@prospek/shared';
import { lockColumn } from '../../boards/board-ordering.js';
import { writeVersioned } from '../../boards/board-move.js';
import type { Dialect } from '../../db/sql.js';
import type { Tx } from '../../db/transaction.js';
import type { CardChangedEvent } from '../../events/domain-events.js';
import { ConflictError } from '../../errors.js';
import { Client } from '../client/client.entity.js';
import type { NotificationService } from '../notification/notification.service.js';
import { caseCard, caseVisibility } from './collection-card.js';
import { COLLECTION_BOARD, LOAN_LIST } from './collection.board.js';
import type { LoanVisibility } from './collection.board.js';
import { CollectionCase, PaymentPromise } from './collection.entity.js';
import { CollectionChunk } from './collection-chunk.js';
import { caseColumn } from './collection-column.js';
import type { Cause } from './collection-column.js';
import type { ChunkStep, LedgerFollower, LedgerStep } from './loan-ledger.store.js';
import type { Loan } from './loan.entity.js';
import { Repayment } from './repayment.entity.js';

export type LoanChangedEvent = CardChangedEvent<'loans', LoanChangeData, LoanVisibility>;

/** Who caused it, as events carry it. */
export interface CollectionOrigin {
  actorId: number;
  mutationId: string | null;
}

const OPEN_STATUSES: ReadonlyArray<Loan['status']> = ['ACTIVE', 'RESTRUCTURED'];

export function loanChangeData(loan: Loan): LoanChangeData {
  return {
    id: String(loan.id),
    clientId: String(loan.clientId),
    officerId: loan.officerId === null ? null : String(loan.officerId),
    officeId: String(loan.officeId),
    status: loan.status,
    outstandingPrincipal: moneyToDecimal(loan.outstandingPrincipal),
    arrears: moneyToDecimal(loan.arrears),
    daysPastDue: loan.daysPastDue,
    collectibility: loan.collectibility,
    version: loan.version,
  };
}

export class CollectionEngine implements LedgerFollower {
  private readonly chunk: CollectionChunk;

  constructor(
    private readonly dialect: Dialect,
    private readonly notifications: NotificationService,
  ) {
    this.chunk = new CollectionChunk(dialect, this);
  }

  afterReplays(tx: Tx, steps: readonly ChunkStep[]): Promise<void> {
    return this.chunk.afterReplays(tx, steps);
  }

  async afterReplay(tx: Tx, step: LedgerStep): Promise<void> {
    const origin = { actorId: step.change.actorId, mutationId: null };
    const { newlyBroken, promises } = await this.judgePromises(tx, step.after, step.payments, step.asOf);
    await this.syncCase(tx, step.after, step.asOf, { promised: false, newlyBroken }, origin, promises);
    const b = step.before;
    const a = step.after;
    const moved =
      b.status !== a.status ||
      b.daysPastDue !== a.daysPastDue ||
      b.arrears !== a.arrears ||
      b.collectibility !== a.collectibility ||
      b.outstandingPrincipal !== a.outstandingPrincipal;
    // The daily run repositions every loan: only those whose figures moved are worth a message.
    if (step.change.kind !== 'NIGHTLY' || moved) this.emitLoan(tx, a, origin);
  }

  /** A promise was recorded on `loan` (locked by the caller): judged at once, and its case moves to PROMISED. */
  async promiseRecorded(tx: Tx, loan: Loan, asOf: string, origin: CollectionOrigin): Promise<void> {
    const payments = await tx.manager.find(Repayment, { where: { loanId: loan.id, reversed: false } });
    const { newlyBroken, promises } = await this.judgePromises(tx, loan, payments, asOf);
    await this.syncCase(tx, loan, asOf, { promised: true, newlyBroken }, origin, promises);
    this.emitLoan(tx, loan, origin);
  }

  emitLoan(tx: Tx, loan: Loan, origin: CollectionOrigin): void {
    const visibility = { officerId: loan.officerId === null ? null : String(loan.officerId), officeId: String(loan.officeId) };
    tx.emit({
      kind: 'card',
      board: LOAN_LIST.board as 'loans',
      type: 'updated',
      card: loanChangeData(loan),
      visibility,
      previousVisibility: null,
      actorId: String(origin.actorId),
      mutationId: origin.mutationId,
    } satisfies LoanChangedEvent);
  }

  /**
   * Stores each promise's status as the payments say; whether one turned broken (its officer is told),
   * and the loan's promises as now stored (oldest first), for the case and its card.
   */
  private async judgePromises(tx: Tx, loan: Loan, payments: Repayment[], asOf: string): Promise<{ newlyBroken: boolean; promises: PaymentPromise[] }> {
    const promises = await tx.manager.find(PaymentPromise, { where: { loanId: loan.id }, order: { id: 'ASC' } });
    return { newlyBroken: await this.judgeLoaded(tx, loan, promises, payments, asOf), promises };
  }

  /** As `judgePromises`, for the loan's promises already read (oldest first); they are brought up to date in place. */
  async judgeLoaded(
    tx: Tx,
    loan: Loan,
    promises: PaymentPromise[],
    payments: ReadonlyArray<Pick<Repayment, 'amount' | 'valueDate'>>,
    asOf: string,
  ): Promise<boolean> {
    let newlyBroken = false;
    for (const promise of promises) {
      const outcome = promiseOutcome(promise, payments, asOf);
      if (outcome.status === promise.status && outcome.resolvedOn === promise.resolvedOn) continue;
      if (!(await writeVersioned(tx.manager, PaymentPromise, promise.id, promise.version, outcome)))
        throw new ConflictError('PaymentPromise', { id: String(promise.id) });
      const turnedBroken = outcome.status === 'BROKEN' && promise.status !== 'BROKEN';
      Object.assign(promise, outcome, { version: promise.version + 1 });
      if (turnedBroken) {
        newlyBroken = true;
        await this.notifyBroken(tx, loan, promise, promise.version);
      }
    }
    return newlyBroken;
  }

  private async notifyBroken(tx: Tx, loan: Loan, promise: PaymentPromise, version: number): Promise<void> {
    if (loan.officerId === null) return;
    const client = await tx.manager.findOneBy(Client, { id: loan.clientId });
    const name = client?.name ?? '';
    await this.notifications.notifyInTx(tx, {
      userId: loan.officerId,
      type: 'PROMISE_BROKEN',
      params: { client: name, amount: moneyToDecimal(promise.amount), date: promise.promisedDate },
      title: `Janji bayar ${name} tanggal ${promise.promisedDate} tidak ditepati`,
      link: `/loans/${loan.id}`,
      // Once per time it breaks: kept again by a back-dated payment and broken by a reversal tells again.
      dedupeKey: `promise-broken:${promise.id}:${version}`,
    });
  }

  /**
   * Opens, moves, resolves or refreshes the loan's case as its figures and `promises` (all of the loan's,
   * judged, oldest first) say; the card event follows the commit.
   */
  private async syncCase(tx: Tx, loan: Loan, asOf: string, cause: Cause, origin: CollectionOrigin, promises: PaymentPromise[]): Promise<void> {
    const m = tx.manager;
    const inArrears = loan.daysPastDue > 0 && OPEN_STATUSES.includes(loan.status);
    const found = await m.findOneBy(CollectionCase, { loanId: loan.id });
    if (!found && !inArrears) return;
    const latest = promises.at(-1) ?? null;
    const known = new Map([[loan.id, promises]]);
    const target = caseColumn(found?.status ?? null, inArrears, latest?.status ?? null, cause);
    if (target === null) return;
    const figures = {
      officerId: loan.officerId,
      officeId: loan.officeId,
      daysPastDue: loan.daysPastDue,
      arrears: loan.arrears,
      collectibility: loan.collectibility,
    };
    const event = { kind: 'card' as const, board: COLLECTION_BOARD.board, actorId: String(origin.actorId), mutationId: origin.mutationId };
    if (!found) {
      const position = await (await lockColumn(m, this.dialect, COLLECTION_BOARD, target, { nested: true })).top();
      const inserted = await m.insert(CollectionCase, {
        ...figures,
        loanId: loan.id,
        status: target,
        position,
        openedOn: asOf,
        resolvedOn: null,
        archivedAt: null,
      });
      const card = await caseCard(m, this.dialect, Number(inserted.identifiers[0].id), known);
      tx.emit({ ...event, type: 'created', card, visibility: caseVisibility(loan), previousVisibility: null });
      return;
    }
    const moving = target !== found.status;
    // The target column's turn first, then the case's row: the order a move on the board takes them in.
    const order = moving ? await lockColumn(m, this.dialect, COLLECTION_BOARD, target, { nested: true }) : null;
    const current = await this.lockCase(m, found.id);
    const values: Partial<CollectionCase> = { ...figures };
    if (order && current.status !== target) {
      values.status = target;
      values.position = await order.top();
      values.resolvedOn = target === 'RESOLVED' ? asOf : null;
      if (current.status === 'RESOLVED') values.openedOn = asOf;
    }
    const unchanged = Object.entries(values).every(([key, value]) => current[key as keyof CollectionCase] === value);
    if (unchanged) return;
    if (!(await writeVersioned(m, CollectionCase, current.id, current.version, values))) throw new ConflictError('CollectionCase', { id: String(current.id) });
    const card = await caseCard(m, this.dialect, current.id, known);
    tx.emit({
      ...event,
      type: values.status ? 'moved' : 'updated',
      card,
      visibility: caseVisibility(loan),
      previousVisibility: caseVisibility(current),
    });
  }

  private async lockCase(m: EntityManager, id: number): Promise<CollectionCase> {
    const q = this.dialect.id;
    await m.query(`SELECT ${q('id')} FROM ${q('collection_case')} WHERE ${q('id')} = ?${this.dialect.forUpdate}`, [id]);
    return m.findOneByOrFail(CollectionCase, { id });
  }
}
