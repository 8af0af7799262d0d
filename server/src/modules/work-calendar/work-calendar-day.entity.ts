import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Nationwide days; a region code (a province, `ID-BA`) will hold a region's own days. */
export const NATIONAL_REGION = 'ID';
export const WORK_CALENDAR_DAY_KINDS = ['NATIONAL_HOLIDAY', 'CUTI_BERSAMA', 'REGIONAL_HOLIDAY'] as const;
export type WorkCalendarDayKind = (typeof WORK_CALENDAR_DAY_KINDS)[number];

/**
 * A day that is not an ordinary working day, per region: national holidays and collective leave (cuti
 * bersama) under the national region, an office region's own days under its code (`Office.calendarRegion`).
 */
@Entity('work_calendar_day')
@Index('UQ_work_calendar_day', ['region', 'date', 'kind'], { unique: true })
export class WorkCalendarDay {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  region: string;

  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 24 })
  kind: WorkCalendarDayKind;

  @Column({ type: 'varchar', length: 120 })
  name: string;
}
