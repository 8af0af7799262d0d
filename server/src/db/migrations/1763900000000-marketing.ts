import { Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createdAtColumn, idColumn, orderKeyColumn, updatedAtColumn, versionColumn } from './columns.js';

const fk = (column: string, table: string, onDelete: 'RESTRICT' | 'CASCADE' | 'SET NULL' = 'RESTRICT') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });

/** Campaigns and their public forms, lead imports, and the marketing task board with WIP limits. */
export class Marketing1763900000000 implements MigrationInterface {
  name = 'Marketing1763900000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'campaign',
        columns: [
          idColumn(),
          { name: 'slug', type: 'varchar', length: '60' },
          { name: 'name', type: 'varchar', length: '160' },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'productId', type: 'integer', isNullable: true },
          { name: 'officeId', type: 'integer' },
          { name: 'startDate', type: 'date' },
          { name: 'endDate', type: 'date' },
          { name: 'budget', type: 'bigint', default: 0 },
          { name: 'spend', type: 'bigint', default: 0 },
          { name: 'leadGoal', type: 'integer', default: 0 },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'description', type: 'varchar', length: '1000', isNullable: true },
          { name: 'formEnabled', type: 'boolean', default: 1 },
          { name: 'createdById', type: 'integer' },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'UQ_campaign_slug', columnNames: ['slug'], isUnique: true }),
          new TableIndex({ name: 'IDX_campaign_office', columnNames: ['officeId', 'status'] }),
        ],
        foreignKeys: [fk('productId', 'product'), fk('officeId', 'office'), fk('createdById', 'user')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'form_submission',
        columns: [
          idColumn(),
          { name: 'ip', type: 'varchar', length: '64' },
          { name: 'campaignId', type: 'integer' },
          { name: 'submittedAt', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_form_submission_ip', columnNames: ['ip', 'submittedAt'] })],
      }),
    );

    await qr.addColumns('lead', [
      new TableColumn({ name: 'campaignId', type: 'integer', isNullable: true }),
      new TableColumn({ name: 'productId', type: 'integer', isNullable: true }),
    ]);
    await qr.createForeignKeys('lead', [fk('campaignId', 'campaign'), fk('productId', 'product')]);
    await qr.createIndex('lead', new TableIndex({ name: 'IDX_lead_campaign', columnNames: ['campaignId', 'stage'] }));

    await qr.createTable(
      new Table({
        name: 'marketing_task',
        columns: [
          idColumn(),
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'description', type: 'text', isNullable: true },
          { name: 'status', type: 'varchar', length: '12' },
          orderKeyColumn(qr),
          { name: 'campaignId', type: 'integer', isNullable: true },
          { name: 'leadId', type: 'integer', isNullable: true },
          { name: 'requesterId', type: 'integer' },
          { name: 'assigneeId', type: 'integer', isNullable: true },
          { name: 'officeId', type: 'integer' },
          { name: 'dueDate', type: 'date', isNullable: true },
          { name: 'checklistJson', type: 'text' },
          { name: 'archivedAt', type: 'datetime', isNullable: true },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'IDX_task_board', columnNames: ['status', 'archivedAt', 'position', 'id'] }),
          new TableIndex({ name: 'IDX_task_office', columnNames: ['officeId', 'status'] }),
        ],
        foreignKeys: [
          fk('campaignId', 'campaign'),
          fk('leadId', 'lead', 'SET NULL'),
          fk('requesterId', 'user'),
          fk('assigneeId', 'user'),
          fk('officeId', 'office'),
        ],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'task_comment',
        columns: [
          idColumn(),
          { name: 'taskId', type: 'integer' },
          { name: 'authorId', type: 'integer' },
          { name: 'body', type: 'varchar', length: '2000' },
          createdAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'IDX_task_comment_task', columnNames: ['taskId', 'createdAt'] })],
        foreignKeys: [fk('taskId', 'marketing_task', 'CASCADE'), fk('authorId', 'user')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'board_column_setting',
        columns: [
          { name: 'board', type: 'varchar', length: '16', isPrimary: true },
          { name: 'columnKey', type: 'varchar', length: '16', isPrimary: true },
          { name: 'wipLimit', type: 'integer', isNullable: true },
          { name: 'hardLimit', type: 'boolean', default: 0 },
        ],
      }),
    );
    const q = (name: string) => qr.connection.driver.escape(name);
    for (const [column, limit, hard] of [
      ['TODO', null, 0],
      ['IN_PROGRESS', 5, 1],
      ['REVIEW', 3, 0],
      ['DONE', null, 0],
    ] as const) {
      await qr.query(
        `INSERT INTO ${q('board_column_setting')} (${q('board')}, ${q('columnKey')}, ${q('wipLimit')}, ${q('hardLimit')}) VALUES ('tasks', ?, ?, ?)`,
        [column, limit, hard],
      );
    }

    await qr.createTable(
      new Table({
        name: 'lead_import',
        columns: [
          idColumn(),
          { name: 'fileName', type: 'varchar', length: '200' },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'headersJson', type: 'text' },
          { name: 'mappingJson', type: 'text', isNullable: true },
          { name: 'campaignId', type: 'integer', isNullable: true },
          { name: 'officeId', type: 'integer' },
          { name: 'totalRows', type: 'integer' },
          { name: 'importedRows', type: 'integer', default: 0 },
          { name: 'rejectedRows', type: 'integer', default: 0 },
          { name: 'error', type: 'varchar', length: '500', isNullable: true },
          { name: 'createdById', type: 'integer' },
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        foreignKeys: [fk('campaignId', 'campaign'), fk('officeId', 'office'), fk('createdById', 'user')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'lead_import_row',
        columns: [
          idColumn(),
          { name: 'importId', type: 'integer' },
          { name: 'rowNumber', type: 'integer' },
          { name: 'cellsJson', type: 'text' },
          { name: 'outcome', type: 'varchar', length: '12', isNullable: true },
          { name: 'reason', type: 'varchar', length: '500', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'IDX_lead_import_row', columnNames: ['importId', 'rowNumber'] })],
        foreignKeys: [fk('importId', 'lead_import', 'CASCADE')],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('lead_import_row');
    await qr.dropTable('lead_import');
    await qr.dropTable('board_column_setting');
    await qr.dropTable('task_comment');
    await qr.dropTable('marketing_task');
    const lead = await qr.getTable('lead');
    for (const key of lead?.foreignKeys.filter((f) => f.columnNames.includes('campaignId') || f.columnNames.includes('productId')) ?? []) {
      await qr.dropForeignKey('lead', key);
    }
    await qr.dropIndex('lead', 'IDX_lead_campaign');
    await qr.dropColumns('lead', ['campaignId', 'productId']);
    await qr.dropTable('form_submission');
    await qr.dropTable('campaign');
  }
}
