import type { MigrationInterface, QueryRunner } from 'typeorm';
import { dropKeptTotals, keptTotalsRecount, keptTotalsTable, keptTotalsTriggers } from '../../boards/board-kept-totals.js';
import type { KeptTotalsSource } from '../../boards/board-kept-totals.js';

/** The lead board as it was when this migration was written. */
const LEADS: KeptTotalsSource = {
  table: 'lead',
  columnField: 'stage',
  archivedField: 'archivedAt',
  totalField: 'estimatedAmount',
  kept: { table: 'lead_column_total', dimensions: ['officeId', 'ownerId'] },
};

/**
 * The pipeline's column totals kept per stage, office and owner, by triggers in the transaction of every
 * lead write, instead of counted over every lead of the reach at each read (which the reach index of
 * LeadReachTotals1763910000000 only made cheaper per lead). That index stays for the boards the kept
 * totals cannot answer (a search, a campaign's leads).
 */
export class LeadKeptTotals1764120000000 implements MigrationInterface {
  name = 'LeadKeptTotals1764120000000';

  async up(qr: QueryRunner): Promise<void> {
    const q = (name: string) => qr.connection.driver.escape(name);
    const mysql = qr.connection.options.type === 'mysql' || qr.connection.options.type === 'mariadb';
    await qr.query(keptTotalsTable(LEADS, q, mysql));
    // Triggers first, then the count, before the server takes writes (MySQL commits each DDL statement).
    for (const sql of keptTotalsTriggers(LEADS, q, mysql)) await qr.query(sql);
    await qr.query(keptTotalsRecount(LEADS, q, mysql));
  }

  async down(qr: QueryRunner): Promise<void> {
    const q = (name: string) => qr.connection.driver.escape(name);
    for (const sql of dropKeptTotals(LEADS, q)) await qr.query(sql);
  }
}
