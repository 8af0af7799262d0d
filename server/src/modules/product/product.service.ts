import type { DataSource } from 'typeorm';
import type { TransactionRunner } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import { changes } from '../audit/audit.js';
import type { User } from '../user/user.entity.js';
import { productValues } from './product-rules.js';
import { Product } from './product.entity.js';
import type { ProductFieldsInput, ProductFilterInput, UpdateProductInput } from './product.inputs.js';

/** The catalog: read by everyone signed in, kept by admins. */
export class ProductService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  list(filter: ProductFilterInput = {}): Promise<Product[]> {
    return this.dataSource.getRepository(Product).find({
      where: {
        ...(filter.kind ? { kind: filter.kind } : {}),
        ...(filter.active === null ? {} : { active: filter.active ?? true }),
      },
      order: { kind: 'ASC', name: 'ASC' },
    });
  }

  async get(rawId: string | number): Promise<Product> {
    const id = Number(rawId);
    const product = Number.isSafeInteger(id) ? await this.dataSource.getRepository(Product).findOneBy({ id }) : null;
    if (!product) throw new NotFoundError('Product', rawId);
    return product;
  }

  async create(actor: User, input: ProductFieldsInput): Promise<Product> {
    this.requireAdmin(actor);
    const values = productValues(input, null);
    return this.transactions.run(async (tx) => {
      if (await tx.manager.findOneBy(Product, { code: values.code })) throw InputError.field('code', 'NOT_ALLOWED', 'code is already used');
      const inserted = await tx.manager.insert(Product, { requirementsJson: '[]', ...values });
      const id = Number(inserted.identifiers[0].id);
      await tx.audit({ entityType: 'Product', entityId: id, action: 'create', actorId: actor.id, after: values });
      return tx.manager.findOneByOrFail(Product, { id });
    });
  }

  async update(actor: User, input: UpdateProductInput): Promise<Product> {
    this.requireAdmin(actor);
    const { id: rawId, expectedVersion, ...fields } = input;
    const id = Number(rawId);
    return this.transactions.run(async (tx) => {
      const before = await tx.manager.findOneBy(Product, { id });
      if (!before) throw new NotFoundError('Product', rawId);
      const values = productValues(fields, before);
      if (values.code && values.code !== before.code && (await tx.manager.findOneBy(Product, { code: values.code }))) {
        throw InputError.field('code', 'NOT_ALLOWED', 'code is already used');
      }
      const result = await tx.manager.createQueryBuilder().update(Product).set(values).where('id = :id AND version = :expectedVersion', { id, expectedVersion }).execute();
      if (result.affected !== 1) throw new ConflictError('Product', await tx.manager.findOneBy(Product, { id }));
      await tx.audit({ entityType: 'Product', entityId: id, action: 'update', actorId: actor.id, ...changes(before, values) });
      return tx.manager.findOneByOrFail(Product, { id });
    });
  }

  private requireAdmin(actor: User): void {
    if (actor.role !== 'ADMIN') throw new ForbiddenError('Only admins manage products');
  }
}
