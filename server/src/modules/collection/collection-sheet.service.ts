import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { businessDate, contactLinks, daysBetween, isBusinessDate, officeZone } from '@prospek/shared';
import type { ContactLinks, OfficeTimeZone, PromiseStatus } from '@prospek/shared';
import { dialectOf } from '../../db/sql.js';
import type { Dialect } from '../../db/sql.js';
import { InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { clientReadCondition } from '../access/scope.js';
import { Client } from '../client/client.entity.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';

export interface CollectionSheetRow {
  loanId: number;
  clientId: number;
  clientName: string;
  phone: string | null;
  contactLinks: ContactLinks;
  /** Fallen due by the sheet's date and unpaid: the arrears plus the installment due that day, in sen. */
  amountDue: bigint;
  /** Of it, the installment falling due on the sheet's date. */
  dueOnDate: bigint;
  daysPastDue: number;
  collectibility: number;
  oldestDueDate: string;
  nextDueDate: string | null;
  /** The newest promise to pay made on the loan by the sheet's date, if any. */
  lastPromise: SheetPromise | null;
}

export interface SheetPromise {
  promisedDate: string;
  amount: bigint;
  status: PromiseStatus;
  madeOn: string;
}

export interface CollectionSheet {
  date: string;
  officer: User;
  office: Office;
  timeZone: OfficeTimeZone;
  rows: CollectionSheetRow[];
  totalDue: bigint;
}

/** What a download token of a sheet names: one officer's sheet of one day. */
export function collectionSheetResource(officerId: number, date: string): string {
  return `collection-sheet:${officerId}:${date}`;
}

/** More rows than an officer's book holds: a bound, not a page. */
export const COLLECTION_SHEET_MAX_ROWS = 2000;

const dateText = (value: unknown): string | null => (value instanceof Date ? value.toISOString().slice(0, 10) : value ? String(value).slice(0, 10) : null);

/**
 * An officer's collection sheet for a day: their open loans with an installment due by then and not
 * paid, what each owes, how late, and how to reach the borrower. Officers ask for their own, managers
 * for an officer of their office tree, admins for anyone; the loans are those the viewer reaches.
 */
export class CollectionSheetService {
  private readonly dialect: Dialect;

  constructor(
    private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.dialect = dialectOf(dataSource);
  }

  async sheet(viewer: User, rawOfficerId: string | null, requestedDate: string | null): Promise<CollectionSheet> {
    if (requestedDate !== null && !isBusinessDate(requestedDate)) throw InputError.field('date', 'DATE_INVALID', 'date must be YYYY-MM-DD');
    const scope = await this.access.scope(viewer);
    const officerId = rawOfficerId === null ? viewer.id : Number(rawOfficerId);
    const officer = Number.isSafeInteger(officerId) && officerId > 0 ? await this.dataSource.manager.findOneBy(User, { id: officerId }) : null;
    const reachable =
      officer !== null &&
      (scope.role === 'ADMIN' ||
        (scope.role === 'MANAGER' && (scope.officeIds ?? []).includes(officer.officeId)) ||
        (scope.role === 'OFFICER' && officer.id === viewer.id));
    if (!officer || !reachable) throw new NotFoundError('User', rawOfficerId ?? viewer.id);
    const office = await this.dataSource.manager.findOneByOrFail(Office, { id: officer.officeId });
    const timeZone = officeZone(office.timeZone);
    const date = requestedDate ?? businessDate(this.clock(), timeZone);
    const rows = await this.rows(officer.id, date, clientReadCondition(scope, this.dialect.id, 'ln'));
    return { date, officer, office, timeZone, rows, totalDue: rows.reduce((sum, r) => sum + r.amountDue, 0n) };
  }

  private async rows(officerId: number, date: string, reach: { sql: string; params: unknown[] }): Promise<CollectionSheetRow[]> {
    const q = this.dialect.id;
    const unpaid = `(i.${q('principal')} + i.${q('interest')} + i.${q('penalty')} - i.${q('paidPrincipal')} - i.${q('paidInterest')} - i.${q('paidPenalty')})`;
    const due = `i.${q('dueDate')} <= ? AND ${unpaid} > 0`;
    const found: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT ln.${q('id')} AS id, ln.${q('clientId')} AS clientId, ln.${q('daysPastDue')} AS daysPastDue, ln.${q('collectibility')} AS grade,
         ln.${q('positionAsOf')} AS positionAsOf,
         ${this.dialect.sumAsText(`CASE WHEN ${due} THEN ${unpaid} ELSE 0 END`)} AS amountDue,
         ${this.dialect.sumAsText(`CASE WHEN i.${q('dueDate')} = ? AND ${unpaid} > 0 THEN ${unpaid} ELSE 0 END`)} AS dueOnDate,
         MIN(CASE WHEN ${due} THEN i.${q('dueDate')} END) AS oldestDue,
         MIN(CASE WHEN i.${q('dueDate')} > ? AND ${unpaid} > 0 THEN i.${q('dueDate')} END) AS nextDue
       FROM ${q('loan')} ln JOIN ${q('loan_installment')} i ON i.${q('loanId')} = ln.${q('id')}
       WHERE ln.${q('officerId')} = ? AND ln.${q('status')} IN ('ACTIVE', 'RESTRUCTURED') AND ${reach.sql}
       GROUP BY ln.${q('id')}, ln.${q('clientId')}, ln.${q('daysPastDue')}, ln.${q('collectibility')}, ln.${q('positionAsOf')}
       HAVING MIN(CASE WHEN ${due} THEN i.${q('dueDate')} END) IS NOT NULL
       LIMIT ${COLLECTION_SHEET_MAX_ROWS}`,
      [date, date, date, date, officerId, ...reach.params, date],
    );
    const clientIds = [...new Set(found.map((r) => Number(r.clientId)))];
    const clients = clientIds.length
      ? await this.dataSource.getRepository(Client).find({ where: { id: In(clientIds) }, select: { id: true, name: true, phone: true, whatsapp: true } })
      : [];
    const byId = new Map(clients.map((c) => [c.id, c]));
    const promises = await this.lastPromises(
      found.map((r) => Number(r.id)),
      date,
    );
    const rows = found.map((r): CollectionSheetRow => {
      const client = byId.get(Number(r.clientId));
      const oldestDueDate = dateText(r.oldestDue) as string;
      // The loan's own figure (after grace days and tolerance) for the day it was positioned; else counted from the oldest unpaid due date.
      const daysPastDue = dateText(r.positionAsOf) === date ? Number(r.daysPastDue) : Math.max(0, daysBetween(oldestDueDate, date));
      return {
        loanId: Number(r.id),
        clientId: Number(r.clientId),
        clientName: client?.name ?? '',
        phone: client?.phone ?? null,
        contactLinks: contactLinks(client?.phone ?? null, client?.whatsapp ?? null, null),
        amountDue: BigInt(String(r.amountDue)),
        dueOnDate: BigInt(String(r.dueOnDate)),
        daysPastDue,
        collectibility: Number(r.grade),
        oldestDueDate,
        nextDueDate: dateText(r.nextDue),
        lastPromise: promises.get(Number(r.id)) ?? null,
      };
    });
    return rows.sort((a, b) => b.daysPastDue - a.daysPastDue || (b.amountDue > a.amountDue ? 1 : b.amountDue < a.amountDue ? -1 : 0) || a.loanId - b.loanId);
  }

  /** The newest promise made by `date` on each of the loans, in one statement whatever their number. */
  private async lastPromises(loanIds: number[], date: string): Promise<Map<number, SheetPromise>> {
    if (loanIds.length === 0) return new Map();
    const q = this.dialect.id;
    const marks = loanIds.map(() => '?').join(', ');
    const found: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT p.${q('loanId')} AS loanId, p.${q('promisedDate')} AS promisedDate, p.${q('amount')} AS amount,
         p.${q('status')} AS status, p.${q('madeOn')} AS madeOn
       FROM ${q('payment_promise')} p
       JOIN (SELECT ${q('loanId')} AS loanId, MAX(${q('id')}) AS id FROM ${q('payment_promise')}
             WHERE ${q('loanId')} IN (${marks}) AND ${q('madeOn')} <= ? GROUP BY ${q('loanId')}) newest ON newest.id = p.${q('id')}`,
      [...loanIds, date],
    );
    return new Map(
      found.map((r) => [
        Number(r.loanId),
        {
          promisedDate: dateText(r.promisedDate) as string,
          amount: BigInt(String(r.amount)),
          status: r.status as PromiseStatus,
          madeOn: dateText(r.madeOn) as string,
        },
      ]),
    );
  }
}
