import { Arg, Authorized, Ctx, Field, FieldResolver, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { AuthedContext } from '../../graphql/context.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { loanLoaders } from './loan-loaders.js';
import { Loan, LoanInstallment } from './loan.entity.js';
import { LoanPastInstallment, LoanScheduleVersion } from './restructure.entity.js';
import { RestructureLoanInput } from './restructure.inputs.js';
import type { RestructureService } from './restructure.service.js';

@ObjectType({ simpleResolvers: true })
export class LoanScheduleVersionView extends LoanScheduleVersion {
  @Field({ description: 'The schedule in force' })
  current: boolean;

  @Field(() => [LoanInstallment], { description: 'As they stand (in force) or stood when replaced' })
  installments: Array<Omit<LoanInstallment, 'id' | 'loanId'>>;
}

/** Restructuring: managers (their office tree) and admins; officers ask for it on the collection board. */
@Resolver(() => Loan)
export class RestructureResolver {
  constructor(
    private readonly restructuring: RestructureService,
    private readonly dataSource: DataSource,
  ) {}

  @Authorized('MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => Loan, { description: 'Schedules what is owed on the effective date anew; the replaced schedule is kept as a version' })
  restructureLoan(@Ctx() ctx: AuthedContext, @Arg('input', () => RestructureLoanInput) input: RestructureLoanInput): Promise<Loan> {
    return this.restructuring.restructure(ctx.viewer, input);
  }

  @FieldResolver(() => [LoanScheduleVersionView], { description: 'Every schedule the loan has had, oldest first; the last is in force' })
  async scheduleVersions(@Root() loan: Loan, @Ctx() ctx: AuthedContext): Promise<LoanScheduleVersionView[]> {
    const versions = await this.dataSource.getRepository(LoanScheduleVersion).find({ where: { loanId: loan.id }, order: { version: 'ASC' } });
    const past = versions.length
      ? await this.dataSource
          .getRepository(LoanPastInstallment)
          .createQueryBuilder('i')
          .where('i.scheduleVersionId IN (:...ids)', { ids: versions.map((v) => v.id) })
          .orderBy('i.number', 'ASC')
          .getMany()
      : [];
    const current = await loanLoaders(ctx, this.dataSource).schedule.load(loan.id);
    const views = versions.map((v) =>
      Object.assign(Object.create(LoanScheduleVersionView.prototype) as LoanScheduleVersionView, v, {
        current: v.version === loan.scheduleVersion,
        installments: v.version === loan.scheduleVersion ? current : past.filter((i) => i.scheduleVersionId === v.id),
      }),
    );
    if (!views.some((v) => v.current)) {
      // Never restructured: the schedule as disbursed is the only version.
      views.push(
        Object.assign(Object.create(LoanScheduleVersionView.prototype) as LoanScheduleVersionView, {
          id: 0,
          loanId: loan.id,
          version: loan.scheduleVersion,
          kind: 'ORIGINAL' as const,
          previousVersionId: null,
          effectiveDate: loan.disbursementDate,
          principal: loan.principal,
          capitalisedArrears: 0n,
          carriedArrears: 0n,
          annualRateMicro: loan.annualRateMicro,
          tenorMonths: loan.tenorMonths,
          interestMethod: loan.interestMethod,
          maturityDate: loan.maturityDate,
          gradeBefore: null,
          reason: null,
          createdById: null,
          createdAt: loan.createdAt,
          current: true,
          installments: current,
        }),
      );
    }
    return views;
  }
}
