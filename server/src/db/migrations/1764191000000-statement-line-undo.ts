import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A statement line whose posted money was sent back counts its undos: a later posting takes a key of its own. */
export class StatementLineUndo1764191000000 implements MigrationInterface {
  name = 'StatementLineUndo1764191000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('bank_statement_line', new TableColumn({ name: 'undoCount', type: 'integer', default: 0 }));
  }

  async down(qr: QueryRunner): Promise<void> {
    if (qr.connection.options.type === 'mysql' || qr.connection.options.type === 'mariadb') {
      await qr.dropColumn('bank_statement_line', 'undoCount');
      return;
    }
    await qr.query(`ALTER TABLE "bank_statement_line" DROP COLUMN "undoCount"`);
  }
}
