import { Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createdAtColumn, idColumn } from './columns.js';

/** Lead assignments, the audit trail, login throttling, and forced password changes. */
export class AccessControl1763870000000 implements MigrationInterface {
  name = 'AccessControl1763870000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('user', new TableColumn({ name: 'mustChangePassword', type: 'boolean', default: 0 }));

    await qr.createTable(
      new Table({
        name: 'lead_assignment',
        columns: [
          idColumn(),
          { name: 'leadId', type: 'integer' },
          { name: 'fromOwnerId', type: 'integer', isNullable: true },
          { name: 'toOwnerId', type: 'integer', isNullable: true },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'assignedById', type: 'integer' },
          createdAtColumn(qr, 'assignedAt'),
        ],
        indices: [new TableIndex({ name: 'IDX_lead_assignment_lead', columnNames: ['leadId', 'assignedAt'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['leadId'],
            referencedTableName: 'lead',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            columnNames: ['fromOwnerId'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            columnNames: ['toOwnerId'],
            referencedTableName: 'user',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
          new TableForeignKey({
            columnNames: ['assignedById'],
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
        name: 'audit_entry',
        columns: [
          idColumn(),
          { name: 'entityType', type: 'varchar', length: '40' },
          { name: 'entityId', type: 'varchar', length: '40' },
          { name: 'action', type: 'varchar', length: '40' },
          { name: 'actorId', type: 'integer', isNullable: true },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
          createdAtColumn(qr, 'at'),
        ],
        indices: [new TableIndex({ name: 'IDX_audit_entry_entity', columnNames: ['entityType', 'entityId', 'at'] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['actorId'],
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
        name: 'login_failure',
        columns: [idColumn(), { name: 'key', type: 'varchar', length: '200' }, { name: 'failedAt', type: 'datetime' }],
        indices: [new TableIndex({ name: 'IDX_login_failure_key', columnNames: ['key', 'failedAt'] })],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('login_failure');
    await qr.dropTable('audit_entry');
    await qr.dropTable('lead_assignment');
    await qr.dropColumn('user', 'mustChangePassword');
  }
}
