/** The vocabulary every board file shares: where a board's cards live, and which of them a viewer reaches. */

/**
 * Where a board keeps its cards: its name (as clients join it), the table, the column that names the
 * card's column, and archiving; `alias` is the table alias the access conditions are written over.
 */
export interface BoardTable {
  board: string;
  table: string;
  alias: string;
  columnField: string;
  archivedField: string;
  /**
   * The row's last-change stamp, if it has one (MySQL stamps it on any update): kept as it was when only
   * the spelling of keys changes, since the card itself did not.
   */
  updatedField?: string;
}

/** An SQL condition over the board's table alias, with its parameters. */
export interface Reach {
  sql: string;
  params: unknown[];
}
