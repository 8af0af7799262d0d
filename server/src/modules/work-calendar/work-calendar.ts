import type { EntityManager } from 'typeorm';
import { Between, In } from 'typeorm';
import { NATIONAL_REGION, WorkCalendarDay } from './work-calendar-day.entity.js';

/** The national holidays between two dates (both included), by date. */
export async function nationalHolidays(manager: EntityManager, from: string, to: string): Promise<Map<string, string>> {
  const days = await manager.find(WorkCalendarDay, {
    where: { region: In([NATIONAL_REGION]), kind: 'NATIONAL_HOLIDAY', date: Between(from, to) },
    select: { date: true, name: true },
  });
  return new Map(days.map((d) => [d.date, d.name]));
}

/** The regions whose days an office keeps: the nation's and, if it has one, its own region's. */
export function calendarRegions(region: string): string[] {
  return region === NATIONAL_REGION ? [NATIONAL_REGION] : [NATIONAL_REGION, region];
}

/**
 * Every day that is not a working day besides weekends (holidays, cuti bersama, regional days) between
 * two dates, per region: one statement for any number of regions.
 */
export async function nonWorkingDays(manager: EntityManager, regions: string[], from: string, to: string): Promise<Map<string, Set<string>>> {
  const wanted = [...new Set(regions.flatMap(calendarRegions))];
  const days = await manager.find(WorkCalendarDay, { where: { region: In(wanted), date: Between(from, to) }, select: { date: true, region: true } });
  const byRegion = new Map<string, Set<string>>();
  for (const region of new Set(regions)) {
    const own = new Set(calendarRegions(region));
    byRegion.set(region, new Set(days.filter((d) => own.has(d.region)).map((d) => String(d.date).slice(0, 10))));
  }
  return byRegion;
}
