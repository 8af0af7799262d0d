import { Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_STAGE_SLA_DAYS } from '@prospek/shared';
import { createdAtColumn, idColumn, updatedAtColumn, versionColumn } from './columns.js';

const fk = (column: string, table: string, onDelete: 'RESTRICT' | 'CASCADE' = 'RESTRICT') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });

/** Templates every office starts with; admins edit them. */
export const DEFAULT_TEMPLATES: Array<[string, string, string]> = [
  [
    'OFFER_FOLLOW_UP',
    'Tindak lanjut penawaran',
    'Selamat {{waktu}} Bapak/Ibu {{nama}}, saya {{ao}}. Menindaklanjuti penawaran {{produk}} sebesar {{jumlah}} kemarin, apakah ada yang ingin ditanyakan? Terima kasih.',
  ],
  [
    'DOCUMENT_REMINDER',
    'Pengingat dokumen',
    'Bapak/Ibu {{nama}}, untuk melanjutkan pengajuan {{produk}}, mohon disiapkan dokumen yang masih kurang. Saya bisa mengambilnya ke {{usaha}} bila berkenan. Salam, {{ao}}.',
  ],
  [
    'PAYMENT_REMINDER',
    'Pengingat angsuran',
    'Bapak/Ibu {{nama}}, kami mengingatkan angsuran sebesar {{jumlah}} jatuh tempo pada {{tanggal}}. Abaikan pesan ini bila sudah membayar. Terima kasih, {{ao}}.',
  ],
  [
    'GREETING',
    'Salam perkenalan',
    'Selamat {{waktu}} Bapak/Ibu {{nama}}, perkenalkan saya {{ao}}, account officer yang akan membantu kebutuhan pembiayaan {{usaha}}. Kapan saya bisa berkunjung?',
  ],
];

/** Follow-ups, message templates, notifications, the scheduler's run slots, and stage SLAs. */
export class FollowUps1763890000000 implements MigrationInterface {
  name = 'FollowUps1763890000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('lead', new TableColumn({ name: 'lastActivityAt', type: 'datetime', isNullable: true }));

    await qr.createTable(
      new Table({
        name: 'activity',
        columns: [
          idColumn(),
          { name: 'type', type: 'varchar', length: '10' },
          { name: 'leadId', type: 'integer', isNullable: true },
          { name: 'clientId', type: 'integer', isNullable: true },
          { name: 'ownerId', type: 'integer' },
          { name: 'dueAt', type: 'datetime', isNullable: true },
          { name: 'doneAt', type: 'datetime', isNullable: true },
          { name: 'outcome', type: 'varchar', length: '20', isNullable: true },
          { name: 'notes', type: 'text', isNullable: true },
          { name: 'promiseDate', type: 'date', isNullable: true },
          { name: 'promiseAmount', type: 'bigint', isNullable: true },
          { name: 'latitude', type: 'double', isNullable: true },
          { name: 'longitude', type: 'double', isNullable: true },
          { name: 'reminderSentAt', type: 'datetime', isNullable: true },
          { name: 'createdById', type: 'integer' },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'IDX_activity_owner_due', columnNames: ['ownerId', 'doneAt', 'dueAt'] }),
          new TableIndex({ name: 'IDX_activity_lead', columnNames: ['leadId', 'doneAt', 'dueAt'] }),
          new TableIndex({ name: 'IDX_activity_client', columnNames: ['clientId'] }),
          new TableIndex({ name: 'IDX_activity_reminder', columnNames: ['doneAt', 'reminderSentAt', 'dueAt'] }),
        ],
        foreignKeys: [fk('leadId', 'lead', 'CASCADE'), fk('clientId', 'client', 'CASCADE'), fk('ownerId', 'user'), fk('createdById', 'user')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'message_template',
        columns: [
          idColumn(),
          { name: 'code', type: 'varchar', length: '40' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'body', type: 'varchar', length: '1000' },
          { name: 'active', type: 'boolean', default: 1 },
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'UQ_message_template_code', columnNames: ['code'], isUnique: true })],
      }),
    );
    const q = (name: string) => qr.connection.driver.escape(name);
    for (const [code, name, body] of DEFAULT_TEMPLATES) {
      await qr.query(
        `INSERT INTO ${q('message_template')} (${q('code')}, ${q('name')}, ${q('body')}, ${q('active')}, ${q('version')}) VALUES (?, ?, ?, 1, 1)`,
        [code, name, body],
      );
    }

    await qr.createTable(
      new Table({
        name: 'notification',
        columns: [
          idColumn(),
          { name: 'userId', type: 'integer' },
          { name: 'type', type: 'varchar', length: '20' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'body', type: 'varchar', length: '500', isNullable: true },
          { name: 'link', type: 'varchar', length: '200', isNullable: true },
          { name: 'dedupeKey', type: 'varchar', length: '120' },
          { name: 'readAt', type: 'datetime', isNullable: true },
          createdAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'IDX_notification_user', columnNames: ['userId', 'readAt', 'createdAt'] }),
          new TableIndex({ name: 'UQ_notification_dedupe', columnNames: ['dedupeKey'], isUnique: true }),
        ],
        foreignKeys: [fk('userId', 'user', 'CASCADE')],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'job_run',
        columns: [
          idColumn(),
          { name: 'job', type: 'varchar', length: '40' },
          { name: 'slot', type: 'varchar', length: '40' },
          { name: 'instance', type: 'varchar', length: '80' },
          createdAtColumn(qr, 'startedAt'),
        ],
        indices: [new TableIndex({ name: 'UQ_job_run_slot', columnNames: ['job', 'slot'], isUnique: true })],
      }),
    );

    await qr.createTable(
      new Table({
        name: 'stage_sla',
        columns: [
          { name: 'stage', type: 'varchar', length: '16', isPrimary: true },
          { name: 'maxIdleDays', type: 'integer' },
        ],
      }),
    );
    for (const [stage, days] of Object.entries(DEFAULT_STAGE_SLA_DAYS)) {
      await qr.query(`INSERT INTO ${q('stage_sla')} (${q('stage')}, ${q('maxIdleDays')}) VALUES (?, ?)`, [stage, days]);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('stage_sla');
    await qr.dropTable('job_run');
    await qr.dropTable('notification');
    await qr.dropTable('message_template');
    await qr.dropTable('activity');
    await qr.dropColumn('lead', 'lastActivityAt');
  }
}
