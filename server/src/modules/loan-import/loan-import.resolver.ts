import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import { LeadImport } from '../lead-import/lead-import.entity.js';
import { ImportCheck } from '../lead-import/lead-import.resolver.js';
import { Idempotent } from '../idempotency/idempotent.js';
import type { LoanImportMapping } from './loan-import-row.js';
import type { LoanImportService } from './loan-import.service.js';

@InputType('LoanImportMappingInput', {
  description:
    'Which heading of the file holds each loan field. Needed: externalNumber, client (NIK or CIF), product (code or name), principal, annualRate, tenorMonths, disbursementDate, firstDueDate',
})
@ObjectType('LoanImportMapping', { simpleResolvers: true })
export class LoanImportMappingInput {
  @Field(() => String, { nullable: true }) externalNumber?: string | null;
  @Field(() => String, { nullable: true }) client?: string | null;
  @Field(() => String, { nullable: true }) product?: string | null;
  @Field(() => String, { nullable: true, description: 'Email of the account officer; empty: the client’s officer' }) officer?: string | null;
  @Field(() => String, { nullable: true }) principal?: string | null;
  @Field(() => String, { nullable: true, description: 'Percent per year' }) annualRate?: string | null;
  @Field(() => String, { nullable: true }) tenorMonths?: string | null;
  @Field(() => String, { nullable: true, description: 'FLAT, EFFECTIVE or ANNUITY; empty: the product’s' }) interestMethod?: string | null;
  @Field(() => String, { nullable: true }) disbursementDate?: string | null;
  @Field(() => String, { nullable: true }) firstDueDate?: string | null;
  @Field(() => String, { nullable: true, description: 'Installments paid so far (used when paidAmount is empty)' }) paidInstallments?: string | null;
  @Field(() => String, { nullable: true, description: 'Amount repaid so far' }) paidAmount?: string | null;
}

const chosenColumns = (mapping: LoanImportMappingInput): LoanImportMapping =>
  Object.fromEntries(Object.entries(mapping).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));

/** The loan book import: upload at POST /imports?kind=LOANS, then check and run here (managers and admins). */
@Resolver(() => LeadImport)
export class LoanImportResolver {
  constructor(private readonly imports: LoanImportService) {}

  @Authorized('MANAGER', 'ADMIN')
  @Query(() => ImportCheck, { description: 'Checks every row of a loan import with a mapping, writing nothing' })
  checkLoanImport(
    @Ctx() ctx: AuthedContext,
    @Arg('importId', () => ID) importId: string,
    @Arg('mapping', () => LoanImportMappingInput) mapping: LoanImportMappingInput,
  ): Promise<ImportCheck> {
    return this.imports.check(ctx.viewer, importId, chosenColumns(mapping));
  }

  @Authorized('MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => LeadImport, { description: 'Imports the valid loans with what was already paid; progress arrives as import:progress messages' })
  async importLoans(
    @Ctx() ctx: AuthedContext,
    @Arg('importId', () => ID) importId: string,
    @Arg('mapping', () => LoanImportMappingInput) mapping: LoanImportMappingInput,
  ): Promise<LeadImport> {
    const { leadImport } = await this.imports.commit(ctx.viewer, importId, chosenColumns(mapping));
    return leadImport;
  }

  @FieldResolver(() => LoanImportMappingInput, { nullable: true, description: 'For a loan import: the mapping chosen, or the one suggested' })
  loanMapping(@Root() leadImport: LeadImport): LoanImportMappingInput | null {
    return leadImport.kind === 'LOANS' ? (JSON.parse(leadImport.mappingJson ?? '{}') as LoanImportMappingInput) : null;
  }
}
