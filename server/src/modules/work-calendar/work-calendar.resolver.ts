import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import type { WorkCalendarService } from './work-calendar.service.js';
import { RemoveHolidayInput, SetHolidayInput, WorkCalendar } from './work-calendar.types.js';

/** Working days per office region: what complaint deadlines count. */
@Resolver()
export class WorkCalendarResolver {
  constructor(private readonly calendars: WorkCalendarService) {}

  @Authorized()
  @Query(() => WorkCalendar, { description: 'The days off of a year for an office’s region (national days included), or the national calendar' })
  workCalendar(
    @Ctx() ctx: AuthedContext,
    @Arg('year', () => Int) year: number,
    @Arg('officeId', () => ID, { nullable: true }) officeId: string | null,
  ): Promise<WorkCalendar> {
    return this.calendars.calendar(ctx.viewer, year, officeId);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => WorkCalendar, { description: 'Marks a day off (or renames it); every open complaint deadline of the region follows' })
  setHoliday(@Ctx() ctx: AuthedContext, @Arg('input', () => SetHolidayInput) input: SetHolidayInput): Promise<WorkCalendar> {
    return this.calendars.setHoliday({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => WorkCalendar, { description: 'Makes a day a working day again' })
  removeHoliday(@Ctx() ctx: AuthedContext, @Arg('input', () => RemoveHolidayInput) input: RemoveHolidayInput): Promise<WorkCalendar> {
    return this.calendars.removeHoliday({ actor: ctx.viewer, mutationId: ctx.mutationId }, input);
  }
}
