import { Arg, Args, Authorized, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PageArgsType, Paginated } from '../../graphql/pagination.js';
import type { AuthedContext } from '../../graphql/context.js';
import { InputError } from '../../errors.js';
import { Idempotent } from '../idempotency/idempotent.js';
import { MessageTemplate } from './message-template.entity.js';
import type { MessageTemplateService } from './message-template.service.js';

@ObjectType()
export class MessageTemplateConnection extends Paginated(MessageTemplate) {}

@InputType()
export class MessageTemplateInput {
  @Field(() => ID, { nullable: true, description: 'Set to update an existing template' })
  id?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@Resolver()
export class MessageTemplateResolver {
  constructor(private readonly templates: MessageTemplateService) {}

  @Authorized()
  @Query(() => MessageTemplateConnection, { description: 'Message templates by name' })
  messageTemplates(
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<MessageTemplateConnection> {
    return this.templates.list(!includeInactive, page);
  }

  @Authorized('MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => MessageTemplate)
  createMessageTemplate(@Ctx() ctx: AuthedContext, @Arg('input', () => MessageTemplateInput) input: MessageTemplateInput): Promise<MessageTemplate> {
    return this.templates.save(ctx.viewer, { ...input, id: null });
  }

  @Authorized('MANAGER', 'ADMIN')
  @Mutation(() => MessageTemplate)
  updateMessageTemplate(@Ctx() ctx: AuthedContext, @Arg('input', () => MessageTemplateInput) input: MessageTemplateInput): Promise<MessageTemplate> {
    if (!input.id) throw InputError.field('id', 'REQUIRED', 'id is required');
    return this.templates.save(ctx.viewer, input);
  }
}
