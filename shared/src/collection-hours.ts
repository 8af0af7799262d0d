/**
 * Collection work: when a debtor may be contacted (POJK 22/2023 art. 62 — Monday to Saturday, 08:00 to
 * 20:00 local time, not on national holidays) and which follow-ups that rule covers.
 */
import { TIME_ZONE_LABELS, officeZone, wallClock } from './dates.js';
import type { RefusalReason } from './errors.js';

export const ACTIVITY_PURPOSES = ['GENERAL', 'COLLECTION'] as const;
export type ActivityPurpose = (typeof ACTIVITY_PURPOSES)[number];

/** The local hours in which a collection contact may be scheduled, both ends included. */
export const COLLECTION_HOURS = { from: '08:00', to: '20:00' } as const;

export interface CollectionSlotRefusal {
  reason: Extract<RefusalReason, 'COLLECTION_SUNDAY' | 'COLLECTION_HOURS' | 'COLLECTION_HOLIDAY'>;
  params: Record<string, string>;
}

/**
 * Why a collection contact may not take place at `instant` in `zone`, or null when it may.
 * `holidayName` answers the name of a national holiday on a local date, or null.
 */
export function collectionSlotRefusal(instant: Date, zone: string, holidayName: (date: string) => string | null): CollectionSlotRefusal | null {
  const local = wallClock(instant, zone);
  const date = local.slice(0, 10);
  const time = local.slice(11, 16);
  const params = { date, time, zone: TIME_ZONE_LABELS[officeZone(zone)], from: COLLECTION_HOURS.from, to: COLLECTION_HOURS.to };
  if (new Date(`${date}T00:00:00Z`).getUTCDay() === 0) return { reason: 'COLLECTION_SUNDAY', params };
  const holiday = holidayName(date);
  if (holiday !== null) return { reason: 'COLLECTION_HOLIDAY', params: { ...params, holiday } };
  // Seconds count: 20:00:30 is past 20:00.
  const afterClose = time > COLLECTION_HOURS.to || (time === COLLECTION_HOURS.to && instant.getTime() % 60_000 !== 0);
  if (time < COLLECTION_HOURS.from || afterClose) return { reason: 'COLLECTION_HOURS', params };
  return null;
}
