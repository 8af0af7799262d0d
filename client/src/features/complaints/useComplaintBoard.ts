import type { ComplaintStatus } from '@prospek/shared';
import { request } from '../../api/client';
import type { ComplaintCardFieldsFragment } from '../../api/generated/graphql';
import { useBoard } from '../../boards/useBoard';
import type { BoardSource } from '../../boards/useBoard';
import { ComplaintBoardQuery, ComplaintColumnQuery, MoveComplaintMutation } from './complaint.operations';

export type ComplaintCard = ComplaintCardFieldsFragment;
/** A column's WIP limit, as the office sets it. */
export interface ComplaintColumnMeta {
  wipLimit: number | null;
  hardLimit: boolean;
}

/** The complaints board on the shared engine: complaints by status, each with its working days left. */
export function useComplaintBoard() {
  const source: BoardSource<ComplaintStatus, ComplaintCard, ComplaintColumnMeta, undefined> = {
    board: 'complaints',
    stageOf: (card) => card.status,
    withPlace: (card, status, position) => ({ ...card, status, position }),
    matches: () => true,
    adjustMeta: (meta) => meta,
    async load() {
      const data = await request(ComplaintBoardQuery, { perColumn: 50 });
      return data.complaintBoard.columns.map((c) => ({
        stage: c.status,
        cards: c.cards,
        count: c.count,
        hasMore: c.hasMore,
        endCursor: c.endCursor,
        meta: { wipLimit: c.wipLimit ?? null, hardLimit: c.hardLimit },
      }));
    },
    async loadMore(status, after) {
      return (await request(ComplaintColumnQuery, { status, after, first: 50 })).complaintColumn;
    },
    async loadTotals() {
      const data = await request(ComplaintBoardQuery, { perColumn: 1 });
      return data.complaintBoard.columns.map((c) => ({ stage: c.status, count: c.count, meta: { wipLimit: c.wipLimit ?? null, hardLimit: c.hardLimit } }));
    },
    async move(card, status, afterId, beforeId, mutationId) {
      const { moveComplaint } = await request(
        MoveComplaintMutation,
        { input: { id: card.id, status, afterId, beforeId, expectedVersion: card.version } },
        { mutationId },
      );
      return moveComplaint;
    },
  };
  return useBoard(source);
}
