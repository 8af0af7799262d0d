import type { DataSource } from 'typeorm';
import type { TransactionRunner } from '../../db/transaction.js';
import { guardUnique } from '../../db/unique-violation.js';
import { ConflictError, DuplicateError, ForbiddenError, NotFoundError } from '../../errors.js';
import { keysetPage } from '../../graphql/keyset-page.js';
import type { Page, PageArgs } from '../../graphql/keyset-page.js';
import { changes } from '../audit/audit.js';
import type { User } from '../user/user.entity.js';
import { productValues } from './product-rules.js';
import { Product } from './product.entity.js';
import type { ProductFieldsInput, ProductFilterInput, UpdateProductInput } from './product.inputs.js';

const UNIQUE_KEYS = [{ field: 'code', index: 'UQ_product_code', table: 'product', columns: ['code'] }] as const;

/** The catalog: read by everyone signed in, kept by admins. */
export class ProductService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  list(filter: ProductFilterInput = {}, page: PageArgs = { first: null, after: null }): Promise<Page<Product>> {
    const qb = this.dataSource.getRepository(Product).createQueryBuilder('p');
    if (filter.kind) qb.andWhere('p.kind = :kind', { kind: filter.kind });
    if (filter.active !== null) qb.andWhere('p.active = :active', { active: filter.active ?? true });
    return keysetPage(qb, [{ expression: 'p.kind' }, { expression: 'p.name' }, { expression: 'p.id' }], page);
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
    const work = () =>
      this.transactions.run(async (tx) => {
        const existing = await tx.manager.findOneBy(Product, { code: values.code });
        if (existing) throw this.duplicate(existing);
        const inserted = await tx.manager.insert(Product, { requirementsJson: '[]', ...values });
        const id = Number(inserted.identifiers[0].id);
        await tx.audit({ entityType: 'Product', entityId: id, action: 'create', actorId: actor.id, after: values });
        return tx.manager.findOneByOrFail(Product, { id });
      });
    return guardUnique(work, UNIQUE_KEYS, () => this.duplicateAfterRace(values.code));
  }

  async update(actor: User, input: UpdateProductInput): Promise<Product> {
    this.requireAdmin(actor);
    const { id: rawId, expectedVersion, ...fields } = input;
    const id = Number(rawId);
    let code: string | undefined;
    const work = () =>
      this.transactions.run(async (tx) => {
        const before = await tx.manager.findOneBy(Product, { id });
        if (!before) throw new NotFoundError('Product', rawId);
        const values = productValues(fields, before);
        code = values.code;
        const existing = values.code && values.code !== before.code ? await tx.manager.findOneBy(Product, { code: values.code }) : null;
        if (existing) throw this.duplicate(existing);
        const result = await tx.manager
          .createQueryBuilder()
          .update(Product)
          .set(values)
          .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
          .execute();
        if (result.affected !== 1) throw new ConflictError('Product', await tx.manager.findOneBy(Product, { id }));
        await tx.audit({ entityType: 'Product', entityId: id, action: 'update', actorId: actor.id, ...changes(before, values) });
        return tx.manager.findOneByOrFail(Product, { id });
      });
    return guardUnique(work, UNIQUE_KEYS, () => this.duplicateAfterRace(code));
  }

  private requireAdmin(actor: User): void {
    if (actor.role !== 'ADMIN') throw new ForbiddenError('Only admins manage products');
  }

  /** Everyone signed in reads the catalog, so the product holding the code is named (without its money fields). */
  private duplicate(existing: Product | null): DuplicateError {
    return new DuplicateError(
      'Product',
      'code',
      existing && { id: String(existing.id), code: existing.code, name: existing.name },
      'code is already used by another product',
    );
  }

  /** The write lost a race on the unique code: the winner has committed by now. */
  private async duplicateAfterRace(code: string | undefined): Promise<DuplicateError> {
    return this.duplicate(code ? await this.dataSource.getRepository(Product).findOneBy({ code }) : null);
  }
}
