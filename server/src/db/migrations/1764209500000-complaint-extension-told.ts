import { TableColumn, TableForeignKey } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

const invoiceFk = () =>
  new TableForeignKey({
    columnNames: ['invoiceId'],
    referencedTableName: 'invoice',
    referencedColumnNames: ['id'],
    onDelete: 'RESTRICT',
    onUpdate: 'NO ACTION',
  });

/**
 * An extension of a complaint's deadline keeps how the client was told of it and the business day
 * they were; and the invoice a complaint names is held by a foreign key, now that invoices have a
 * table (an id naming no invoice is cleared first).
 */
export class ComplaintExtensionTold1764209500000 implements MigrationInterface {
  name = 'ComplaintExtensionTold1764209500000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('complaint', [
      new TableColumn({ name: 'extensionToldVia', type: 'varchar', length: '12', isNullable: true }),
      new TableColumn({ name: 'extensionToldOn', type: 'date', isNullable: true }),
    ]);
    const q = (n: string) => qr.connection.driver.escape(n);
    await qr.query(
      `UPDATE ${q('complaint')} SET ${q('invoiceId')} = NULL WHERE ${q('invoiceId')} IS NOT NULL AND ${q('invoiceId')} NOT IN (SELECT ${q('id')} FROM ${q('invoice')})`,
    );
    await qr.createForeignKey('complaint', invoiceFk());
  }

  async down(qr: QueryRunner): Promise<void> {
    const table = await qr.getTable('complaint');
    const fk = table?.foreignKeys.find((k) => k.columnNames.length === 1 && k.columnNames[0] === 'invoiceId');
    if (fk) await qr.dropForeignKey('complaint', fk);
    await qr.dropColumn('complaint', 'extensionToldOn');
    await qr.dropColumn('complaint', 'extensionToldVia');
  }
}
