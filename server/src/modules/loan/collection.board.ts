import { COLLECTION_COLUMNS } from '@prospek/shared';
import type { CollectionColumn } from '@prospek/shared';
import type { BoardAudience, BoardDefinition, BoardViewer, LiveBoard, OfficeAncestry } from '../../boards/board.js';
import { clientReadCondition } from '../access/scope.js';
import type { Scope } from '../access/scope.js';

/** The fields of a loan (and of its collection case) that decide who sees it. */
export interface LoanVisibility {
  officerId: string | null;
  officeId: string;
}

/**
 * Rooms of a board whose records are a loan's: its officer, the managers of its office and the offices
 * above it, and admins, the rule of `clientReadCondition`. Marketing joins none.
 */
function loanAudience(board: string): BoardAudience<LoanVisibility> {
  const room = {
    all: `${board}:all`,
    officer: (userId: number | string) => `${board}:officer:${userId}`,
    office: (officeId: number | string) => `${board}:office:${officeId}`,
  };
  return {
    rooms(visibility: LoanVisibility, tree: OfficeAncestry): string[] {
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
}

/** The collection board: one case per loan in arrears, from NEW to RESOLVED, totals of arrears. */
export const COLLECTION_BOARD: BoardDefinition<CollectionColumn, Scope, LoanVisibility> = {
  board: 'collection',
  table: 'collection_case',
  alias: 'cc',
  columnField: 'status',
  archivedField: 'archivedAt',
  updatedField: 'updatedAt',
  columns: COLLECTION_COLUMNS,
  totalField: 'arrears',
  reach: (scope: Scope, q: (name: string) => string) => clientReadCondition(scope, q, 'cc'),
  audience: loanAudience('collection'),
};

/**
 * Loans as a live list without columns: every change of a loan's figures (a posting, a reversal, a
 * promise, the daily run) is heard by those who may see the loan; its page and the collection sheet
 * read it again.
 */
export const LOAN_LIST: LiveBoard<LoanVisibility> = {
  board: 'loans',
  audience: loanAudience('loans'),
};
