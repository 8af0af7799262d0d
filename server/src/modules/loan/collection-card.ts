/** A collection case as its card shows it, read with its loan's client, officer and latest promise. */
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { moneyToDecimal } from '@prospek/shared';
import type { CollectionCaseCardData, CollectionColumn } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import type { Dialect } from '../../db/sql.js';
import type { LoanVisibility } from './collection.board.js';
import { PaymentPromise } from './collection.entity.js';
import type { CollectionCase } from './collection.entity.js';

export interface CaseRow {
  id: number | string;
  loanId: number | string;
  status: CollectionColumn;
  position: string;
  officerId: number | string | null;
  officeId: number | string;
  daysPastDue: number | string;
  arrears: number | string | bigint;
  collectibility: number | string;
  openedOn: Date | string;
  resolvedOn: Date | string | null;
  version: number | string;
  clientId: number | string;
  clientName: string;
  officerName: string | null;
}

/** `SELECT … FROM collection_case cc` with the names a card shows. */
export function caseCardsSql(dialect: Dialect): string {
  const q = dialect.id;
  return (
    `SELECT cc.*, c.${q('id')} AS ${q('clientId')}, c.${q('name')} AS ${q('clientName')}, u.${q('name')} AS ${q('officerName')} ` +
    `FROM ${q('collection_case')} cc JOIN ${q('loan')} ln ON ln.${q('id')} = cc.${q('loanId')} ` +
    `JOIN ${q('client')} c ON c.${q('id')} = ln.${q('clientId')} LEFT JOIN ${q('user')} u ON u.${q('id')} = cc.${q('officerId')}`
  );
}

/**
 * The cards of these rows, each with its loan's latest promise (one statement for all of them), or from
 * `known`, the promises already read, current and newest last per loan.
 */
export async function toCaseCards(
  manager: EntityManager,
  rows: CaseRow[],
  known?: ReadonlyMap<number, readonly PaymentPromise[]>,
): Promise<CollectionCaseCardData[]> {
  const latest = new Map<number, PaymentPromise>();
  if (known) {
    for (const [loanId, promises] of known) if (promises.length > 0) latest.set(loanId, promises[promises.length - 1]);
  } else {
    const loanIds = [...new Set(rows.map((r) => Number(r.loanId)))];
    const promises = loanIds.length ? await manager.find(PaymentPromise, { where: { loanId: In(loanIds) }, order: { id: 'DESC' } }) : [];
    for (const promise of promises) if (!latest.has(promise.loanId)) latest.set(promise.loanId, promise);
  }
  return rows.map((row) => {
    const promise = latest.get(Number(row.loanId));
    return {
      id: String(row.id),
      loanId: String(row.loanId),
      status: row.status,
      position: row.position,
      client: { id: String(row.clientId), name: row.clientName },
      officerId: row.officerId === null ? null : String(row.officerId),
      officer: row.officerId === null ? null : { id: String(row.officerId), name: row.officerName ?? '' },
      officeId: String(row.officeId),
      daysPastDue: Number(row.daysPastDue),
      arrears: moneyToDecimal(BigInt(row.arrears)),
      collectibility: Number(row.collectibility),
      openedOn: toBusinessDate(row.openedOn) as string,
      resolvedOn: toBusinessDate(row.resolvedOn),
      promise: promise ? { promisedDate: promise.promisedDate, amount: moneyToDecimal(promise.amount), status: promise.status } : null,
      version: Number(row.version),
    };
  });
}

/** One case's card, read in `manager` (inside the writing transaction, or after it); `known` as `toCaseCards` takes it. */
export async function caseCard(
  manager: EntityManager,
  dialect: Dialect,
  id: number,
  known?: ReadonlyMap<number, readonly PaymentPromise[]>,
): Promise<CollectionCaseCardData> {
  const rows: CaseRow[] = await manager.query(`${caseCardsSql(dialect)} WHERE cc.${dialect.id('id')} = ?`, [id]);
  return (await toCaseCards(manager, rows, known))[0];
}

export function caseVisibility(c: Pick<CollectionCase, 'officerId' | 'officeId'>): LoanVisibility {
  return { officerId: c.officerId === null ? null : String(c.officerId), officeId: String(c.officeId) };
}
