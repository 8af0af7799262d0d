import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { PromiseStatus } from '@prospek/shared';
import type { AuthedContext } from '../../graphql/context.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { ContactLinksType } from '../follow-up/activity.resolver.js';
import { PromiseStatusEnum } from '../loan/collection.entity.js';
import { UserSummary } from '../user/user-summary.type.js';
import { collectionSheetResource } from './collection-sheet.service.js';
import type { CollectionSheetService } from './collection-sheet.service.js';

@ObjectType({ simpleResolvers: true, description: 'A promise to pay as the collection sheet shows it' })
export class CollectionSheetPromiseType {
  @Field(() => LocalDateScalar)
  promisedDate: string;

  @Field(() => MoneyScalar)
  amount: bigint;

  @Field(() => PromiseStatusEnum, { description: 'As judged on the sheet’s day or later' })
  status: PromiseStatus;

  @Field(() => LocalDateScalar)
  madeOn: string;
}

@ObjectType({ simpleResolvers: true })
export class CollectionSheetRowType {
  @Field(() => ID)
  loanId: string;

  @Field(() => ID)
  clientId: string;

  @Field()
  clientName: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => ContactLinksType)
  contactLinks: ContactLinksType;

  @Field(() => MoneyScalar, { description: 'Fallen due by the date and unpaid: arrears plus the installment due that day' })
  amountDue: bigint;

  @Field(() => MoneyScalar, { description: 'Of it, the installment falling due on the date' })
  dueOnDate: bigint;

  @Field(() => Int)
  daysPastDue: number;

  @Field(() => Int, { description: 'OJK kolektibilitas 1–5' })
  collectibility: number;

  @Field(() => LocalDateScalar, { description: 'The oldest installment not fully paid' })
  oldestDueDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The first installment falling due after the date' })
  nextDueDate: string | null;

  @Field(() => CollectionSheetPromiseType, { nullable: true, description: 'The newest promise to pay made on the loan by the date' })
  lastPromise: CollectionSheetPromiseType | null;
}

@ObjectType({ simpleResolvers: true })
export class CollectionSheetType {
  @Field(() => LocalDateScalar)
  date: string;

  @Field(() => UserSummary)
  officer: UserSummary;

  @Field(() => ID)
  officeId: string;

  @Field()
  officeName: string;

  @Field({ description: 'The officer’s office’s zone: the date is a day there' })
  timeZone: string;

  @Field(() => [CollectionSheetRowType], { description: 'Most days past due first' })
  rows: CollectionSheetRowType[];

  @Field(() => MoneyScalar)
  totalDue: bigint;

  @Field({ description: 'The sheet as a PDF to print (a link valid for 15 minutes)' })
  pdfUrl: string;
}

/** The day's collection sheet of an officer; the service checks who may ask for whom. */
@Resolver()
export class CollectionSheetResolver {
  constructor(
    private readonly sheets: CollectionSheetService,
    private readonly downloads: DownloadTokens,
  ) {}

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Query(() => CollectionSheetType, { description: 'Loans with installments due on the date or overdue, of an officer (default: the viewer)' })
  async collectionSheet(
    @Ctx() ctx: AuthedContext,
    @Arg('officerId', () => ID, { nullable: true }) officerId: string | null,
    @Arg('date', () => LocalDateScalar, { nullable: true, description: 'Default: today in the officer’s office' }) date: string | null,
  ): Promise<CollectionSheetType> {
    const sheet = await this.sheets.sheet(ctx.viewer, officerId ?? null, date ?? null);
    const resource = collectionSheetResource(sheet.officer.id, sheet.date);
    const token = await this.downloads.issue(ctx.viewer.id, resource);
    return {
      date: sheet.date,
      officer: { id: String(sheet.officer.id), name: sheet.officer.name },
      officeId: String(sheet.office.id),
      officeName: sheet.office.name,
      timeZone: sheet.timeZone,
      rows: sheet.rows.map((r) => ({
        ...r,
        loanId: String(r.loanId),
        clientId: String(r.clientId),
        contactLinks: { ...r.contactLinks, message: null },
      })),
      totalDue: sheet.totalDue,
      pdfUrl: `/collection-sheet.pdf?${new URLSearchParams({ officerId: String(sheet.officer.id), date: sheet.date, token })}`,
    };
  }
}
