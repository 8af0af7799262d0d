import { TableColumn } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What notifications and refused import rows say, as data beside their Indonesian text, so the
 * interface words them in the reader's language. Rows stored before keep only their text.
 */
export class MessageParams1763980000000 implements MigrationInterface {
  name = 'MessageParams1763980000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('notification', new TableColumn({ name: 'params', type: 'text', isNullable: true }));
    await qr.addColumn('lead_import_row', new TableColumn({ name: 'reasonsJson', type: 'text', isNullable: true }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('lead_import_row', 'reasonsJson');
    await qr.dropColumn('notification', 'params');
  }
}
