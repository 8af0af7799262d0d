import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/scalars.js';

@ObjectType({ simpleResolvers: true })
export class WorkCalendarHoliday {
  @Field(() => LocalDateScalar)
  date: string;

  @Field()
  name: string;

  @Field({ description: 'NATIONAL_HOLIDAY, CUTI_BERSAMA or REGIONAL_HOLIDAY' })
  kind: string;

  @Field({ description: 'ID for national days, a province code for a region’s own' })
  region: string;
}

@ObjectType({ simpleResolvers: true })
export class WorkCalendar {
  @Field(() => Int)
  year: number;

  @Field(() => ID, { nullable: true })
  officeId: string | null;

  @Field()
  region: string;

  @Field(() => [WorkCalendarHoliday])
  holidays: WorkCalendarHoliday[];

  @Field(() => Int, { description: 'Working days of the year: weekdays outside the holidays' })
  workingDays: number;

  @Field({ description: 'Whether the viewer may add and remove days of this region' })
  editable: boolean;
}

@InputType()
export class SetHolidayInput {
  @Field(() => LocalDateScalar)
  date: string;

  @Field()
  name: string;

  @Field(() => ID, { nullable: true, description: 'The office whose region the day belongs to; national without it' })
  officeId?: string | null;

  @Field(() => String, { nullable: true, description: 'NATIONAL_HOLIDAY, CUTI_BERSAMA or REGIONAL_HOLIDAY (default: national or regional by region)' })
  kind?: string | null;
}

@InputType()
export class RemoveHolidayInput {
  @Field(() => LocalDateScalar)
  date: string;

  @Field(() => ID, { nullable: true })
  officeId?: string | null;
}
