/**
 * Invoice and credit-note numbers without gaps or duplicates: one counter row per series, office and
 * year, locked FOR UPDATE by the issuing transaction, so concurrent issues take turns on it and a
 * rolled-back issue gives its number back. The row is created beforehand in its own statement (an
 * insert that ignores an existing row): creating it inside the issuing transaction would let two
 * first issues deadlock on the gap.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { formatInvoiceNumber } from '@prospek/shared';
import { isMysql } from '../../db/data-source.js';
import type { Dialect } from '../../db/sql.js';
import { Office } from '../office/office.entity.js';

export type NumberSeries = 'INV' | 'CN';

/** The credit notes' format: the invoice format with a leading INV turned into CN (or CN- before it). */
export function creditNoteFormat(invoiceFormat: string): string {
  return invoiceFormat.startsWith('INV') ? `CN${invoiceFormat.slice(3)}` : `CN-${invoiceFormat}`;
}

export async function ensureCounter(dataSource: DataSource, dialect: Dialect, series: NumberSeries, officeId: number, year: number): Promise<void> {
  const q = dialect.id;
  const verb = isMysql(dataSource) ? 'INSERT IGNORE' : 'INSERT OR IGNORE';
  await dataSource.query(`${verb} INTO ${q('invoice_counter')} (${q('series')}, ${q('officeId')}, ${q('year')}, ${q('lastSeq')}) VALUES (?, ?, ?, 0)`, [
    series,
    officeId,
    year,
  ]);
}

/** Takes the next number of a series in the caller's transaction (the counter row must exist). */
export async function nextNumber(
  manager: EntityManager,
  dialect: Dialect,
  format: string,
  series: NumberSeries,
  officeId: number,
  year: number,
): Promise<{ seq: number; number: string }> {
  const q = dialect.id;
  const where = `${q('series')} = ? AND ${q('officeId')} = ? AND ${q('year')} = ?`;
  const rows: Array<{ lastSeq: number | string }> = await manager.query(
    `SELECT ${q('lastSeq')} AS ${q('lastSeq')} FROM ${q('invoice_counter')} WHERE ${where}${dialect.forUpdate}`,
    [series, officeId, year],
  );
  if (rows.length === 0) throw new Error(`No ${series} counter for office ${officeId} and ${year}`);
  const seq = Number(rows[0].lastSeq) + 1;
  await manager.query(`UPDATE ${q('invoice_counter')} SET ${q('lastSeq')} = ? WHERE ${where}`, [seq, series, officeId, year]);
  const office = await manager.findOneOrFail(Office, { where: { id: officeId }, select: { id: true, code: true } });
  return { seq, number: formatInvoiceNumber(format, { office: office.code, year, seq }) };
}
