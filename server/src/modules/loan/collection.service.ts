import type { DataSource, EntityManager } from 'typeorm';
import { LEAD_LIMITS, addDays, isBusinessDate } from '@prospek/shared';
import type { CollectionCaseCardData, CollectionColumn, FieldError } from '@prospek/shared';
import { moveOnBoard, writeVersioned } from '../../boards/board-move.js';
import { readBoard, readColumn } from '../../boards/board-paging.js';
import type { BoardRow } from '../../boards/board-paging.js';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { TransactionRunner } from '../../db/transaction.js';
import { ConflictError, InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import type { Scope } from '../access/scope.js';
import { Activity } from '../follow-up/activity.entity.js';
import type { User } from '../user/user.entity.js';
import { parseId, requireId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';
import { caseCard, caseCardsSql, caseVisibility, toCaseCards } from './collection-card.js';
import type { CaseRow } from './collection-card.js';
import type { CollectionEngine } from './collection-engine.js';
import { COLLECTION_BOARD } from './collection.board.js';
import { CollectionCase, PaymentPromise } from './collection.entity.js';
import type { CollectionBoardFilter, MoveCollectionCaseInput, RecordPaymentPromiseInput } from './collection.types.js';
import type { Loan } from './loan.entity.js';
import type { LoanService } from './loan.service.js';

/** How far ahead a promise may be made. */
export const PROMISE_HORIZON_DAYS = 90;

export interface CollectionColumnRead {
  status: CollectionColumn;
  count: number;
  total: bigint;
  cards: CollectionCaseCardData[];
  hasMore: boolean;
  endCursor: string | null;
}

/**
 * The collection board (cases within the viewer's reach, moved by officers and managers with versions
 * checked) and promises to pay, recorded as a follow-up on the loan's client and judged by the engine.
 */
export class CollectionService {
  private readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly loans: LoanService,
    private readonly engine: CollectionEngine,
  ) {
    this.dialect = dialectOf(dataSource);
  }

  private where(scope: Scope, filter: CollectionBoardFilter): { sql: string; params: unknown[] } {
    const q = this.dialect.id;
    const reach = COLLECTION_BOARD.reach(scope, q);
    const parts = [`(${reach.sql})`, `cc.${q('archivedAt')} IS NULL`];
    const params = [...reach.params];
    for (const key of ['officerId', 'officeId'] as const) {
      const id = parseId(key, filter[key]);
      if (id === null) continue;
      parts.push(`cc.${q(key)} = ?`);
      params.push(id);
    }
    return { sql: parts.join(' AND '), params };
  }

  async board(viewer: User, filter: CollectionBoardFilter, perColumn: number): Promise<CollectionColumnRead[]> {
    const source = { select: caseCardsSql(this.dialect), where: this.where(await this.access.scope(viewer), filter) };
    const pages = await readBoard<CollectionColumn, CaseRow & BoardRow>(this.dataSource.manager, this.dialect, COLLECTION_BOARD, source, perColumn);
    const cards = await toCaseCards(
      this.dataSource.manager,
      pages.flatMap((p) => p.rows),
    );
    const byId = new Map(cards.map((c) => [c.id, c]));
    return pages.map((p) => ({
      status: p.column,
      count: p.count,
      total: p.total,
      cards: p.rows.map((r) => byId.get(String(r.id)) as CollectionCaseCardData),
      hasMore: p.hasMore,
      endCursor: p.endCursor,
    }));
  }

  async column(viewer: User, status: CollectionColumn, filter: CollectionBoardFilter, after: string | null, first: number) {
    const source = { select: caseCardsSql(this.dialect), where: this.where(await this.access.scope(viewer), filter) };
    const page = await readColumn<CollectionColumn, CaseRow & BoardRow>(this.dataSource.manager, this.dialect, COLLECTION_BOARD, source, status, after, first);
    return { cards: await toCaseCards(this.dataSource.manager, page.rows), hasMore: page.hasMore, endCursor: page.endCursor };
  }

  /**
   * An officer's or manager's move. RESOLVED belongs to the engine: a case is not put there while the
   * loan is in arrears, nor taken out of it once they have cleared.
   */
  async move(ctx: WriteContext, input: MoveCollectionCaseInput): Promise<CollectionCaseCardData> {
    const scope = await this.access.scope(ctx.actor);
    const id = requireId('id', input.id);
    const afterId = parseId('afterId', input.afterId);
    const beforeId = parseId('beforeId', input.beforeId);
    return this.transactions.run(async (tx) => {
      const reach = COLLECTION_BOARD.reach(scope, this.dialect.id);
      const { before, position } = await moveOnBoard(
        tx.manager,
        this.dialect,
        COLLECTION_BOARD,
        { id, column: input.status, afterId, beforeId, expectedVersion: input.expectedVersion },
        {
          load: () => this.lockVisible(tx.manager, scope, id),
          conflict: async () => new ConflictError('CollectionCase', await caseCard(tx.manager, this.dialect, id)),
          reach,
        },
      );
      if (before.status !== input.status) {
        if (input.status === 'RESOLVED' && before.daysPastDue > 0)
          throw InputError.field('status', 'NOT_ALLOWED', 'A case is resolved when the arrears clear', { daysPastDue: before.daysPastDue }, 'IN_ARREARS');
        if (before.status === 'RESOLVED' && before.daysPastDue === 0)
          throw InputError.field('status', 'NOT_ALLOWED', 'The loan has no arrears; the case stays resolved', undefined, 'NO_ARREARS');
      }
      if (!(await writeVersioned(tx.manager, CollectionCase, id, input.expectedVersion, { status: input.status, position })))
        throw new ConflictError('CollectionCase', await caseCard(tx.manager, this.dialect, id));
      if (before.status !== input.status) {
        await tx.audit({
          entityType: 'Loan',
          entityId: before.loanId,
          action: 'moveCollectionCase',
          actorId: ctx.actor.id,
          before: { status: before.status },
          after: { status: input.status },
        });
      }
      const card = await caseCard(tx.manager, this.dialect, id);
      tx.emit({
        kind: 'card',
        board: COLLECTION_BOARD.board,
        type: 'moved',
        card,
        visibility: caseVisibility(before),
        previousVisibility: null,
        actorId: String(ctx.actor.id),
        mutationId: ctx.mutationId,
      });
      return card;
    });
  }

  /** Records a promise made in a collection follow-up: the follow-up on the loan's client, the promise judged at once. */
  async recordPromise(ctx: WriteContext, input: RecordPaymentPromiseInput): Promise<PaymentPromise> {
    const errors: FieldError[] = [];
    const loanId = parseId('loanId', input.loanId);
    if (!isBusinessDate(input.promiseDate)) errors.push({ field: 'promiseDate', code: 'DATE_INVALID', message: 'promiseDate must be YYYY-MM-DD' });
    if (input.promiseAmount <= 0n) errors.push({ field: 'promiseAmount', code: 'AMOUNT_NOT_POSITIVE', message: 'promiseAmount must be more than zero' });
    const notes = input.notes?.trim() || null;
    if (notes && notes.length > LEAD_LIMITS.notes)
      errors.push({ field: 'notes', code: 'TOO_LONG', message: `notes must be at most ${LEAD_LIMITS.notes} characters`, params: { max: LEAD_LIMITS.notes } });
    if (errors.length > 0) throw new InputError(errors);
    const scope = await this.access.scope(ctx.actor);
    return this.transactions.run(async (tx) => {
      const loan = loanId === null ? null : await this.loans.lockVisible(tx.manager, scope, loanId);
      if (!loan) throw InputError.field('loanId', 'NOT_ALLOWED', 'loanId is not a loan you may follow up');
      if (loan.status !== 'ACTIVE' && loan.status !== 'RESTRUCTURED')
        throw InputError.field('loanId', 'NOT_ALLOWED', `The loan is ${loan.status}`, { status: loan.status });
      // "Today" is the loan's office's: in a WIT branch the new day starts two hours before Jakarta's.
      const today = await this.loans.todayOf(tx.manager, loan);
      if (input.promiseDate < today || input.promiseDate > addDays(today, PROMISE_HORIZON_DAYS)) {
        throw InputError.field('promiseDate', 'DATE_INVALID', `promiseDate must fall between today and ${PROMISE_HORIZON_DAYS} days ahead`, {
          min: today,
          max: addDays(today, PROMISE_HORIZON_DAYS),
        });
      }
      const activity = await tx.manager.insert(Activity, {
        type: input.type ?? 'CALL',
        leadId: null,
        clientId: loan.clientId,
        ownerId: loan.officerId ?? ctx.actor.id,
        createdById: ctx.actor.id,
        dueAt: null,
        doneAt: new Date(),
        outcome: 'PROMISED_TO_PAY',
        notes,
        promiseDate: input.promiseDate,
        promiseAmount: input.promiseAmount,
        latitude: null,
        longitude: null,
      });
      const activityId = Number(activity.identifiers[0].id);
      const inserted = await tx.manager.insert(PaymentPromise, {
        loanId: loan.id,
        activityId,
        madeOn: today,
        promisedDate: input.promiseDate,
        amount: input.promiseAmount,
        status: 'PENDING',
        resolvedOn: null,
        createdById: ctx.actor.id,
      });
      const id = Number(inserted.identifiers[0].id);
      await tx.audit({
        entityType: 'Loan',
        entityId: loan.id,
        action: 'recordPaymentPromise',
        actorId: ctx.actor.id,
        after: { promise: id, activity: activityId, promiseDate: input.promiseDate, promiseAmount: input.promiseAmount },
      });
      await this.engine.promiseRecorded(tx, loan, today, { actorId: ctx.actor.id, mutationId: ctx.mutationId });
      return tx.manager.findOneByOrFail(PaymentPromise, { id });
    });
  }

  /** A case in the viewer's reach, locked for the move; NOT_FOUND otherwise. */
  private async lockVisible(manager: EntityManager, scope: Scope, id: number): Promise<CollectionCase> {
    const q = this.dialect.id;
    const reach = COLLECTION_BOARD.reach(scope, q);
    const rows: unknown[] = await manager.query(
      `SELECT cc.${q('id')} FROM ${q('collection_case')} cc WHERE cc.${q('id')} = ? AND cc.${q('archivedAt')} IS NULL AND ${reach.sql}${this.dialect.forUpdate}`,
      [id, ...reach.params],
    );
    if (rows.length === 0) throw new NotFoundError('CollectionCase', id);
    return manager.findOneByOrFail(CollectionCase, { id });
  }

  /** The promises of these loans (already in the reader's reach), newest first. */
  promisesOf(loans: Loan[]): Promise<PaymentPromise[]> {
    return this.dataSource.getRepository(PaymentPromise).find({ where: loans.map((l) => ({ loanId: l.id })), order: { id: 'DESC' } });
  }
}
