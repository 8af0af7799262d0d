/**
 * The collection engine's work for a whole chunk of the nightly run at once, with the same outcome as
 * telling it loan by loan: promises, cases and cards are read for the chunk in a few statements, the
 * promises whose status moved are written (a broken one tells its officer), new cases are inserted in
 * one statement at the top of their columns and changed cases rewritten in one, the cards and loans
 * heard live after the commit. Payments are read only for loans with promises; most loans of a night
 * change nothing here and cost nothing.
 */
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { positionBetween } from '@prospek/shared';
import type { CollectionColumn } from '@prospek/shared';
import { lockColumn } from '../../boards/board-ordering.js';
import { insertRows } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import type { Tx } from '../../db/transaction.js';
import { ConflictError } from '../../errors.js';
import { caseCardsSql, caseVisibility, toCaseCards } from './collection-card.js';
import type { CaseRow } from './collection-card.js';
import { COLLECTION_BOARD } from './collection.board.js';
import { CollectionCase, PaymentPromise } from './collection.entity.js';
import { caseColumn } from './collection-column.js';
import type { ChunkStep } from './loan-ledger.store.js';
import type { Loan } from './loan.entity.js';
import { Repayment } from './repayment.entity.js';

type CaseFigures = Pick<CollectionCase, 'officerId' | 'officeId' | 'daysPastDue' | 'arrears' | 'collectibility'>;
type CaseValues = CaseFigures & Pick<CollectionCase, 'status' | 'position' | 'resolvedOn' | 'openedOn'>;

const OPEN: ReadonlyArray<Loan['status']> = ['ACTIVE', 'RESTRUCTURED'];

function groupByLoan<T extends { loanId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.loanId);
    if (group) group.push(row);
    else groups.set(row.loanId, [row]);
  }
  return groups;
}

/** What a chunk asks of the per-loan engine: judging a loan's promises and telling the loan's pages. */
export interface ChunkEngine {
  judgeLoaded(tx: Tx, loan: Loan, promises: PaymentPromise[], payments: ReadonlyArray<Pick<Repayment, 'amount' | 'valueDate'>>, asOf: string): Promise<boolean>;
  emitLoan(tx: Tx, loan: Loan, origin: { actorId: number; mutationId: string | null }): void;
}

export class CollectionChunk {
  constructor(
    private readonly dialect: Dialect,
    private readonly engine: ChunkEngine,
  ) {}

  async afterReplays(tx: Tx, steps: readonly ChunkStep[]): Promise<void> {
    if (steps.length === 0) return;
    const m = tx.manager;
    const ids = steps.map((s) => s.after.id);
    const promises = groupByLoan(await m.find(PaymentPromise, { where: { loanId: In(ids) }, order: { id: 'ASC' } }));
    const promised = [...promises.keys()];
    const payments = groupByLoan(promised.length ? await m.find(Repayment, { where: { loanId: In(promised), reversed: false } }) : []);
    const cases = new Map((await m.find(CollectionCase, { where: { loanId: In(ids) } })).map((c) => [c.loanId, c]));

    const broken = new Set<number>();
    for (const step of steps) {
      const loanPromises = promises.get(step.after.id);
      if (loanPromises && (await this.engine.judgeLoaded(tx, step.after, loanPromises, payments.get(step.after.id) ?? [], step.asOf)))
        broken.add(step.after.id);
    }
    const targetOf = (step: ChunkStep, current: CollectionCase | null) => {
      const loan = step.after;
      const inArrears = loan.daysPastDue > 0 && OPEN.includes(loan.status);
      if (!current && !inArrears) return null;
      const latest = promises.get(loan.id)?.at(-1) ?? null;
      return caseColumn(current?.status ?? null, inArrears, latest?.status ?? null, { promised: false, newlyBroken: broken.has(loan.id) });
    };
    // Columns first, then the cases' rows: the order a posting and a move on the board take them in.
    const columns = new Set<CollectionColumn>();
    for (const step of steps) {
      const current = cases.get(step.after.id) ?? null;
      const target = targetOf(step, current);
      if (target !== null && target !== current?.status) columns.add(target);
    }
    const orders = new Map<CollectionColumn, () => Promise<string>>();
    for (const column of [...columns].sort()) {
      const order = await lockColumn(m, this.dialect, COLLECTION_BOARD, column, { nested: true });
      let top: string | null = null;
      orders.set(column, async () => (top = top === null ? await order.top() : positionBetween(null, top)));
    }
    const locked = await this.lockCases(
      m,
      [...cases.values()].map((c) => c.id),
    );

    const opened: Array<Omit<CollectionCase, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'loan'>> = [];
    const changed: Array<{ current: CollectionCase; values: CaseValues; moved: boolean }> = [];
    for (const step of steps) {
      const loan = step.after;
      const current = cases.has(loan.id) ? (locked.get(cases.get(loan.id)!.id) ?? null) : null;
      const target = targetOf(step, current);
      if (target === null) continue;
      const figures: CaseFigures = {
        officerId: loan.officerId,
        officeId: loan.officeId,
        daysPastDue: loan.daysPastDue,
        arrears: loan.arrears,
        collectibility: loan.collectibility,
      };
      const next = orders.get(target);
      if (!current) {
        if (!next) throw new ConflictError('CollectionCase', { loanId: String(loan.id) });
        opened.push({ ...figures, loanId: loan.id, status: target, position: await next(), openedOn: step.asOf, resolvedOn: null, archivedAt: null });
        continue;
      }
      const values: CaseValues = { ...figures, status: current.status, position: current.position, resolvedOn: current.resolvedOn, openedOn: current.openedOn };
      const moved = target !== current.status;
      if (moved) {
        // The column was chosen from the rows before their lock; a case moved meanwhile is left to the per-loan path.
        if (!next) throw new ConflictError('CollectionCase', { id: String(current.id) });
        values.status = target;
        values.position = await next();
        values.resolvedOn = target === 'RESOLVED' ? step.asOf : null;
        if (current.status === 'RESOLVED') values.openedOn = step.asOf;
      }
      const unchanged = (Object.keys(values) as Array<keyof CaseValues>).every((key) => current[key] === values[key]);
      if (!unchanged) changed.push({ current, values, moved });
    }
    await this.write(tx, opened, changed, promises);
    for (const step of steps) {
      const b = step.before;
      const a = step.after;
      const moved =
        b.status !== a.status ||
        b.daysPastDue !== a.daysPastDue ||
        b.arrears !== a.arrears ||
        b.collectibility !== a.collectibility ||
        b.outstandingPrincipal !== a.outstandingPrincipal;
      // As a single replay: a posting is always heard; the daily run only where the figures moved.
      if (step.change.kind !== 'NIGHTLY' || moved) this.engine.emitLoan(tx, a, { actorId: step.change.actorId, mutationId: null });
    }
  }

