/**
 * Kept column totals: one row per column and combination of the card fields a board's reach is written
 * over (for leads: office and owner), holding the number of open cards and the sum of the board's total
 * field. Database triggers on the card table keep the rows in the same transaction as every write,
 * whatever makes it (a move, an import, a bulk reassignment, a delete, a restore), so the totals cannot
 * drift from the cards. A board's totals then sum a handful of rows instead of scanning its cards.
 *
 * The kept table names its dimension fields as the card table does, so the board's reach condition,
 * written over the board's alias, reads the kept table as it reads the cards. `slot` is the row's key
 * (column and dimension values as text): a unique index over nullable fields would not be one.
 *
 * A migration that rebuilds the card table (SQLite's TypeORM does for some column changes) drops its
 * triggers: make them again with `keptTotalsTriggers` afterwards (test/api/board-kept-totals.test.ts
 * checks that they exist after every migration).
 */
import type { Reach } from './board-table.js';

/** Where a board keeps its column totals, and by which card fields. */
export interface KeptTotals {
  /** The kept table. */
  table: string;
  /** Integer card fields the totals are kept by (nullable ones included), named as on the card table. */
  dimensions: readonly string[];
}

/** What the triggers read from the card table: a migration passes these as they were when it was written. */
export interface KeptTotalsSource {
  /** The card table. */
  table: string;
  columnField: string;
  archivedField: string;
  /** The summed whole-number field, if the board shows totals. */
  totalField?: string;
  kept: KeptTotals;
}

/** The reach and filter over a board's kept totals: only dimension fields, no archived condition. */
export type KeptReach = Reach;

type Quote = (name: string) => string;

const triggerName = (source: KeptTotalsSource, event: 'ai' | 'au' | 'ad') => `${source.kept.table}_${event}`;

function slotOf(row: string, source: KeptTotalsSource, q: Quote, mysql: boolean): string {
  const parts = [`${row}.${q(source.columnField)}`, ...source.kept.dimensions.map((d) => `COALESCE(${row}.${q(d)}, '')`)];
  return mysql ? `CONCAT(${parts.join(", '|', ")})` : parts.join(" || '|' || ");
}

const amountOf = (row: string, source: KeptTotalsSource, q: Quote) => (source.totalField ? `COALESCE(${row}.${q(source.totalField)}, 0)` : '0');

/** The kept table. */
export function keptTotalsTable(source: KeptTotalsSource, q: Quote, mysql: boolean): string {
  const dimensions = source.kept.dimensions.map((d) => `${q(d)} ${mysql ? 'int' : 'integer'} NULL`);
  const binary = mysql ? ' CHARACTER SET utf8mb4 COLLATE utf8mb4_bin' : '';
  return (
    `CREATE TABLE ${q(source.kept.table)} (${q('slot')} varchar(200)${binary} NOT NULL PRIMARY KEY, ${q('columnKey')} varchar(64) NOT NULL, ` +
    `${dimensions.join(', ')}, ${q('cards')} ${mysql ? 'int' : 'integer'} NOT NULL, ${q('total')} bigint NOT NULL)`
  );
}

/** The kept rows recounted from the cards (the migration's first fill). */
export function keptTotalsRecount(source: KeptTotalsSource, q: Quote, mysql: boolean): string {
  const dims = source.kept.dimensions.map((d) => `c.${q(d)}`);
  const grouped = [`c.${q(source.columnField)}`, ...dims];
  return (
    `INSERT INTO ${q(source.kept.table)} (${[q('slot'), q('columnKey'), ...source.kept.dimensions.map(q), q('cards'), q('total')].join(', ')}) ` +
    `SELECT ${slotOf('c', source, q, mysql)}, ${grouped.join(', ')}, COUNT(*), ${source.totalField ? `COALESCE(SUM(c.${q(source.totalField)}), 0)` : '0'} ` +
    `FROM ${q(source.table)} c WHERE c.${q(source.archivedField)} IS NULL GROUP BY ${grouped.join(', ')}`
  );
}

/** The triggers that keep the rows on insert, update and delete of a card. */
export function keptTotalsTriggers(source: KeptTotalsSource, q: Quote, mysql: boolean): string[] {
  return mysql ? mysqlTriggers(source, q) : sqliteTriggers(source, q);
}

export function dropKeptTotals(source: KeptTotalsSource, q: Quote): string[] {
  return [...(['ai', 'au', 'ad'] as const).map((event) => `DROP TRIGGER IF EXISTS ${q(triggerName(source, event))}`), `DROP TABLE ${q(source.kept.table)}`];
}

/** The names of a board's triggers, to check that they exist. */
export function keptTotalsTriggerNames(kept: KeptTotals): string[] {
  return (['ai', 'au', 'ad'] as const).map((event) => `${kept.table}_${event}`);
}

function insertColumns(source: KeptTotalsSource, q: Quote): string {
  return [q('slot'), q('columnKey'), ...source.kept.dimensions.map(q), q('cards'), q('total')].join(', ');
}

