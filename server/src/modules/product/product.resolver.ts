import { businessDate } from '@prospek/shared';
import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { PageArgsType, Paginated } from '../../graphql/pagination.js';
import type { AuthedContext } from '../../graphql/context.js';
import { LoanSimulation, SimulateLoanInput, simulate } from './loan-simulation.js';
import { Product } from './product.entity.js';
import { ProductFieldsInput, ProductFilterInput, UpdateProductInput } from './product.inputs.js';
import type { ProductService } from './product.service.js';
import { Idempotent } from '../idempotency/idempotent.js';

@ObjectType()
export class ProductConnection extends Paginated(Product) {}

@Resolver(() => Product)
export class ProductResolver {
  constructor(
    private readonly productService: ProductService,
    private readonly dsrLimitPercent: number,
  ) {}

  @Authorized()
  @Query(() => ProductConnection, { description: 'The catalog (read by everyone signed in), by kind and name' })
  products(
    @Arg('filter', () => ProductFilterInput, { nullable: true }) filter: ProductFilterInput | null,
    @Args(() => PageArgsType) page: PageArgsType,
  ): Promise<ProductConnection> {
    return this.productService.list(filter ?? {}, page);
  }

  @Authorized()
  @Query(() => Product)
  product(@Arg('id', () => ID) id: string): Promise<Product> {
    return this.productService.get(id);
  }

  @Authorized('ADMIN')
  @Idempotent()
  @Mutation(() => Product)
  createProduct(@Ctx() ctx: AuthedContext, @Arg('input', () => ProductFieldsInput) input: ProductFieldsInput): Promise<Product> {
    return this.productService.create(ctx.viewer, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Product)
  updateProduct(@Ctx() ctx: AuthedContext, @Arg('input', () => UpdateProductInput) input: UpdateProductInput): Promise<Product> {
    return this.productService.update(ctx.viewer, input);
  }

  @Authorized()
  @Query(() => LoanSimulation, { description: 'A loan’s installments, totals, schedule and debt-service ratio' })
  async simulateLoan(@Ctx() ctx: AuthedContext, @Arg('input', () => SimulateLoanInput) input: SimulateLoanInput): Promise<LoanSimulation> {
    // Left out, the disbursement is today in the viewer's office.
    const today = businessDate(ctx.now(), (await ctx.loaders.office.load(ctx.viewer.officeId))?.timeZone);
    return simulate(input, this.dsrLimitPercent, today);
  }
}