  /** The cases' rows under their locks, read again (current values on MySQL). */
  private async lockCases(m: EntityManager, ids: number[]): Promise<Map<number, CollectionCase>> {
    if (ids.length === 0) return new Map();
    const q = this.dialect.id;
    await m.query(`SELECT ${q('id')} FROM ${q('collection_case')} WHERE ${q('id')} IN (${ids.map(() => '?').join(', ')})${this.dialect.forUpdate}`, ids);
    return new Map((await m.find(CollectionCase, { where: { id: In(ids) } })).map((c) => [c.id, c]));
  }

  private async write(
    tx: Tx,
    opened: Array<Omit<CollectionCase, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'loan'>>,
    changed: Array<{ current: CollectionCase; values: CaseValues; moved: boolean }>,
    promises: ReadonlyMap<number, readonly PaymentPromise[]>,
  ): Promise<void> {
    const m = tx.manager;
    const q = this.dialect.id;
    const event = { kind: 'card' as const, board: COLLECTION_BOARD.board, actorId: '0', mutationId: null };
    if (opened.length > 0) {
      await insertRows(
        m,
        this.dialect,
        'collection_case',
        opened.map((c) => ({ ...c, version: 1 })),
      );
      const openedByLoan = new Map(opened.map((c) => [String(c.loanId), c]));
      for (const card of await this.cards(
        m,
        `cc.${q('loanId')}`,
        opened.map((c) => c.loanId),
        promises,
      ))
        tx.emit({
          ...event,
          type: 'created',
          card,
          visibility: caseVisibility(openedByLoan.get(card.loanId)!),
          previousVisibility: null,
        });
    }
    if (changed.length === 0) return;
    const cols: Array<[keyof CaseValues, (v: CaseValues) => string | number | null]> = [
      ['officerId', (v) => v.officerId],
      ['officeId', (v) => v.officeId],
      ['daysPastDue', (v) => v.daysPastDue],
      ['arrears', (v) => String(v.arrears)],
      ['collectibility', (v) => v.collectibility],
      ['status', (v) => v.status],
      ['position', (v) => v.position],
      ['resolvedOn', (v) => v.resolvedOn],
      ['openedOn', (v) => v.openedOn],
    ];
    for (let i = 0; i < changed.length; i += 200) {
      const slice = changed.slice(i, i + 200);
      const when = `CASE ${q('id')} ${slice.map(() => 'WHEN ? THEN ?').join(' ')} END`;
      const marks = slice.map(() => '?').join(', ');
      // Versioned as a single move is: every row must still hold the version read under its lock.
      const runner = m.queryRunner;
      if (!runner) throw new Error('The chunk writes inside its transaction');
      const result = await runner.query(
        `UPDATE ${q('collection_case')} SET ${cols.map(([c]) => `${q(c)} = ${when}`).join(', ')}, ${q('version')} = ${q('version')} + 1, ${q('updatedAt')} = ?
         WHERE ${q('id')} IN (${marks}) AND ${q('version')} = ${when}`,
        [
          ...cols.flatMap(([, value]) => slice.flatMap((c) => [c.current.id, value(c.values)])),
          this.dialect.instant(new Date()),
          ...slice.map((c) => c.current.id),
          ...slice.flatMap((c) => [c.current.id, c.current.version]),
        ],
        true,
      );
      if (result.affected !== slice.length) throw new ConflictError('CollectionCase', { id: String(slice[0].current.id) });
    }
    const byId = new Map(changed.map((c) => [String(c.current.id), c]));
    for (const card of await this.cards(
      m,
      `cc.${q('id')}`,
      changed.map((c) => c.current.id),
      promises,
    )) {
      const c = byId.get(card.id)!;
      tx.emit({ ...event, type: c.moved ? 'moved' : 'updated', card, visibility: caseVisibility(c.values), previousVisibility: caseVisibility(c.current) });
    }
  }

  /** The cards of these cases; the chunk's promises (all of its loans', judged) give each its latest. */
  private async cards(m: EntityManager, column: string, ids: number[], promises: ReadonlyMap<number, readonly PaymentPromise[]>) {
    const rows: CaseRow[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const slice = ids.slice(i, i + 500);
      rows.push(...((await m.query(`${caseCardsSql(this.dialect)} WHERE ${column} IN (${slice.map(() => '?').join(', ')})`, slice)) as CaseRow[]));
    }
    return toCaseCards(m, rows, promises);
  }
}
