import type { ComplaintStatus } from '@prospek/shared';
import { request } from '../../api/client';
import type { ComplaintCardFieldsFragment } from '../../api/generated/graphql';
import { useBoard } from '../../boards/useBoard';
import { useSession } from '../../api/session';
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
  const session = useSession();
  const source: BoardSource<ComplaintStatus, ComplaintCard, ComplaintColumnMeta, undefined> = {
    board: 'complaints',
    stageOf: (card) => card.status,
    withPlace: (card, status, position) => ({ ...card, status, position }),
    matches: () => true,
    adjustMeta: (meta) => meta,
    // The headers show the limits of the viewer's office, as the server reads them for this board.
    columnMeta(event, meta, status) {
      if (event.officeId !== session.state.user?.office.id) return null;
      const limit = event.columns.find((c) => c.columnKey === status);
      return limit ? { wipLimit: limit.wipLimit, hardLimit: limit.hardLimit } : meta;
    },
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
