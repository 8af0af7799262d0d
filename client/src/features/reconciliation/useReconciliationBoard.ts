import type { StatementLineState } from '@prospek/shared';
import { ApiError, request } from '../../api/client';
import type { StatementLineCardFieldsFragment } from '../../api/generated/graphql';
import { useBoard } from '../../boards/useBoard';
import type { BoardSource } from '../../boards/useBoard';
import { ReconciliationBoardQuery, ReconciliationColumnQuery } from './reconciliation.operations';

export type StatementLineCard = StatementLineCardFieldsFragment;
/** A column's total of the amounts, a Money decimal string. */
export interface ReconciliationColumnMeta {
  total: string;
}

/**
 * The reconciliation queue on the shared engine: statement lines by match state. Lines are not dragged;
 * they move when a person confirms or rejects a match, and the board hears it live.
 */
export function useReconciliationBoard() {
  const source: BoardSource<StatementLineState, StatementLineCard, ReconciliationColumnMeta, undefined> = {
    board: 'reconciliation',
    stageOf: (card) => card.state,
    withPlace: (card, state, position) => ({ ...card, state, position }),
    matches: () => true,
    adjustMeta: (meta) => meta,
    async load() {
      const data = await request(ReconciliationBoardQuery, { perColumn: 50 });
      return data.reconciliationBoard.columns.map((c) => ({
        stage: c.state,
        cards: c.cards,
        count: c.count,
        hasMore: c.hasMore,
        endCursor: c.endCursor ?? null,
        meta: { total: c.total },
      }));
    },
    async loadMore(state, after) {
      return (await request(ReconciliationColumnQuery, { state, after, first: 50 })).reconciliationColumn;
    },
    async loadTotals() {
      const data = await request(ReconciliationBoardQuery, { perColumn: 1 });
      return data.reconciliationBoard.columns.map((c) => ({ stage: c.state, count: c.count, meta: { total: c.total } }));
    },
    move() {
      return Promise.reject(new ApiError('Lines move by confirming or rejecting a match', 'FORBIDDEN'));
    },
  };
  return useBoard(source);
}
