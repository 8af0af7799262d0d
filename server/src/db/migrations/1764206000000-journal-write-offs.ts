import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The codes the journal's write-off and recovery accounts start with, as they stood when this migration was written. */
const STARTING_CODES: Array<[account: string, code: string, name: string]> = [
  ['LOAN_WRITE_OFF', '5-1300', 'Beban penghapusan pinjaman'],
  ['WRITE_OFF_RECOVERY', '4-1300', 'Penerimaan kembali pinjaman hapus buku'],
];

/** The journal export posts write-offs and what is recovered afterwards to accounts of their own. */
export class JournalWriteOffs1764206000000 implements MigrationInterface {
  name = 'JournalWriteOffs1764206000000';
  async up(qr: QueryRunner): Promise<void> {
    const q = (name: string) => qr.connection.driver.escape(name);
    for (const [account, code, name] of STARTING_CODES) {
      const present: unknown[] = await qr.query(`SELECT 1 FROM ${q('account_mapping')} WHERE ${q('account')} = ? AND ${q('productId')} = 0`, [account]);
      if (present.length > 0) continue;
      await qr.query(`INSERT INTO ${q('account_mapping')} (${['account', 'productId', 'code', 'name', 'version'].map(q).join(', ')}) VALUES (?, 0, ?, ?, 1)`, [
        account,
        code,
        name,
      ]);
    }
  }
  async down(qr: QueryRunner): Promise<void> {
    const q = (name: string) => qr.connection.driver.escape(name);
    await qr.query(
      `DELETE FROM ${q('account_mapping')} WHERE ${q('account')} IN (?, ?)`,
      STARTING_CODES.map(([account]) => account),
    );
  }
}
