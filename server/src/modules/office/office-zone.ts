import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { officeZone } from '@prospek/shared';
import type { OfficeTimeZone } from '@prospek/shared';
import { Office } from './office.entity.js';

/** An office's time zone: its business dates ("today", due dates, day boundaries) are in it. */
export async function officeTimeZone(manager: EntityManager, officeId: number): Promise<OfficeTimeZone> {
  const office = await manager.findOne(Office, { where: { id: officeId }, select: { id: true, timeZone: true } });
  return officeZone(office?.timeZone);
}

/** The time zones of several offices in one statement. */
export async function officeTimeZones(manager: EntityManager, officeIds: readonly number[]): Promise<Map<number, OfficeTimeZone>> {
  const ids = [...new Set(officeIds)];
  if (ids.length === 0) return new Map();
  const offices = await manager.find(Office, { where: { id: In(ids) }, select: { id: true, timeZone: true } });
  return new Map(offices.map((o) => [o.id, officeZone(o.timeZone)]));
}
