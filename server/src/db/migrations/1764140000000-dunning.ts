import { Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createdAtColumn, idColumn } from './columns.js';

/** The default reminder texts, in Bahasa Indonesia and in English; managers may edit them. */
export const DUNNING_TEMPLATES: Array<[string, string, string]> = [
  [
    'DUNNING',
    'Pengingat tagihan',
    'Yth. Bapak/Ibu {{nama}}, tagihan {{tagihan}} sebesar {{jumlah}} telah jatuh tempo pada {{tanggal}} ({{terlambat}} hari lalu). Mohon segera melakukan pembayaran; abaikan pesan ini bila sudah membayar. Terima kasih, {{ao}}.',
  ],
  [
    'DUNNING_EN',
    'Payment reminder',
    'Dear {{nama}}, invoice {{tagihan}} for {{jumlah}} fell due on {{tanggal}} ({{terlambat}} days ago). Please arrange payment; if you have already paid, kindly disregard this message. Thank you, {{ao}}.',
  ],
];

/**
 * Dunning: one row per invoice and reminder step (days after the due date), unique, so a reminder goes
 * out once however often and wherever the daily run repeats; a follow-up may carry a prefilled message
 * (the WhatsApp reminder on the officer's agenda); the default reminder templates.
 */
export class Dunning1764140000000 implements MigrationInterface {
  name = 'Dunning1764140000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'invoice_reminder',
        columns: [
          idColumn(),
          { name: 'invoiceId', type: 'integer' },
          { name: 'step', type: 'integer' },
          { name: 'channel', type: 'varchar', length: '10' },
          { name: 'day', type: 'date' },
          { name: 'recipient', type: 'varchar', length: '160', isNullable: true },
          { name: 'activityId', type: 'integer', isNullable: true },
          createdAtColumn(qr),
        ],
        indices: [new TableIndex({ name: 'UQ_invoice_reminder_step', columnNames: ['invoiceId', 'step'], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ['invoiceId'],
            referencedTableName: 'invoice',
            referencedColumnNames: ['id'],
            onDelete: 'RESTRICT',
            onUpdate: 'NO ACTION',
          }),
        ],
      }),
    );
    await qr.addColumn('activity', new TableColumn({ name: 'message', type: 'varchar', length: '1000', isNullable: true }));
    const q = (name: string) => qr.connection.driver.escape(name);
    for (const [code, name, body] of DUNNING_TEMPLATES) {
      const existing: unknown[] = await qr.query(`SELECT ${q('id')} FROM ${q('message_template')} WHERE ${q('code')} = ?`, [code]);
      if (existing.length > 0) continue;
      await qr.query(
        `INSERT INTO ${q('message_template')} (${q('code')}, ${q('name')}, ${q('body')}, ${q('active')}, ${q('version')}) VALUES (?, ?, ?, 1, 1)`,
        [code, name, body],
      );
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    const q = (name: string) => qr.connection.driver.escape(name);
    await qr.query(`DELETE FROM ${q('message_template')} WHERE ${q('code')} IN ('DUNNING', 'DUNNING_EN')`);
    if (qr.connection.options.type === 'mysql' || qr.connection.options.type === 'mariadb') await qr.dropColumn('activity', 'message');
    else await qr.query(`ALTER TABLE ${q('activity')} DROP COLUMN ${q('message')}`);
    await qr.dropTable('invoice_reminder');
  }
}
