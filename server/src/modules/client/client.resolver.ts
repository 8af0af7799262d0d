import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import type { AuthedContext } from '../../graphql/context.js';
import { Paginated } from '../../graphql/pagination.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import type { LeadBoardService } from '../lead/lead-board.service.js';
import { Lead } from '../lead/lead.entity.js';
import { Offer } from '../offer/offer.entity.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';
import { Client } from './client.entity.js';
import { ClientFieldsInput, ClientFilterInput, UpdateClientInput } from './client.inputs.js';
import type { ClientService } from './client.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@ObjectType()
export class ClientConnection extends Paginated(Client) {}

@Resolver(() => Client)
export class ClientResolver {
  constructor(
    private readonly clientService: ClientService,
    private readonly leads: LeadBoardService,
    private readonly dataSource: DataSource,
  ) {}

  @Authorized()
  @Query(() => ClientConnection)
  clients(
    @Ctx() ctx: AuthedContext,
    @Arg('filter', () => ClientFilterInput, { nullable: true }) filter: ClientFilterInput | null,
    @Arg('first', () => Int, { nullable: true }) first: number | null,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ClientConnection> {
    return this.clientService.list(ctx.viewer, filter ?? {}, first, after);
  }

  @Authorized()
  @Query(() => Client)
  client(@Ctx() ctx: AuthedContext, @Arg('id', () => ID) id: string): Promise<Client> {
    return this.clientService.get(ctx.viewer, id);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Idempotent()
  @Mutation(() => Client, { description: 'CONFLICT naming the existing client when the NIK or phone is already known' })
  createClient(@Ctx() ctx: AuthedContext, @Arg('input', () => ClientFieldsInput) input: ClientFieldsInput): Promise<Client> {
    return this.clientService.create(ctx.viewer, input);
  }

  @Authorized('OFFICER', 'MANAGER', 'ADMIN')
  @Mutation(() => Client)
  updateClient(@Ctx() ctx: AuthedContext, @Arg('input', () => UpdateClientInput) input: UpdateClientInput): Promise<Client> {
    return this.clientService.update(ctx.viewer, input);
  }

  // NIK, NPWP and birth date are personal data (UU PDP): every answer of them is recorded as a read.
  @FieldResolver(() => String, { nullable: true })
  nik(@Root() client: Client, @Ctx() ctx: AuthedContext): string | null {
    return ctx.personalDataReads.note(client.id, 'nik', client.nik);
  }

  @FieldResolver(() => String, { nullable: true, description: '16 digits (legacy 15-digit numbers are stored with a leading 0)' })
  npwp(@Root() client: Client, @Ctx() ctx: AuthedContext): string | null {
    return ctx.personalDataReads.note(client.id, 'npwp', client.npwp);
  }

  @FieldResolver(() => LocalDateScalar, { nullable: true })
  birthDate(@Root() client: Client, @Ctx() ctx: AuthedContext): string | null {
    return ctx.personalDataReads.note(client.id, 'birthDate', client.birthDate);
  }

  @FieldResolver(() => User, { nullable: true })
  officer(@Root() client: Client, @Ctx() ctx: AuthedContext): Promise<User | null> | null {
    return client.officerId === null ? null : ctx.loaders.user.load(client.officerId);
  }

  @FieldResolver(() => Office)
  office(@Root() client: Client, @Ctx() ctx: AuthedContext): Promise<Office | null> {
    return ctx.loaders.office.load(client.officeId);
  }

  @FieldResolver(() => [Offer], { description: 'Offers to this client, newest first' })
  offers(@Root() client: Client): Promise<Offer[]> {
    return this.dataSource.getRepository(Offer).find({ where: { clientId: client.id }, order: { id: 'DESC' } });
  }

  @FieldResolver(() => [Offer], { description: 'Products the client took: accepted offers' })
  productsHeld(@Root() client: Client): Promise<Offer[]> {
    return this.dataSource.getRepository(Offer).find({ where: { clientId: client.id, status: 'ACCEPTED' }, order: { id: 'DESC' } });
  }

  @FieldResolver(() => Lead, { nullable: true, description: 'The lead it was converted from, when the viewer may see it' })
  sourceLead(@Root() client: Client, @Ctx() ctx: AuthedContext): Promise<Lead | null> | null {
    return client.sourceLeadId === null ? null : this.leads.find(ctx.viewer, client.sourceLeadId);
  }
}
