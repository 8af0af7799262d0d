/**
 * The declared boards, by name: what the realtime hub routes events and joins with, and what the
 * background rebalancing walks. Built once by the app from its list of boards (`live-boards.ts`).
 */
import type { AnyLiveBoard, BoardDefinition } from './board.js';

/** A board whose cards live in a table of columns (a kanban), as opposed to a live list. */
export type ColumnBoard = BoardDefinition<string, never, unknown>;

export class BoardRegistry {
  private readonly byName = new Map<string, AnyLiveBoard>();

  constructor(boards: readonly AnyLiveBoard[]) {
    for (const board of boards) {
      if (this.byName.has(board.board)) throw new Error(`Board ${board.board} is declared twice`);
      this.byName.set(board.board, board);
    }
  }

  /** The board a client or an event names, or null for a name no board has (whatever value it is). */
  get(name: unknown): AnyLiveBoard | null {
    return typeof name === 'string' ? (this.byName.get(name) ?? null) : null;
  }

  /** Every board, in the order declared. */
  all(): AnyLiveBoard[] {
    return [...this.byName.values()];
  }

  /** The boards with columns and ordered cards. */
  columnBoards(): ColumnBoard[] {
    return this.all().filter((board): board is ColumnBoard => 'table' in board && 'columns' in board);
  }
}