function sqliteTriggers(source: KeptTotalsSource, q: Quote): string[] {
  const kept = q(source.kept.table);
  const archived = q(source.archivedField);
  const newValues = [
    slotOf('NEW', source, q, false),
    `NEW.${q(source.columnField)}`,
    ...source.kept.dimensions.map((d) => `NEW.${q(d)}`),
    '1',
    amountOf('NEW', source, q),
  ];
  const upsert = `ON CONFLICT(${q('slot')}) DO UPDATE SET ${q('cards')} = ${q('cards')} + 1, ${q('total')} = ${q('total')} + excluded.${q('total')}`;
  const take = `UPDATE ${kept} SET ${q('cards')} = ${q('cards')} - 1, ${q('total')} = ${q('total')} - ${amountOf('OLD', source, q)} WHERE ${q('slot')} = ${slotOf('OLD', source, q, false)}`;
  const watched = [source.columnField, source.archivedField, ...source.kept.dimensions, ...(source.totalField ? [source.totalField] : [])].map(q);
  const table = q(source.table);
  return [
    `CREATE TRIGGER ${q(triggerName(source, 'ai'))} AFTER INSERT ON ${table} WHEN NEW.${archived} IS NULL BEGIN ` +
      `INSERT INTO ${kept} (${insertColumns(source, q)}) VALUES (${newValues.join(', ')}) ${upsert}; END`,
    `CREATE TRIGGER ${q(triggerName(source, 'ad'))} AFTER DELETE ON ${table} WHEN OLD.${archived} IS NULL BEGIN ${take}; END`,
    // SQLite's transactions take turns: the order of the two writes cannot deadlock.
    `CREATE TRIGGER ${q(triggerName(source, 'au'))} AFTER UPDATE OF ${watched.join(', ')} ON ${table} BEGIN ` +
      `${take} AND OLD.${archived} IS NULL; ` +
      `INSERT INTO ${kept} (${insertColumns(source, q)}) SELECT ${newValues.join(', ')} WHERE NEW.${archived} IS NULL ${upsert}; END`,
  ];
}

function mysqlTriggers(source: KeptTotalsSource, q: Quote): string[] {
  const kept = q(source.kept.table);
  const archived = q(source.archivedField);
  const table = q(source.table);
  // An existing row is updated under a record lock alone; only a slot's first card inserts its row.
  const add =
    `UPDATE ${kept} SET ${q('cards')} = ${q('cards')} + 1, ${q('total')} = ${q('total')} + ${amountOf('NEW', source, q)} WHERE ${q('slot')} = slot_new; ` +
    `IF ROW_COUNT() = 0 THEN INSERT INTO ${kept} (${insertColumns(source, q)}) VALUES (slot_new, NEW.${q(source.columnField)}, ` +
    `${source.kept.dimensions.map((d) => `NEW.${q(d)}, `).join('')}1, ${amountOf('NEW', source, q)}) ` +
    `ON DUPLICATE KEY UPDATE ${q('cards')} = ${q('cards')} + 1, ${q('total')} = ${q('total')} + VALUES(${q('total')}); END IF;`;
  const take = `UPDATE ${kept} SET ${q('cards')} = ${q('cards')} - 1, ${q('total')} = ${q('total')} - ${amountOf('OLD', source, q)} WHERE ${q('slot')} = slot_old;`;
  const declareNew = `DECLARE slot_new varchar(200) DEFAULT IF(NEW.${archived} IS NULL, ${slotOf('NEW', source, q, true)}, NULL);`;
  const declareOld = `DECLARE slot_old varchar(200) DEFAULT IF(OLD.${archived} IS NULL, ${slotOf('OLD', source, q, true)}, NULL);`;
  const amountChanged = source.totalField ? `NOT (OLD.${q(source.totalField)} <=> NEW.${q(source.totalField)})` : 'FALSE';
  return [
    `CREATE TRIGGER ${q(triggerName(source, 'ai'))} AFTER INSERT ON ${table} FOR EACH ROW BEGIN ${declareNew} IF slot_new IS NOT NULL THEN ${add} END IF; END`,
    `CREATE TRIGGER ${q(triggerName(source, 'ad'))} AFTER DELETE ON ${table} FOR EACH ROW BEGIN ${declareOld} IF slot_old IS NOT NULL THEN ${take} END IF; END`,
    // Two rows change in a fixed order (the lower slot first), so two cards crossing between the same
    // columns the other way round cannot deadlock on them.
    `CREATE TRIGGER ${q(triggerName(source, 'au'))} AFTER UPDATE ON ${table} FOR EACH ROW BEGIN ${declareOld} ${declareNew} ` +
      `IF slot_old <=> slot_new THEN ` +
      `IF slot_old IS NOT NULL AND ${amountChanged} THEN UPDATE ${kept} SET ${q('total')} = ${q('total')} - ${amountOf('OLD', source, q)} + ${amountOf('NEW', source, q)} WHERE ${q('slot')} = slot_old; END IF; ` +
      `ELSEIF slot_new IS NULL OR (slot_old IS NOT NULL AND slot_old < slot_new) THEN ` +
      `IF slot_old IS NOT NULL THEN ${take} END IF; IF slot_new IS NOT NULL THEN ${add} END IF; ` +
      `ELSE ${add} IF slot_old IS NOT NULL THEN ${take} END IF; END IF; END`,
  ];
}
