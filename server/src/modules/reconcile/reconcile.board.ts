import { STATEMENT_LINE_STATES, moneyToDecimal } from '@prospek/shared';
import type { FollowUpReason, MatchRule, MatchTargetKind, StatementDirection, StatementLineCardData, StatementLineState } from '@prospek/shared';
import type { EntityManager } from 'typeorm';
import type { BoardAudience, BoardDefinition, BoardViewer, OfficeAncestry } from '../../boards/board.js';
import { toBusinessDate } from '../../db/columns.js';
import type { Dialect } from '../../db/sql.js';
import { clientReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';

/** The fields of a statement line that decide who sees it: the officer of the client it is about, and its office. */
export interface LineVisibility {
  officerId: string | null;
  officeId: string;
}

const room = {
  all: 'reconciliation:all',
  officer: (userId: number | string) => `reconciliation:officer:${userId}`,
  office: (officeId: number | string) => `reconciliation:office:${officeId}`,
};

/** Admins all lines; managers their office tree's; an officer the lines matched or proposed to their clients. */
export const reconciliationAudience: BoardAudience<LineVisibility> = {
  rooms(visibility: LineVisibility, tree: OfficeAncestry): string[] {
    const rooms = [room.all, ...tree.ancestors(Number(visibility.officeId)).map((id) => room.office(id))];
    if (visibility.officerId !== null) rooms.push(room.officer(visibility.officerId));
    return rooms;
  },
  roomsOfViewer(user: BoardViewer): string[] {
    switch (user.role) {
      case 'ADMIN':
        return [room.all];
      case 'MANAGER':
        return [room.office(user.officeId)];
      case 'OFFICER':
        return [room.officer(user.id)];
      case 'MARKETING':
        return [];
    }
  },
};

/** The reconciliation queue: statement lines by match state; lines move by confirming or rejecting. */
export const RECONCILIATION_BOARD: BoardDefinition<StatementLineState, Scope, LineVisibility> = {
  board: 'reconciliation',
  table: 'bank_statement_line',
  alias: 'bl',
  columnField: 'state',
  archivedField: 'archivedAt',
  updatedField: 'updatedAt',
  columns: STATEMENT_LINE_STATES,
  totalField: 'amount',
  reach: (scope: Scope, q: (name: string) => string) => clientReadCondition(scope, q, 'bl'),
  audience: reconciliationAudience,
};

export interface LineRow {
  id: number | string;
  statementId: number | string;
  state: StatementLineState;
  position: string;
  date: Date | string;
  direction: StatementDirection;
  amount: number | string | bigint;
  remark: string;
  reference: string | null;
  officeId: number | string;
  officerId: number | string | null;
  clientId: number | string | null;
  clientName: string | null;
  targetKind: MatchTargetKind | null;
  targetId: number | string | null;
  invoiceNumber: string | null;
  loanNumber: string | null;
  rule: MatchRule | null;
  reasonCode: FollowUpReason | null;
  reasonParams: string | null;
  postedId: number | string | null;
  version: number | string;
}

/** `SELECT … FROM bank_statement_line bl` with the names a card shows. */
export function lineCardsSql(dialect: Dialect): string {
  const q = dialect.id;
  return (
    `SELECT bl.*, c.${q('name')} AS ${q('clientName')}, i.${q('number')} AS ${q('invoiceNumber')}, ln.${q('externalNumber')} AS ${q('loanNumber')} ` +
    `FROM ${q('bank_statement_line')} bl LEFT JOIN ${q('client')} c ON c.${q('id')} = bl.${q('clientId')} ` +
    `LEFT JOIN ${q('invoice')} i ON bl.${q('targetKind')} IN ('RECEIVABLE', 'PAYABLE') AND i.${q('id')} = bl.${q('targetId')} ` +
    `LEFT JOIN ${q('loan')} ln ON bl.${q('targetKind')} = 'LOAN' AND ln.${q('id')} = bl.${q('targetId')}`
  );
}

export function lineCard(row: LineRow): StatementLineCardData {
  const targetLabel = row.targetKind === 'LOAN' ? (row.loanNumber ?? `#${row.targetId}`) : (row.invoiceNumber ?? `#${row.targetId}`);
  return {
    id: String(row.id),
    statementId: String(row.statementId),
    state: row.state,
    position: row.position,
    date: toBusinessDate(row.date) as string,
    direction: row.direction,
    amount: moneyToDecimal(BigInt(row.amount)),
    remark: row.remark,
    reference: row.reference,
    officeId: String(row.officeId),
    officerId: row.officerId === null ? null : String(row.officerId),
    client: row.clientId === null ? null : { id: String(row.clientId), name: row.clientName ?? '' },
    target: row.targetKind === null || row.targetId === null ? null : { kind: row.targetKind, id: String(row.targetId), label: targetLabel },
    rule: row.rule,
    reasonCode: row.reasonCode,
    reasonParams: row.reasonParams,
    posted: row.postedId !== null,
    version: Number(row.version),
  };
}

export async function readLineCard(manager: EntityManager, dialect: Dialect, id: number): Promise<StatementLineCardData> {
  const rows: LineRow[] = await manager.query(`${lineCardsSql(dialect)} WHERE bl.${dialect.id('id')} = ?`, [id]);
  return lineCard(rows[0]);
}

export const lineVisibility = (l: { officerId: number | null; officeId: number }): LineVisibility => ({
  officerId: l.officerId === null ? null : String(l.officerId),
  officeId: String(l.officeId),
});
