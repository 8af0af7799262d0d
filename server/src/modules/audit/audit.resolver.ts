import { Arg, Args, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context.js';
import { PageArgsType, Paginated } from '../../graphql/pagination.js';
import { UserSummary } from '../user/user-summary.type.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditFilterInput } from './audit.inputs.js';
import type { AuditService } from './audit.service.js';

@ObjectType({ simpleResolvers: true })
export class AuditChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true, description: 'JSON of the value before' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'JSON of the value after' })
  after: string | null;
}

@ObjectType()
export class AuditEntryConnection extends Paginated(AuditEntry) {}

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Authorized('MANAGER', 'ADMIN')
  @Query(() => AuditEntryConnection, {
    description:
      'Who changed the record, when, from what to what (newest first). entityType: Lead, Client, Offer, Campaign, Task, LeadImport, User, Office, Product or MessageTemplate',
  })
  auditTrail(
    @Ctx() ctx: AuthedContext,
    @Arg('entityType') entityType: string,
    @Arg('entityId', () => ID) entityId: string,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<AuditEntryConnection> {
    return this.audit.trail(ctx.viewer, entityType, entityId, page);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Query(() => AuditEntryConnection, {
    description: 'The audit log, newest first: admins all of it, managers the entries of the users of their office and the offices under it',
  })
  auditEntries(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'At most 100; 50 when left out' }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<AuditEntryConnection> {
    return this.audit.page(ctx.viewer, filter ?? {}, first, after);
  }

  @FieldResolver(() => UserSummary, { nullable: true })
  actor(@Root() entry: AuditEntry, @Ctx() ctx: AuthedContext): Promise<UserSummary | null> | null {
    return entry.actorId === null ? null : ctx.loaders.userSummary.load(entry.actorId);
  }

  @FieldResolver(() => [String], { description: 'The fields the entry names: those changed, or for a read those read' })
  fields(@Root() entry: AuditEntry): string[] {
    const after = parse(entry.after);
    if (entry.action === 'read') return Array.isArray(after.fields) ? after.fields.map(String) : [];
    return [...new Set([...Object.keys(parse(entry.before)), ...Object.keys(after)])];
  }

  @FieldResolver(() => [AuditChange])
  changes(@Root() entry: AuditEntry): AuditChange[] {
    const before = parse(entry.before);
    const after = parse(entry.after);
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return fields.map((field) => ({
      field,
      before: field in before ? JSON.stringify(before[field]) : null,
      after: field in after ? JSON.stringify(after[field]) : null,
    }));
  }
}
