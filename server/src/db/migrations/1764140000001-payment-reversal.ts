import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const COLUMNS = ['version', 'reversedAt', 'reversedById', 'reversalReason'];

/** A posted payment is reversed, never deleted: when, by whom and why, with a version for the check. */
export class PaymentReversal1764140000001 implements MigrationInterface {
  name = 'PaymentReversal1764140000001';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('payment', [
      new TableColumn({ name: 'version', type: 'integer', default: 1 }),
      new TableColumn({ name: 'reversedAt', type: 'datetime', isNullable: true }),
      new TableColumn({ name: 'reversedById', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'reversalReason', type: 'varchar', length: '500', isNullable: true }),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    if (qr.connection.options.type === 'mysql' || qr.connection.options.type === 'mariadb') {
      await qr.dropColumns('payment', COLUMNS);
      return;
    }
    for (const column of COLUMNS) await qr.query(`ALTER TABLE "payment" DROP COLUMN "${column}"`);
  }
}
