import { TableColumn, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A bank's existing loan book comes in through the import: an upload says what it holds (leads or
 * loans), an imported loan has no offer behind it, and it carries the bank's own loan number, unique so
 * that importing the same file again finds the loans already there.
 */
export class LoanImport1764010000000 implements MigrationInterface {
  name = 'LoanImport1764010000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('lead_import', new TableColumn({ name: 'kind', type: 'varchar', length: '8', default: "'LEADS'" }));
    const loan = await qr.getTable('loan');
    const offerId = loan!.findColumnByName('offerId')!;
    await qr.changeColumn('loan', offerId, new TableColumn({ ...offerId, isNullable: true }));
    await qr.addColumn('loan', new TableColumn({ name: 'externalNumber', type: 'varchar', length: '40', isNullable: true }));
    await qr.createIndex('loan', new TableIndex({ name: 'UQ_loan_external_number', columnNames: ['externalNumber'], isUnique: true }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('loan', 'UQ_loan_external_number');
    await qr.dropColumn('loan', 'externalNumber');
    const loan = await qr.getTable('loan');
    const offerId = loan!.findColumnByName('offerId')!;
    await qr.changeColumn('loan', offerId, new TableColumn({ ...offerId, isNullable: false }));
    await qr.dropColumn('lead_import', 'kind');
  }
}
