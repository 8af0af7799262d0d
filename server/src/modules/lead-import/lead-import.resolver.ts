import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { IMPORT_REASON_CODES } from '@prospek/shared';
import type { ImportReasonCode } from '@prospek/shared';
import type { AuthedContext } from '../../graphql/context.js';
import { checkPageSize } from '../../graphql/pagination.js';
import type { DownloadTokens } from '../auth/token.service.js';
import { LeadImport } from './lead-import.entity.js';
import type { LeadImportService } from './lead-import.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@InputType('ImportMappingInput', { description: 'Which heading of the file holds each field (fullName and phone or nik are needed)' })
@ObjectType('ImportMapping', { simpleResolvers: true })
export class ImportMappingInput {
  @Field(() => String, { nullable: true }) fullName?: string | null;
  @Field(() => String, { nullable: true }) companyName?: string | null;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) nik?: string | null;
  @Field(() => String, { nullable: true }) estimatedAmount?: string | null;
  @Field(() => String, { nullable: true }) source?: string | null;
  @Field(() => String, { nullable: true }) referrerName?: string | null;
  @Field(() => String, { nullable: true }) segment?: string | null;
  @Field(() => String, { nullable: true }) notes?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ImportPreviewRow {
  @Field(() => Int)
  rowNumber: number;

  @Field(() => [String])
  cells: string[];
}

export const ImportReasonCodeEnum = Object.fromEntries(IMPORT_REASON_CODES.map((c) => [c, c])) as { [K in ImportReasonCode]: K };
registerEnumType(ImportReasonCodeEnum, { name: 'ImportReasonCode', description: 'Why an imported row is refused' });

@ObjectType('ImportReason', { simpleResolvers: true, description: "One reason a row is refused, to word in the reader's language" })
export class ImportReasonItem {
  @Field(() => ImportReasonCodeEnum)
  code: ImportReasonCode;

  @Field(() => String, { nullable: true, description: 'The cell as written (an invalid phone, an unknown source, the phone or NIK already known)' })
  value?: string | null;

  @Field(() => Int, { nullable: true, description: 'The limit a value passes (characters of a name)' })
  max?: number | null;
}

@ObjectType({ simpleResolvers: true })
export class ImportProblem {
  @Field(() => Int)
  rowNumber: number;

  @Field({ description: 'REJECTED or DUPLICATE' })
  outcome: string;

  @Field({ description: 'The reasons in Indonesian, joined' })
  reason: string;

  @Field(() => [ImportReasonItem], { description: 'The same reasons by code' })
  reasons: ImportReasonItem[];
}

@ObjectType({ simpleResolvers: true, description: 'What an import would do with every row, before it runs' })
export class ImportCheck {
  @Field(() => Int)
  validRows: number;

  @Field(() => Int)
  rejectedRows: number;

  @Field(() => Int)
  duplicateRows: number;

  @Field(() => [ImportProblem], { description: 'The first refused rows, with why' })
  problems: ImportProblem[];
}

const chosenColumns = (mapping: ImportMappingInput) =>
  Object.fromEntries(Object.entries(mapping).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));

@Resolver(() => LeadImport)
export class LeadImportResolver {
  constructor(
    private readonly imports: LeadImportService,
    private readonly downloads: DownloadTokens,
  ) {}

  @Authorized()
  @Query(() => LeadImport, { description: 'An import uploaded at POST /imports, with its preview and progress' })
  leadImport(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<LeadImport> {
    return this.imports.get(ctx.viewer, id);
  }

  @Authorized()
  @Query(() => ImportCheck, { description: 'Checks every row with a mapping, writing nothing' })
  checkImport(
    @Ctx() ctx: AuthedContext,
    @Arg('importId', () => ID) importId: string,
    @Arg('mapping', () => ImportMappingInput) mapping: ImportMappingInput,
  ): Promise<ImportCheck> {
    return this.imports.check(ctx.viewer, importId, chosenColumns(mapping));
  }

  @Authorized()
  @Idempotent()
  @Mutation(() => LeadImport, { description: 'Imports the valid rows in one go; progress arrives as import:progress messages' })
  async importLeads(
    @Ctx() ctx: AuthedContext,
    @Arg('importId', () => ID) importId: string,
    @Arg('mapping', () => ImportMappingInput) mapping: ImportMappingInput,
  ): Promise<LeadImport> {
    const { leadImport } = await this.imports.commit(ctx.viewer, importId, chosenColumns(mapping));
    return leadImport;
  }

  @FieldResolver(() => [String])
  headers(@Root() leadImport: LeadImport): string[] {
    return JSON.parse(leadImport.headersJson) as string[];
  }

  @FieldResolver(() => ImportMappingInput, { description: 'The mapping chosen, or the one suggested from the headings' })
  mapping(@Root() leadImport: LeadImport): ImportMappingInput {
    return JSON.parse(leadImport.mappingJson ?? '{}') as ImportMappingInput;
  }

  @FieldResolver(() => [ImportPreviewRow])
  preview(@Root() leadImport: LeadImport, @Arg('first', () => Int, { defaultValue: 20 }) first: number): Promise<ImportPreviewRow[]> {
    return this.imports.previewRows(leadImport, checkPageSize('first', first));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The refused rows with their reasons (CSV), once done' })
  async rejectedUrl(@Root() leadImport: LeadImport, @Ctx() ctx: AuthedContext): Promise<string | null> {
    if (leadImport.status !== 'DONE' || leadImport.rejectedRows === 0) return null;
    return `/imports/${leadImport.id}/rejected.csv?token=${await this.downloads.issue(ctx.viewer.id, `import:${leadImport.id}`)}`;
  }
}
