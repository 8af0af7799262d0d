import { Table, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createdAtColumn, idColumn, orderKeyColumn, updatedAtColumn, versionColumn } from './columns.js';

/** Offices, users, leads and their stage history: the pipeline board. */
export class InitialSchema1763860000000 implements MigrationInterface {
  name = 'InitialSchema1763860000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'office',
        columns: [
          idColumn(),
          { name: 'code', type: 'varchar', length: '20' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'parentId', type: 'integer', isNullable: true },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'UQ_office_code', columnNames: ['code'], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['parentId'],
            referencedTableName: 'office',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'user',
        columns: [
          idColumn(),
          { name: 'email', type: 'varchar', length: '160' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'passwordHash', type: 'varchar', length: '255' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'officeId', type: 'integer' },
          { name: 'segment', type: 'varchar', length: '24', isNullable: true },
          { name: 'active', type: 'boolean', default: 1 },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'UQ_user_email', columnNames: ['email'], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['officeId'],
            referencedTableName: 'office',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'lead',
        columns: [
          idColumn(),
          { name: 'fullName', type: 'varchar', length: '120' },
          { name: 'companyName', type: 'varchar', length: '160', isNullable: true },
          { name: 'phone', type: 'varchar', length: '20', isNullable: true },
          { name: 'whatsapp', type: 'varchar', length: '20', isNullable: true },
          { name: 'email', type: 'varchar', length: '160', isNullable: true },
          { name: 'nik', type: 'varchar', length: '16', isNullable: true },
          { name: 'source', type: 'varchar', length: '16' },
          { name: 'referrerName', type: 'varchar', length: '120', isNullable: true },
          { name: 'segment', type: 'varchar', length: '24', isNullable: true },
          { name: 'estimatedAmount', type: 'bigint' },
          { name: 'currency', type: 'varchar', length: '3', default: "'IDR'" },
          { name: 'stage', type: 'varchar', length: '16' },
          orderKeyColumn(qr),
          { name: 'ownerId', type: 'integer', isNullable: true },
          { name: 'officeId', type: 'integer' },
          { name: 'expectedCloseDate', type: 'date', isNullable: true },
          { name: 'nextActionAt', type: 'datetime', isNullable: true },
          { name: 'lostReason', type: 'varchar', length: '500', isNullable: true },
          { name: 'notes', type: 'text', isNullable: true },
          { name: 'stageEnteredAt', type: 'datetime' },
          { name: 'archivedAt', type: 'datetime', isNullable: true },
          { name: 'createdById', type: 'integer' },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'IDX_lead_board', columnNames: ['stage', 'archivedAt', 'position', 'id'] }),
          new TableIndex({ name: 'IDX_lead_stage_totals', columnNames: ['archivedAt', 'stage', 'estimatedAmount'] }),
          new TableIndex({ name: 'IDX_lead_owner_board', columnNames: ['ownerId', 'stage', 'position'] }),
          new TableIndex({ name: 'IDX_lead_phone', columnNames: ['phone'] }),
          new TableIndex({ name: 'IDX_lead_nik', columnNames: ['nik'] }),
        ],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['ownerId'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            columnNames: ['officeId'],
            referencedTableName: 'office',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            columnNames: ['createdById'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'lead_stage_change',
        columns: [
          idColumn(),
          { name: 'leadId', type: 'integer' },
          { name: 'fromStage', type: 'varchar', length: '16', isNullable: true },
          { name: 'toStage', type: 'varchar', length: '16' },
          { name: 'changedById', type: 'integer' },
          createdAtColumn(qr, 'changedAt'),
        ],
        indices: [new TableIndex({ name: 'IDX_lead_stage_change_lead', columnNames: ['leadId', 'changedAt'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['leadId'],
            referencedTableName: 'lead',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            columnNames: ['changedById'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('lead_stage_change');
    await qr.dropTable('lead');
    await qr.dropTable('user');
    await qr.dropTable('office');
  }
}
