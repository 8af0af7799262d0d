import type { TaskStatus } from '@prospek/shared';
import { request } from '../../api/client';
import { useSession } from '../../api/session';
import type { TaskCardFieldsFragment } from '../../api/generated/graphql';
import { useBoard } from '../../boards/useBoard';
import type { BoardSource } from '../../boards/useBoard';
import { MoveTaskMutation, TaskBoardQuery, TaskColumnQuery } from './task.operations';

export type TaskCard = TaskCardFieldsFragment;
export interface TaskColumnMeta {
  wipLimit: number | null;
  hardLimit: boolean;
}

/** The marketing board: the same engine as the pipeline, with tasks and WIP limits plugged in. */
export function useTaskBoard(onWarning: (status: TaskStatus) => void) {
  const session = useSession();
  const source: BoardSource<TaskStatus, TaskCard, TaskColumnMeta, undefined> = {
    board: 'tasks',
    stageOf: (card) => card.status,
    withPlace: (card, status, position) => ({ ...card, status, position }),
    matches: () => true,
    adjustMeta: (meta) => meta,
    async load() {
      const data = await request(TaskBoardQuery, { perColumn: 50 });
      return data.taskBoard.columns.map((c) => ({
        stage: c.status,
        cards: c.cards,
        count: c.count,
        hasMore: c.hasMore,
        endCursor: c.endCursor,
        meta: { wipLimit: c.wipLimit, hardLimit: c.hardLimit },
      }));
    },
    async loadMore(status, after) {
      return (await request(TaskColumnQuery, { status, after, first: 50 })).taskColumn;
    },
    async loadTotals() {
      const data = await request(TaskBoardQuery, { perColumn: 1 });
      return data.taskBoard.columns.map((c) => ({ stage: c.status, count: c.count, meta: { wipLimit: c.wipLimit, hardLimit: c.hardLimit } }));
    },
    async move(card, status, afterId, beforeId, mutationId) {
      const { moveTask } = await request(
        MoveTaskMutation,
        { input: { id: card.id, status, afterId, beforeId, expectedVersion: card.version } },
        { mutationId },
      );
      // Past a soft limit: the move stands, the page says so in its own words.
      if (moveTask.warning) onWarning(status);
      return moveTask.task;
    },
    // The headers show the limits of the viewer's office (as the server reads them for this board).
    columnMeta(event, meta, status) {
      if (event.officeId !== session.state.user?.office.id) return null;
      const limit = event.columns.find((c) => c.columnKey === status);
      return limit ? { wipLimit: limit.wipLimit, hardLimit: limit.hardLimit } : meta;
    },
  };
  return useBoard(source);
}
