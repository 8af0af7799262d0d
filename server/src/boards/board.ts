/**
 * What a live board is, declared once in its module (`<area>/<area>.board.ts`) and read by the kernel:
 * where its cards live, which columns it has, what each column totals, its WIP limits if any, and who
 * may see a card (the rows in reach, the socket rooms).
 * The kernel (ordering, moves, column paging) knows boards only through this.
 */
import type { EntityManager } from 'typeorm';
import type { BoardTable, Reach } from './board-table.js';

/** A column's work-in-progress limit: past a hard one a move is refused, past a soft one it warns. */
export interface WipLimit {
  wipLimit: number | null;
  hardLimit: boolean;
}

/** Who hears about a board's cards: the rooms allowed to see a record as it is, and the rooms a viewer joins. */
export interface BoardAudience<Visibility, Tree, User> {
  rooms(visibility: Visibility, tree: Tree): string[];
  roomsOfViewer(user: User): string[];
}

export interface BoardDefinition<Column extends string = string, Viewer = unknown, Audience = unknown> extends BoardTable {
  /** The columns, in the order the board shows them. */
  columns: readonly Column[];
  /** A whole-number field (money in minor units) summed per column over every matching card, if the board shows totals. */
  totalField?: string;
  /** Each column's limit for an office, if the board has WIP limits. */
  wipLimits?: (manager: EntityManager, officeId: number) => Promise<ReadonlyMap<Column, WipLimit>>;
  /** The cards a viewer may see, over `alias`: neighbours outside it are ignored when placing a card. */
  reach(viewer: Viewer, q: (name: string) => string): Reach;
  /** Its socket rooms (a `BoardAudience`), read by the realtime hub's one emit path. */
  audience: Audience;
}
