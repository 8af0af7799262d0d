import { Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createdAtColumn, idColumn, updatedAtColumn, versionColumn } from './columns.js';

const fk = (column: string, table: string, onDelete: 'RESTRICT' | 'CASCADE' = 'RESTRICT') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });

/** The product catalog, client accounts with their CIF sequence, offers, and received documents. */
export class ClientsProductsOffers1763880000000 implements MigrationInterface {
  name = 'ClientsProductsOffers1763880000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'product',
        columns: [
          idColumn(),
          { name: 'code', type: 'varchar', length: '30' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'segment', type: 'varchar', length: '24', isNullable: true },
          { name: 'interestMethod', type: 'varchar', length: '10', isNullable: true },
          { name: 'minRateMicro', type: 'integer', default: 0 },
          { name: 'maxRateMicro', type: 'integer', default: 0 },
          { name: 'minTenorMonths', type: 'integer', default: 1 },
          { name: 'maxTenorMonths', type: 'integer', default: 1 },
          { name: 'minAmount', type: 'bigint', default: 0 },
          { name: 'maxAmount', type: 'bigint', default: 0 },
          { name: 'fee', type: 'bigint', default: 0 },
          { name: 'vatTreatment', type: 'varchar', length: '10', default: "'EXEMPT'" },
          { name: 'description', type: 'text' },
          { name: 'requirementsJson', type: 'text' },
          { name: 'active', type: 'boolean', default: 1 },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'UQ_product_code', columnNames: ['code'], isUnique: true })],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'client',
        columns: [
          idColumn(),
          { name: 'cif', type: 'varchar', length: '32' },
          { name: 'type', type: 'varchar', length: '10' },
          { name: 'name', type: 'varchar', length: '160' },
          { name: 'nik', type: 'varchar', length: '16', isNullable: true },
          { name: 'npwp', type: 'varchar', length: '16', isNullable: true },
          { name: 'birthDate', type: 'date', isNullable: true },
          { name: 'gender', type: 'varchar', length: '6', isNullable: true },
          { name: 'phone', type: 'varchar', length: '20', isNullable: true },
          { name: 'whatsapp', type: 'varchar', length: '20', isNullable: true },
          { name: 'email', type: 'varchar', length: '160', isNullable: true },
          { name: 'address', type: 'varchar', length: '500', isNullable: true },
          { name: 'officerId', type: 'integer', isNullable: true },
          { name: 'officeId', type: 'integer' },
          { name: 'segment', type: 'varchar', length: '24', isNullable: true },
          { name: 'status', type: 'varchar', length: '10', default: "'ACTIVE'" },
          { name: 'sourceLeadId', type: 'integer', isNullable: true },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'UQ_client_cif', columnNames: ['cif'], isUnique: true }),
          new TableIndex({ name: 'IDX_client_nik', columnNames: ['nik'] }),
          new TableIndex({ name: 'IDX_client_phone', columnNames: ['phone'] }),
          new TableIndex({ name: 'IDX_client_officer', columnNames: ['officerId'] }),
          new TableIndex({ name: 'IDX_client_office', columnNames: ['officeId'] }),
        ],
        foreignKeys: [fk('officerId', 'user'), fk('officeId', 'office')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'cif_sequence',
        columns: [
          { name: 'officeId', type: 'integer', isPrimary: true },
          { name: 'lastNumber', type: 'integer' },
        ],
      }),
    );

    await qr.query(
      `INSERT INTO ${qr.connection.driver.escape('cif_sequence')} SELECT ${qr.connection.driver.escape('id')}, 0 FROM ${qr.connection.driver.escape('office')}`,
    );

    await qr.addColumn('lead', new TableColumn({ name: 'clientId', type: 'integer', isNullable: true }));
    await qr.createForeignKey('lead', fk('clientId', 'client'));

    await qr.createTable(
      new Table({
        name: 'offer',
        columns: [
          idColumn(),
          { name: 'leadId', type: 'integer', isNullable: true },
          { name: 'clientId', type: 'integer', isNullable: true },
          { name: 'productId', type: 'integer' },
          { name: 'amount', type: 'bigint' },
          { name: 'tenorMonths', type: 'integer' },
          { name: 'annualRateMicro', type: 'integer' },
          { name: 'interestMethod', type: 'varchar', length: '10', isNullable: true },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'validUntil', type: 'date' },
          { name: 'presentedAt', type: 'datetime', isNullable: true },
          { name: 'decidedAt', type: 'datetime', isNullable: true },
          { name: 'declineReason', type: 'varchar', length: '500', isNullable: true },
          { name: 'createdById', type: 'integer' },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'IDX_offer_lead', columnNames: ['leadId'] }),
          new TableIndex({ name: 'IDX_offer_client', columnNames: ['clientId'] }),
          new TableIndex({ name: 'IDX_offer_status_valid', columnNames: ['status', 'validUntil'] }),
        ],
        foreignKeys: [fk('leadId', 'lead'), fk('clientId', 'client'), fk('productId', 'product'), fk('createdById', 'user')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'lead_document',
        columns: [
          idColumn(),
          { name: 'leadId', type: 'integer' },
          { name: 'code', type: 'varchar', length: '40' },
          { name: 'receivedById', type: 'integer' },
          createdAtColumn(qr, 'receivedAt'),
        ],
        indices: [new TableIndex({ name: 'UQ_lead_document', columnNames: ['leadId', 'code'], isUnique: true })],
        foreignKeys: [fk('leadId', 'lead', 'CASCADE'), fk('receivedById', 'user')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('lead_document');
    await qr.dropTable('offer');
    const lead = await qr.getTable('lead');
    const clientFk = lead?.foreignKeys.find((f) => f.columnNames.includes('clientId'));
    if (clientFk) await qr.dropForeignKey('lead', clientFk);
    await qr.dropColumn('lead', 'clientId');
    await qr.dropTable('cif_sequence');
    await qr.dropTable('client');
    await qr.dropTable('product');
  }
}
