import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { PageArgsType, Paginated } from '../../graphql/pagination.js';
import type { AuthedContext } from '../../graphql/context.js';
import { Office } from './office.entity.js';
import { CreateOfficeInput, UpdateOfficeInput } from './office.inputs.js';
import type { OfficeService } from './office.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@ObjectType()
export class OfficeConnection extends Paginated(Office) {}

@Resolver(() => Office)
export class OfficeResolver {
  constructor(private readonly officeService: OfficeService) {}

  @Authorized()
  @Query(() => OfficeConnection, { description: 'Offices within the viewer’s reach, by code' })
  offices(@Ctx() ctx: AuthedContext, @Args(() => PageArgsType) page: PageArgsType): Promise<OfficeConnection> {
    return this.officeService.list(ctx.viewer, page);
  }

  @Authorized()
  @Query(() => Office)
  office(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Office> {
    return this.officeService.get(ctx.viewer, id);
  }

  @Authorized('ADMIN')
  @Idempotent()
  @Mutation(() => Office)
  createOffice(@Ctx() ctx: AuthedContext, @Arg('input', () => CreateOfficeInput) input: CreateOfficeInput): Promise<Office> {
    return this.officeService.create(ctx.viewer, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Office)
  updateOffice(@Ctx() ctx: AuthedContext, @Arg('input', () => UpdateOfficeInput) input: UpdateOfficeInput): Promise<Office> {
    return this.officeService.update(ctx.viewer, input);
  }

  @FieldResolver(() => Office, { nullable: true, description: 'Null at the top, and above the viewer’s reach' })
  async parent(@Root() office: Office, @Ctx() ctx: AuthedContext): Promise<Office | null> {
    if (office.parentId === null) return null;
    return (await this.officeService.reaches(ctx.viewer, office.parentId)) ? ctx.loaders.office.load(office.parentId) : null;
  }
}
