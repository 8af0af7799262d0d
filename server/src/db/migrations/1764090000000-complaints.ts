import { Table, TableColumn, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner, TableColumnOptions } from 'typeorm';
import { COMPLAINT_STATUSES } from '@prospek/shared';
import { createdAtColumn, idColumn, orderKeyColumn, updatedAtColumn, versionColumn } from './columns.js';

const fk = (column: string, table: string, onDelete = 'RESTRICT') =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete, onUpdate: 'NO ACTION' });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });

/**
 * Collective leave (cuti bersama) of 2026 as the joint decree of three ministers sets it. 2027's is
 * decreed late in 2026; the calendar is data, edited on the work calendar page when it is.
 */
const CUTI_BERSAMA: ReadonlyArray<readonly [date: string, name: string]> = [
  ['2026-02-16', 'Cuti Bersama Tahun Baru Imlek'],
  ['2026-03-18', 'Cuti Bersama Hari Suci Nyepi'],
  ['2026-03-20', 'Cuti Bersama Idul Fitri 1447 Hijriah'],
  ['2026-03-23', 'Cuti Bersama Idul Fitri 1447 Hijriah'],
  ['2026-03-24', 'Cuti Bersama Idul Fitri 1447 Hijriah'],
  ['2026-05-15', 'Cuti Bersama Kenaikan Yesus Kristus'],
  ['2026-05-28', 'Cuti Bersama Idul Adha 1447 Hijriah'],
  ['2026-12-24', 'Cuti Bersama Kelahiran Yesus Kristus'],
];

const CATEGORIES = ['Tagihan dan angsuran', 'Denda dan biaya', 'Pelayanan petugas', 'Penagihan', 'Data dan SLIK', 'Produk dan informasi'];
const POLICIES: ReadonlyArray<readonly [name: string, description: string]> = [
  ['Penghapusan denda', 'Denda keterlambatan dihapus sebagian atau seluruhnya'],
  ['Tawaran restrukturisasi', 'Jadwal angsuran disusun ulang sesuai kemampuan bayar'],
  ['Pengembalian dana', 'Dana yang terlanjur dibayar dikembalikan ke rekening nasabah'],
  ['Penjelasan', 'Pengaduan dijawab dengan penjelasan ketentuan yang berlaku'],
];

/**
 * Complaints with a working-day SLA: the complaint, its history, the managed categories and resolution
 * policies, offices' calendar regions, cuti bersama in the work calendar, and the board's column locks.
 */
export class Complaints1764090000000 implements MigrationInterface {
  name = 'Complaints1764090000000';

  async up(qr: QueryRunner): Promise<void> {
    const q = (n: string) => qr.connection.driver.escape(n);
    await qr.addColumn('office', new TableColumn({ name: 'calendarRegion', type: 'varchar', length: '16', default: "'ID'" }));
    for (const [day, name] of CUTI_BERSAMA)
      await qr.query(`INSERT INTO ${q('work_calendar_day')} (${q('region')}, ${q('date')}, ${q('kind')}, ${q('name')}) VALUES (?, ?, ?, ?)`, [
        'ID',
        day,
        'CUTI_BERSAMA',
        name,
      ]);
    const catalog = (name: string, withDescription: boolean) =>
      new Table({
        name,
        columns: [
          idColumn(),
          text('name', 80),
          ...(withDescription ? [text('description', 500, true)] : []),
          { name: 'active', type: 'boolean', default: 1 },
          versionColumn(),
        ],
        indices: [new TableIndex({ name: `UQ_${name}_name`, columnNames: ['name'], isUnique: true })],
      });
    await qr.createTable(catalog('complaint_category', false));
    await qr.createTable(catalog('resolution_policy', true));
    await qr.createTable(
      new Table({
        name: 'complaint',
        columns: [
          idColumn(),
          int('clientId', true),
          int('leadId', true),
          int('loanId', true),
          int('invoiceId', true),
          int('productId', true),
          text('channel', 12),
          int('categoryId'),
          text('priority', 8),
          text('description', 2000),
          date('receivedAt'),
          date('completeOn'),
          text('status', 16),
          orderKeyColumn(qr),
          int('ownerId', true),
          int('officeId'),
          date('extendedOn', true),
          text('extensionReason', 500, true),
          text('resolution', 2000, true),
          int('policyId', true),
          text('outcome', 16, true),
          text('answerChannel', 12, true),
          date('answeredOn', true),
          { name: 'archivedAt', type: 'datetime', isNullable: true },
          int('createdById'),
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          new TableIndex({ name: 'UQ_complaint_position', columnNames: ['status', 'position'], isUnique: true }),
          new TableIndex({ name: 'IDX_complaint_owner', columnNames: ['ownerId'] }),
          new TableIndex({ name: 'IDX_complaint_office', columnNames: ['officeId'] }),
          new TableIndex({ name: 'IDX_complaint_client', columnNames: ['clientId'] }),
          new TableIndex({ name: 'IDX_complaint_received', columnNames: ['receivedAt'] }),
        ],
        foreignKeys: [
          fk('clientId', 'client'),
          fk('leadId', 'lead'),
          fk('loanId', 'loan'),
          fk('productId', 'product'),
          fk('categoryId', 'complaint_category'),
          fk('ownerId', 'user'),
          fk('officeId', 'office'),
          fk('policyId', 'resolution_policy'),
          fk('createdById', 'user'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'complaint_event',
        columns: [
          idColumn(),
          int('complaintId'),
          text('kind', 12),
          text('status', 16),
          text('note', 500, true),
          int('actorId', true),
          { name: 'at', type: 'datetime' },
        ],
        indices: [new TableIndex({ name: 'IDX_complaint_event_complaint', columnNames: ['complaintId', 'id'] })],
        foreignKeys: [fk('complaintId', 'complaint', 'CASCADE'), fk('actorId', 'user', 'SET NULL')],
      }),
    );
    for (const name of CATEGORIES)
      await qr.query(`INSERT INTO ${q('complaint_category')} (${q('name')}, ${q('active')}, ${q('version')}) VALUES (?, ?, ?)`, [name, 1, 1]);
    for (const [name, description] of POLICIES)
      await qr.query(`INSERT INTO ${q('resolution_policy')} (${q('name')}, ${q('description')}, ${q('active')}, ${q('version')}) VALUES (?, ?, ?, ?)`, [
        name,
        description,
        1,
        1,
      ]);
    for (const key of COMPLAINT_STATUSES) await qr.query('INSERT INTO board_column_lock (board, columnKey) VALUES (?, ?)', ['complaints', key]);
  }

  async down(qr: QueryRunner): Promise<void> {
    const q = (n: string) => qr.connection.driver.escape(n);
    await qr.query('DELETE FROM board_column_lock WHERE board = ?', ['complaints']);
    await qr.dropTable('complaint_event');
    await qr.dropTable('complaint');
    await qr.dropTable('resolution_policy');
    await qr.dropTable('complaint_category');
    await qr.query(`DELETE FROM ${q('work_calendar_day')} WHERE ${q('kind')} = ?`, ['CUTI_BERSAMA']);
    await qr.query(`ALTER TABLE ${q('office')} DROP COLUMN ${q('calendarRegion')}`);
  }
}
