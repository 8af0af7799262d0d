/**
 * What a live board is, declared once in its module (`<area>/<area>.board.ts`) and read by the kernel:
 * where its cards live, which columns it has, what each column totals, its WIP limits and stage SLA if
 * any, and who may see a card (the rows in reach, the socket rooms).
 * The kernel (ordering, moves, archiving, column paging, rebalancing) and the realtime hub know boards
 * only through this; the app lists the declared boards once (`server/src/live-boards.ts`).
 */
import type { EntityManager } from 'typeorm';
import type { Role } from '@prospek/shared';
import type { BoardTable, Reach } from './board-table.js';
import type { KeptTotals } from './board-kept-totals.js';

/** A column's work-in-progress limit: past a hard one a move is refused, past a soft one it warns. */
export interface WipLimit {
  wipLimit: number | null;
  hardLimit: boolean;
}

/**
 * Per-column idle limits ("stage SLA"): days a card may stay in a column without activity before it
 * counts as stale. The same for every viewer of the board; a change goes to all of them
 * (`board-sla`, sent by the hub as `board:sla`).
 */
export interface BoardStageSla<Column extends string> {
  /** The columns that may carry a limit (closed columns carry none). */
  columns: readonly Column[];
  /** Every column's limit in days, where one is set. */
  limits(manager: EntityManager): Promise<ReadonlyMap<Column, number>>;
}

/** Who is looking, as far as rooms go: a signed-in user. */
export interface BoardViewer {
  id: number;
  role: Role;
  officeId: number;
}

/** The office tree as the audience rules read it: the offices above one (itself included). */
export interface OfficeAncestry {
  ancestors(officeId: number): number[];
}

/**
 * Who hears about a board's records: the rooms allowed to see a record with this visibility (the
 * fields of the record that decide who sees it, carried by its events), and the rooms a viewer joins.
 */
export interface BoardAudience<Visibility> {
  rooms(visibility: Visibility, tree: OfficeAncestry): string[];
  roomsOfViewer(viewer: BoardViewer): string[];
  /** The rooms that show an office's column settings (WIP limits), if the board has any. */
  columnRooms?(officeId: string): string[];
}

/**
 * A live list as the realtime hub knows it: its name (as clients join it) and its audience. Every
 * room of a board starts with `<board>:`.
 */
export interface LiveBoard<Visibility = never> {
  board: string;
  audience: BoardAudience<Visibility>;
}

export interface BoardDefinition<Column extends string = string, Viewer = unknown, Visibility = never> extends BoardTable, LiveBoard<Visibility> {
  /** The columns, in the order the board shows them. */
  columns: readonly Column[];
  /** A whole-number field (money in minor units) summed per column over every matching card, if the board shows totals. */
  totalField?: string;
  /**
   * Where the column totals are kept per value of the fields the reach is written over (see
   * `board-kept-totals.ts`), if they are: a board read whose filter those fields express sums kept rows.
   */
  keptTotals?: KeptTotals;
  /** Each column's limit for an office, if the board has WIP limits. */
  wipLimits?: (manager: EntityManager, officeId: number) => Promise<ReadonlyMap<Column, WipLimit>>;
  /** Each column's idle limit, if the board has a stage SLA. */
  stageSla?: BoardStageSla<Column>;
  /** The cards a viewer may see, over `alias`: neighbours outside it are ignored when placing a card. */
  reach(viewer: Viewer, q: (name: string) => string): Reach;
}

/** Any declared board, whatever its visibility, as lists of boards hold them. */
export type AnyLiveBoard = LiveBoard<unknown>;
