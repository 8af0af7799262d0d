/**
 * A report's period: business dates `from`..`to` (both included), checked, and turned into UTC bounds per
 * office time zone, so that an event at 23:30 WITA counts on the WITA office's own day. Indonesia has no
 * daylight saving, so each zone is a fixed offset and a day is [local midnight, next local midnight).
 */
import { addDays, addMonths, daysBetween, isBusinessDate, OFFICE_TIME_ZONES, startOfBusinessDate } from '@prospek/shared';
import type { OfficeTimeZone } from '@prospek/shared';
import { InputError } from '../../errors.js';

/** The longest period a report covers; a series by day covers at most a quarter. */
export const MAX_PERIOD_DAYS = 366;
export const MAX_DAILY_PERIOD_DAYS = 92;

export type Grouping = 'DAY' | 'WEEK' | 'MONTH';

export interface Period {
  from: string;
  to: string;
}

export function checkPeriod(from: string, to: string, grouping: Grouping | null = null): Period {
  if (!isBusinessDate(from)) throw InputError.field('from', 'DATE_INVALID', 'from must be a date YYYY-MM-DD');
  if (!isBusinessDate(to)) throw InputError.field('to', 'DATE_INVALID', 'to must be a date YYYY-MM-DD');
  if (to < from) throw InputError.field('to', 'INVALID', 'to must not be before from', { min: from }, 'OUT_OF_RANGE');
  const max = grouping === 'DAY' ? MAX_DAILY_PERIOD_DAYS : MAX_PERIOD_DAYS;
  if (daysBetween(from, to) + 1 > max) throw InputError.field('to', 'INVALID', `a period of at most ${max} days`, { max, unit: 'days' }, 'OUT_OF_RANGE');
  return { from, to };
}

/** `YYYY-MM`, a month of a monthly report. */
export function checkMonth(month: string): Period {
  const from = `${month}-01`;
  if (!/^\d{4}-\d{2}$/.test(month) || !isBusinessDate(from)) throw InputError.field('month', 'DATE_INVALID', 'month must be YYYY-MM');
  return { from, to: addDays(addMonths(from, 1), -1) };
}

/** The UTC instants [start, end) a period covers in a zone. */
export function instantBounds(period: Period, zone: OfficeTimeZone): { start: Date; end: Date } {
  return { start: startOfBusinessDate(period.from, zone), end: startOfBusinessDate(addDays(period.to, 1), zone) };
}

/** Hours east of UTC of each zone (fixed: no daylight saving in Indonesia). */
export const ZONE_OFFSET_HOURS: Record<OfficeTimeZone, number> = Object.fromEntries(
  OFFICE_TIME_ZONES.map((zone) => [zone, Math.round((Date.UTC(2000, 0, 1) - startOfBusinessDate('2000-01-01', zone).getTime()) / 3_600_000)]),
) as Record<OfficeTimeZone, number>;

/** The bucket a business date falls in: the day itself, the Monday of its ISO week, or the first of its month. */
export function bucketOf(date: string, grouping: Grouping): string {
  if (grouping === 'DAY') return date;
  if (grouping === 'MONTH') return `${date.slice(0, 7)}-01`;
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** The buckets of a period in order: each one's key (as bucketOf gives it) and its first and last days clipped to the period. */
export function periodBuckets(period: Period, grouping: Grouping): Array<{ period: string; first: string; last: string }> {
  const buckets: Array<{ period: string; first: string; last: string }> = [];
  let first = period.from;
  while (first <= period.to) {
    const key = bucketOf(first, grouping);
    const next = grouping === 'DAY' ? addDays(key, 1) : grouping === 'WEEK' ? addDays(key, 7) : addMonths(key, 1);
    const last = addDays(next, -1) < period.to ? addDays(next, -1) : period.to;
    buckets.push({ period: key, first, last });
    first = next;
  }
  return buckets;
}
