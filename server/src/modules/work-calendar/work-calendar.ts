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
