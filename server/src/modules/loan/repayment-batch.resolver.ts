import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import type { RepaymentBatchService } from './repayment-batch.js';
import { BatchRepaymentResult, PostRepaymentsInput } from './repayment-batch.types.js';

/** A repayment file posted at once; each payment carries its own idempotency key (no header for the call). */
@Resolver()
export class RepaymentBatchResolver {
  constructor(private readonly batches: RepaymentBatchService) {}

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Mutation(() => [BatchRepaymentResult], {
    description: 'Posts many payments (a bank’s repayment file), each under its own key, in chunks of whole loans; a retry replays kept answers',
  })
  async postRepayments(@Ctx() ctx: AuthedContext, @Arg('input', () => PostRepaymentsInput) input: PostRepaymentsInput): Promise<BatchRepaymentResult[]> {
    const outcomes = await this.batches.post(ctx.viewer, input.items);
    return outcomes.map((o) => ({
      key: o.key,
      outcome: o.outcome,
      repaymentId: o.repaymentId,
      loanId: o.loanId,
      outstandingPrincipal: o.loan?.outstandingPrincipal ?? null,
      arrears: o.loan?.arrears ?? null,
      creditBalance: o.loan?.creditBalance ?? null,
      daysPastDue: o.loan?.daysPastDue ?? null,
      collectibility: o.loan?.collectibility ?? null,
      loanStatus: o.loan?.status ?? null,
      errorCode: o.error?.code ?? null,
      errorField: o.error?.field ?? null,
    }));
  }
}
