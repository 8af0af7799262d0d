import { Table, TableColumn, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { idColumn } from './columns.js';

/**
 * Indonesia's national holidays (hari libur nasional) as the joint decree of three ministers (SKB 3
 * Menteri) sets them. The 2027 dates of lunar-calendar holidays follow the expected calendar until that
 * year's decree is published; the calendar is data, so a correction is a row changed.
 */
const NATIONAL_HOLIDAYS: ReadonlyArray<readonly [date: string, name: string]> = [
  ['2026-01-01', 'Tahun Baru 2026 Masehi'],
  ['2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'],
  ['2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'],
  ['2026-03-21', 'Idul Fitri 1447 Hijriah'],
  ['2026-03-22', 'Idul Fitri 1447 Hijriah'],
  ['2026-04-03', 'Wafat Yesus Kristus'],
  ['2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'],
  ['2026-05-01', 'Hari Buruh Internasional'],
  ['2026-05-14', 'Kenaikan Yesus Kristus'],
  ['2026-05-27', 'Idul Adha 1447 Hijriah'],
  ['2026-05-31', 'Hari Raya Waisak 2570 BE'],
  ['2026-06-01', 'Hari Lahir Pancasila'],
  ['2026-06-16', '1 Muharam Tahun Baru Islam 1448 Hijriah'],
  ['2026-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'],
  ['2026-08-25', 'Maulid Nabi Muhammad SAW'],
  ['2026-12-25', 'Kelahiran Yesus Kristus'],
  ['2027-01-01', 'Tahun Baru 2027 Masehi'],
  ['2027-01-05', 'Isra Mikraj Nabi Muhammad SAW'],
  ['2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'],
  ['2027-03-08', 'Hari Suci Nyepi (Tahun Baru Saka 1949)'],
  ['2027-03-10', 'Idul Fitri 1448 Hijriah'],
  ['2027-03-11', 'Idul Fitri 1448 Hijriah'],
  ['2027-03-26', 'Wafat Yesus Kristus'],
  ['2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'],
  ['2027-05-01', 'Hari Buruh Internasional'],
  ['2027-05-06', 'Kenaikan Yesus Kristus'],
  ['2027-05-17', 'Idul Adha 1448 Hijriah'],
  ['2027-05-20', 'Hari Raya Waisak 2571 BE'],
  ['2027-06-01', 'Hari Lahir Pancasila'],
  ['2027-06-06', '1 Muharam Tahun Baru Islam 1449 Hijriah'],
  ['2027-08-15', 'Maulid Nabi Muhammad SAW'],
  ['2027-08-17', 'Proklamasi Kemerdekaan Republik Indonesia'],
  ['2027-12-25', 'Kelahiran Yesus Kristus'],
];

/**
 * Collection work: a follow-up's purpose (collection contacts keep POJK 22/2023 art. 62 hours), and the
 * work calendar, seeded with Indonesia's national holidays of 2026 and 2027.
 */
export class CollectionWork1764030000000 implements MigrationInterface {
  name = 'CollectionWork1764030000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('activity', new TableColumn({ name: 'purpose', type: 'varchar', length: '12', default: "'GENERAL'" }));
    await qr.createTable(
      new Table({
        name: 'work_calendar_day',
        columns: [
          idColumn(),
          { name: 'region', type: 'varchar', length: '16' },
          { name: 'date', type: 'date' },
          { name: 'kind', type: 'varchar', length: '24' },
          { name: 'name', type: 'varchar', length: '120' },
        ],
        indices: [new TableIndex({ name: 'UQ_work_calendar_day', columnNames: ['region', 'date', 'kind'], isUnique: true })],
      }),
    );
    for (const [date, name] of NATIONAL_HOLIDAYS) {
      const q = (n: string) => qr.connection.driver.escape(n);
      await qr.query(`INSERT INTO ${q('work_calendar_day')} (${q('region')}, ${q('date')}, ${q('kind')}, ${q('name')}) VALUES (?, ?, ?, ?)`, [
        'ID',
        date,
        'NATIONAL_HOLIDAY',
        name,
      ]);
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('work_calendar_day');
    await qr.dropColumn('activity', 'purpose');
  }
}
