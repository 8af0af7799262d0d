/**
 * Reads complaints' SLA: their events, their offices' zones and calendars, in three statements for any
 * number of complaints, then the shared `complaintSla` for each. Nothing of it is stored.
 */
import type { EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { addDays, complaintSla, officeZone, startOfBusinessDate } from '@prospek/shared';
import type { ComplaintSla, ComplaintSlaSettings, ComplaintStatusChange } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import { Office } from '../office/office.entity.js';
import { nonWorkingDays } from '../work-calendar/work-calendar.js';
import { ComplaintEvent } from './complaint.entity.js';

/** The fields of a complaint its clock reads. */
export interface ClockedComplaint {
  id: number;
  officeId: number;
  receivedAt: string;
  completeOn: string;
  extendedOn: string | null;
  /** The complaint's own rule (its category's) where it has one; the settings fill the rest. */
  sla?: { workingDays: number | null; extensionDays: number | null; warningDays: number | null };
}

/** A year and a half of calendar ahead of the oldest complaint covers any deadline with its extension. */
const CALENDAR_SPAN_DAYS = 550;

export class ComplaintClock {
  constructor(
    private readonly settings: ComplaintSlaSettings,
    private readonly clock: () => Date,
  ) {}

  get sla(): ComplaintSlaSettings {
    return this.settings;
  }

  async of(manager: EntityManager, complaints: ClockedComplaint[], asOf: Date = this.clock()): Promise<Map<number, ComplaintSla>> {
    return (await this.at(manager, complaints, [asOf]))[0];
  }

  /** The SLA of each complaint as it stood at each instant (one map per instant), from one read. */
  async at(manager: EntityManager, complaints: ClockedComplaint[], instants: Date[]): Promise<Array<Map<number, ComplaintSla>>> {
    const results = instants.map(() => new Map<number, ComplaintSla>());
    if (complaints.length === 0 || instants.length === 0) return results;
    const asOf = instants.reduce((a, b) => (a > b ? a : b));
    const ids = complaints.map((c) => c.id);
    const officeIds = [...new Set(complaints.map((c) => c.officeId))];
    const [events, offices] = await Promise.all([
      manager.find(ComplaintEvent, { where: { complaintId: In(ids) }, order: { id: 'ASC' }, select: { complaintId: true, status: true, at: true, id: true } }),
      manager.find(Office, { where: { id: In(officeIds) }, select: { id: true, timeZone: true, calendarRegion: true } }),
    ]);
    const officeById = new Map(offices.map((o) => [o.id, o]));
    const from = complaints.map((c) => toBusinessDate(c.completeOn) as string).reduce((a, b) => (a < b ? a : b));
    const calendars = await nonWorkingDays(
      manager,
      offices.map((o) => o.calendarRegion),
      from,
      addDays(from, CALENDAR_SPAN_DAYS + Math.ceil((asOf.getTime() - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)),
    );
    const history = new Map<number, ComplaintStatusChange[]>(ids.map((id) => [id, []]));
    for (const e of events) history.get(e.complaintId)?.push({ at: new Date(e.at), status: e.status });
    for (const c of complaints) {
      const office = officeById.get(c.officeId);
      const zone = officeZone(office?.timeZone);
      const changes = history.get(c.id) ?? [];
      // The complaint was open from the day it was received, even if it was logged later.
      const received = startOfBusinessDate(toBusinessDate(c.receivedAt) as string, zone);
      if (changes.length > 0 && changes[0].at > received) changes[0] = { ...changes[0], at: received };
      instants.forEach((instant, i) =>
        results[i].set(
          c.id,
          complaintSla({
            history: changes,
            completeOn: toBusinessDate(c.completeOn) as string,
            extended: c.extendedOn !== null,
            nonWorking: calendars.get(office?.calendarRegion ?? 'ID') ?? new Set(),
            timeZone: zone,
            settings: {
              workingDays: c.sla?.workingDays ?? this.settings.workingDays,
              extensionDays: c.sla?.extensionDays ?? this.settings.extensionDays,
              warningDays: c.sla?.warningDays ?? this.settings.warningDays,
            },
            asOf: instant,
          }),
        ),
      );
    }
    return results;
  }
}
