import { TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Values that must be unique from now on: the normalised value each row is compared by. */
const CHECKS: Array<{ table: string; column: string; normalised: (c: string) => string }> = [
  { table: 'client', column: 'nik', normalised: (c) => `TRIM(${c})` },
  { table: 'client', column: 'phone', normalised: (c) => `TRIM(${c})` },
  { table: 'user', column: 'email', normalised: (c) => `LOWER(TRIM(${c}))` },
];

/** At most this many groups of duplicates are listed in the refusal; the rest are counted. */
const LISTED = 20;

/**
 * One client per NIK and per phone, and one user per email whatever its case, kept by unique indexes
 * so that two requests racing with the same value cannot both write it.
 *
 * Rows that already break this are not changed behind anyone's back: two clients with one NIK are the
 * same person, each perhaps with offers and activities, and which one stays is a person's decision. The
 * migration then stops before changing anything and names the rows by id (not by NIK, which is
 * personal data and would land in logs), so that they can be merged or corrected and the server started
 * again. Empty NIKs and phones become NULL (which a unique index allows on many rows), and emails are
 * stored lower-cased as every write already stores them.
 */
export class UniqueIdentities1763940000000 implements MigrationInterface {
  name = 'UniqueIdentities1763940000000';

  async up(qr: QueryRunner): Promise<void> {
    const q = (name: string) => qr.connection.driver.escape(name);
    const problems: string[] = [];
    for (const { table, column, normalised } of CHECKS) {
      const value = normalised(q(column));
      const rows: Array<{ id: number | string; value: string }> = await qr.query(
        `SELECT ${q('id')} AS id, ${value} AS value FROM ${q(table)} WHERE ${value} IN ` +
          `(SELECT ${value} FROM ${q(table)} WHERE ${value} <> '' GROUP BY ${value} HAVING COUNT(*) > 1) ORDER BY ${value}, ${q('id')}`,
      );
      const groups = new Map<string, string[]>();
      for (const row of rows) groups.set(row.value, [...(groups.get(row.value) ?? []), String(row.id)]);
      for (const ids of groups.values()) problems.push(`${table}.${column}: rows ${ids.join(', ')} share one value`);
    }
    if (problems.length > 0) {
      const listed = problems.slice(0, LISTED);
      if (problems.length > LISTED) listed.push(`… and ${problems.length - LISTED} more groups`);
      throw new Error(
        `Cannot make client NIK and phone and user email unique: ${problems.length} group(s) of rows share a value. ` +
          `Merge or correct them (by id), then start again. Nothing was changed.\n${listed.join('\n')}`,
      );
    }

    for (const column of ['nik', 'phone']) {
      await qr.query(`UPDATE ${q('client')} SET ${q(column)} = NULL WHERE TRIM(${q(column)}) = ''`);
      await qr.query(`UPDATE ${q('client')} SET ${q(column)} = TRIM(${q(column)}) WHERE ${q(column)} IS NOT NULL`);
    }
    await qr.query(`UPDATE ${q('user')} SET ${q('email')} = LOWER(TRIM(${q('email')}))`);

    await qr.dropIndex('client', 'IDX_client_nik');
    await qr.dropIndex('client', 'IDX_client_phone');
    await qr.createIndex('client', new TableIndex({ name: 'UQ_client_nik', columnNames: ['nik'], isUnique: true }));
    await qr.createIndex('client', new TableIndex({ name: 'UQ_client_phone', columnNames: ['phone'], isUnique: true }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('client', 'UQ_client_phone');
    await qr.dropIndex('client', 'UQ_client_nik');
    await qr.createIndex('client', new TableIndex({ name: 'IDX_client_nik', columnNames: ['nik'] }));
    await qr.createIndex('client', new TableIndex({ name: 'IDX_client_phone', columnNames: ['phone'] }));
  }
}
