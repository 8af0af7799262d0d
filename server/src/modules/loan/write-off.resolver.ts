import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { AuthedContext } from '../../graphql/context.js';
import { MoneyScalar } from '../../graphql/scalars.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { loanLoaders } from './loan-loaders.js';
import { Loan } from './loan.entity.js';
import { WriteOffLoanInput } from './write-off.inputs.js';
import type { WriteOffService } from './write-off.service.js';

/** Write-offs: managers (their office tree) and admins. */
@Resolver(() => Loan)
export class WriteOffResolver {
  constructor(
    private readonly writeOffs: WriteOffService,
    private readonly dataSource: DataSource,
  ) {}

  @Authorized('MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => Loan, { description: 'Takes the loan’s outstanding principal off the book; later repayments are recoveries' })
  writeOffLoan(@Ctx() ctx: AuthedContext, @Arg('input', () => WriteOffLoanInput) input: WriteOffLoanInput): Promise<Loan> {
    return this.writeOffs.writeOff(ctx.viewer, input);
  }

  @FieldResolver(() => MoneyScalar, { description: 'Repayments received after the write-off and not reversed' })
  async recovered(@Root() loan: Loan, @Ctx() ctx: AuthedContext): Promise<bigint> {
    if (loan.status !== 'WRITTEN_OFF') return 0n;
    const repayments = await loanLoaders(ctx, this.dataSource).repayments.load(loan.id);
    return repayments.reduce((sum, r) => (r.recovery && !r.reversed ? sum + r.amount : sum), 0n);
  }
}
