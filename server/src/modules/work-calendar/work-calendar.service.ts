import type { DataSource } from 'typeorm';
import { Between, In } from 'typeorm';
import { isBusinessDate, isWeekend } from '@prospek/shared';
import type { Tx, TransactionRunner } from '../../db/transaction.js';
import { ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import { Office } from '../office/office.entity.js';
import type { User } from '../user/user.entity.js';
import { parseId } from '../write-context.js';
import type { WriteContext } from '../write-context.js';
import { calendarRegions } from './work-calendar.js';
import { NATIONAL_REGION, WORK_CALENDAR_DAY_KINDS, WorkCalendarDay } from './work-calendar-day.entity.js';
import type { WorkCalendarDayKind } from './work-calendar-day.entity.js';
import type { RemoveHolidayInput, SetHolidayInput, WorkCalendar } from './work-calendar.types.js';

/** Told, inside the writing transaction, that a region's calendar changed (the complaints board reads again). */
export type CalendarListener = (tx: Tx, region: string, ctx: WriteContext) => Promise<void>;

/**
 * The work calendar: days off per region, read by anyone signed in. Admins edit any region; managers
 * the own region of an office they reach (the national calendar is the admins').
 */
export class WorkCalendarService {
  readonly listeners: CalendarListener[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
  ) {}

  async calendar(viewer: User, year: number, rawOfficeId: string | null): Promise<WorkCalendar> {
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw InputError.field('year', 'INVALID', 'year must be between 2000 and 2100');
    const office = await this.office(viewer, rawOfficeId);
    const region = office?.calendarRegion ?? NATIONAL_REGION;
    const days = await this.dataSource.manager.find(WorkCalendarDay, {
      where: { region: In(calendarRegions(region)), date: Between(`${year}-01-01`, `${year}-12-31`) },
      order: { date: 'ASC', id: 'ASC' },
    });
    const holidays = days.map((d) => ({ date: String(d.date).slice(0, 10), name: d.name, kind: d.kind, region: d.region }));
    const off = new Set(holidays.map((h) => h.date));
    let workingDays = 0;
    for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      if (!isWeekend(date) && !off.has(date)) workingDays += 1;
    }
    return { year, officeId: office ? String(office.id) : null, region, holidays, workingDays, editable: this.mayEdit(viewer, region, office) };
  }

  async setHoliday(ctx: WriteContext, input: SetHolidayInput): Promise<WorkCalendar> {
    const name = input.name.trim();
    const errors = [];
    if (!isBusinessDate(input.date)) errors.push({ field: 'date', code: 'DATE_INVALID' as const, message: 'date must be YYYY-MM-DD' });
    if (!name) errors.push({ field: 'name', code: 'REQUIRED' as const, message: 'name is required' });
    if (name.length > 120) errors.push({ field: 'name', code: 'TOO_LONG' as const, message: 'name must be at most 120 characters', params: { max: 120 } });
    if (input.kind && !(WORK_CALENDAR_DAY_KINDS as readonly string[]).includes(input.kind))
      errors.push({ field: 'kind', code: 'INVALID' as const, message: `kind must be one of ${WORK_CALENDAR_DAY_KINDS.join(', ')}` });
    if (errors.length) throw new InputError(errors);
    const office = await this.office(ctx.actor, input.officeId ?? null);
    const region = office?.calendarRegion ?? NATIONAL_REGION;
    if (!this.mayEdit(ctx.actor, region, office)) throw new ForbiddenError('Admins edit the national calendar; managers their office region’s');
    const kind = (input.kind as WorkCalendarDayKind | null) ?? (region === NATIONAL_REGION ? 'NATIONAL_HOLIDAY' : 'REGIONAL_HOLIDAY');
    await this.transactions.run(async (tx) => {
      const existing = await tx.manager.findOneBy(WorkCalendarDay, { region, date: input.date });
      if (existing) await tx.manager.update(WorkCalendarDay, { id: existing.id }, { name, kind });
      else await tx.manager.insert(WorkCalendarDay, { region, date: input.date, kind, name });
      await tx.audit({
        entityType: 'WorkCalendar',
        entityId: region,
        action: 'setHoliday',
        actorId: ctx.actor.id,
        before: existing ? { date: input.date, name: existing.name, kind: existing.kind } : null,
        after: { date: input.date, name, kind },
      });
      for (const listener of this.listeners) await listener(tx, region, ctx);
    });
    return this.calendar(ctx.actor, Number(input.date.slice(0, 4)), input.officeId ?? null);
  }

  async removeHoliday(ctx: WriteContext, input: RemoveHolidayInput): Promise<WorkCalendar> {
    if (!isBusinessDate(input.date)) throw InputError.field('date', 'DATE_INVALID', 'date must be YYYY-MM-DD');
    const office = await this.office(ctx.actor, input.officeId ?? null);
    const region = office?.calendarRegion ?? NATIONAL_REGION;
    if (!this.mayEdit(ctx.actor, region, office)) throw new ForbiddenError('Admins edit the national calendar; managers their office region’s');
    await this.transactions.run(async (tx) => {
      const days = await tx.manager.findBy(WorkCalendarDay, { region, date: input.date });
      if (days.length === 0) throw new NotFoundError('WorkCalendarDay', input.date);
      await tx.manager.delete(WorkCalendarDay, { id: In(days.map((d) => d.id)) });
      await tx.audit({
        entityType: 'WorkCalendar',
        entityId: region,
        action: 'removeHoliday',
        actorId: ctx.actor.id,
        before: { date: input.date, name: days.map((d) => d.name).join('; ') },
        after: null,
      });
      for (const listener of this.listeners) await listener(tx, region, ctx);
    });
    return this.calendar(ctx.actor, Number(input.date.slice(0, 4)), input.officeId ?? null);
  }

  private mayEdit(viewer: User, region: string, office: Office | null): boolean {
    if (viewer.role === 'ADMIN') return true;
    return viewer.role === 'MANAGER' && region !== NATIONAL_REGION && office !== null;
  }

  /** The office asked for, in the viewer's reach (NOT_FOUND otherwise); null for the national calendar. */
  private async office(viewer: User, rawOfficeId: string | null): Promise<Office | null> {
    const id = parseId('officeId', rawOfficeId);
    if (id === null) return null;
    const scope = await this.access.scope(viewer);
    const office = reachesOffice(scope, id) ? await this.dataSource.manager.findOneBy(Office, { id }) : null;
    if (!office) throw new NotFoundError('Office', id);
    return office;
  }
}
