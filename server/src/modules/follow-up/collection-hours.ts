/**
 * POJK 22/2023 art. 62 on the agenda: a collection contact (a follow-up whose purpose is COLLECTION) is
 * scheduled only Monday–Saturday 08:00–20:00 in the debtor's office's local time, not on a national
 * holiday. A follow-up of a client with a loan in arrears is a collection contact whatever the caller
 * says, so the rule cannot be stepped around by leaving the purpose out.
 */
import type { EntityManager } from 'typeorm';
import { businessDate, collectionSlotRefusal } from '@prospek/shared';
import type { ActivityPurpose, ActivityType } from '@prospek/shared';
import { InputError } from '../../errors.js';
import { officeTimeZone } from '../office/office-zone.js';
import { nationalHolidays } from '../work-calendar/work-calendar.js';

/** A note is written, not sent: it contacts nobody. */
const CONTACTS = new Set<ActivityType>(['CALL', 'WHATSAPP', 'SMS', 'VISIT', 'EMAIL', 'MEETING']);

/** The purpose a follow-up of a lead or client gets: COLLECTION when asked, or when the client is in arrears. */
export async function purposeOf(manager: EntityManager, clientId: number | null, requested: ActivityPurpose | null | undefined): Promise<ActivityPurpose> {
  if (requested === 'COLLECTION') {
    if (clientId === null) throw InputError.field('purpose', 'NOT_ALLOWED', 'Only a client (a debtor) has collection follow-ups');
    return 'COLLECTION';
  }
  if (clientId === null) return 'GENERAL';
  const q = (name: string) => manager.connection.driver.escape(name);
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM ${q('loan')} WHERE ${q('clientId')} = ? AND ${q('status')} IN ('ACTIVE', 'RESTRUCTURED') AND ${q('arrears')} > 0 LIMIT 1`,
    [clientId],
  );
  return rows.length > 0 ? 'COLLECTION' : 'GENERAL';
}

/** Refuses a collection contact at `dueAt` outside the allowed slots, naming the rule (`reason`) and the local time. */
export async function checkCollectionSlot(
  manager: EntityManager,
  values: { purpose: ActivityPurpose; type: ActivityType; dueAt: Date; officeId: number },
  field = 'dueAt',
): Promise<void> {
  if (values.purpose !== 'COLLECTION' || !CONTACTS.has(values.type)) return;
  const zone = await officeTimeZone(manager, values.officeId);
  const date = businessDate(values.dueAt, zone);
  const holidays = await nationalHolidays(manager, date, date);
  const refusal = collectionSlotRefusal(values.dueAt, zone, (day) => holidays.get(day) ?? null);
  if (refusal) {
    throw InputError.field(
      field,
      'NOT_ALLOWED',
      `Collection contacts are scheduled Monday to Saturday, ${refusal.params.from}–${refusal.params.to} local time, not on national holidays (POJK 22/2023 art. 62); ${refusal.params.date} ${refusal.params.time} ${refusal.params.zone} is not`,
      refusal.params,
      refusal.reason,
    );
  }
}
