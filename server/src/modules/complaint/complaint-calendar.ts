import { COMPLAINT_DONE_STATUSES } from '@prospek/shared';
import type { Tx } from '../../db/transaction.js';
import type { Dialect } from '../../db/sql.js';
import { NATIONAL_REGION } from '../work-calendar/work-calendar-day.entity.js';
import { COMPLAINT_BOARD } from './complaint.board.js';

/**
 * A region's calendar changed: every open complaint of its offices has another deadline. Nothing is
 * stored to update (deadlines are computed on read); the boards that show them read again, one
 * message per owner and office holding open complaints there.
 */
export async function refreshComplaintBoards(tx: Tx, dialect: Dialect, region: string): Promise<void> {
  const q = dialect.id;
  const done = COMPLAINT_DONE_STATUSES.map(() => '?').join(', ');
  const regionCondition = region === NATIONAL_REGION ? '1 = 1' : `o.${q('calendarRegion')} = ?`;
  const rows: Array<{ ownerId: number | string | null; officeId: number | string }> = await tx.manager.query(
    `SELECT DISTINCT cp.${q('ownerId')} AS ${q('ownerId')}, cp.${q('officeId')} AS ${q('officeId')} FROM ${q('complaint')} cp ` +
      `JOIN ${q('office')} o ON o.${q('id')} = cp.${q('officeId')} WHERE cp.${q('status')} NOT IN (${done}) AND cp.${q('archivedAt')} IS NULL AND ${regionCondition}`,
    [...COMPLAINT_DONE_STATUSES, ...(region === NATIONAL_REGION ? [] : [region])],
  );
  for (const row of rows)
    tx.emit({
      kind: 'board-refresh',
      board: COMPLAINT_BOARD.board,
      visibility: { ownerId: row.ownerId === null ? null : String(row.ownerId), officeId: String(row.officeId) },
    });
}
