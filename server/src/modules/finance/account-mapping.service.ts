/**
 * The chart-of-accounts codes the journal export posts to. Admins change them; every change is audited.
 * A loan account may carry a code per loan product, which wins over the code for all products.
 */
import type { DataSource } from 'typeorm';
import type { TransactionRunner } from '../../db/transaction.js';
import { ConflictError, ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import { changes } from '../audit/audit.js';
import { Product } from '../product/product.entity.js';
import type { User } from '../user/user.entity.js';
import { requireId } from '../write-context.js';
import { DEFAULT_ACCOUNT_CODES, JOURNAL_ACCOUNTS, PER_PRODUCT_ACCOUNTS } from './account-mapping.defaults.js';
import type { JournalAccount } from './account-mapping.defaults.js';
import { AccountMapping } from './account-mapping.entity.js';
import type { AccountCodes } from './journal-lines.js';

export interface SetAccountMappingValues {
  account: JournalAccount;
  productId?: string | null;
  code: string;
  name: string;
  /** The version read; none when adding a product's own code. */
  expectedVersion?: number | null;
}

const CODE = /^[0-9A-Za-z][0-9A-Za-z.-]{0,19}$/;

export class AccountMappingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
  ) {}

  list(viewer: User): Promise<AccountMapping[]> {
    requireAdmin(viewer);
    return this.dataSource.getRepository(AccountMapping).find({ order: { code: 'ASC', productId: 'ASC' } });
  }

  /** A lookup of the codes now in force (a product's own code first, then the one for all products). */
  async codes(): Promise<AccountCodes> {
    const rows = await this.dataSource.getRepository(AccountMapping).find();
    const byKey = new Map(rows.map((r) => [`${r.account}:${r.productId}`, r]));
    return (account, productId) => byKey.get(`${account}:${productId}`) ?? byKey.get(`${account}:0`) ?? DEFAULT_ACCOUNT_CODES[account];
  }

  async set(actor: User, values: SetAccountMappingValues): Promise<AccountMapping> {
    requireAdmin(actor);
    if (!JOURNAL_ACCOUNTS.includes(values.account)) throw InputError.field('account', 'INVALID', 'a journal account');
    const code = values.code.trim();
    if (!CODE.test(code)) throw InputError.field('code', 'INVALID', 'an account code of letters, digits, dots and dashes, at most 20', { max: 20 });
    const name = values.name.trim();
    if (name.length === 0) throw InputError.field('name', 'REQUIRED', 'the account’s name');
    if (name.length > 120) throw InputError.field('name', 'TOO_LONG', 'at most 120 characters', { max: 120 });
    let productId = 0;
    if (values.productId) {
      if (!PER_PRODUCT_ACCOUNTS.includes(values.account))
        throw InputError.field('productId', 'NOT_ALLOWED', `only ${PER_PRODUCT_ACCOUNTS.join(', ')} may differ per product`);
      productId = requireId('productId', values.productId);
      const product = await this.dataSource.getRepository(Product).findOneBy({ id: productId });
      if (!product || product.kind !== 'LOAN') throw InputError.field('productId', 'NOT_ALLOWED', 'productId is not a loan product');
    }
    return this.transactions.run(async (tx) => {
      const key = { account: values.account, productId };
      const before = await tx.manager.findOneBy(AccountMapping, key);
      if (before) {
        if (values.expectedVersion == null) throw InputError.field('expectedVersion', 'REQUIRED', 'the version read');
        const result = await tx.manager
          .createQueryBuilder()
          .update(AccountMapping)
          .set({ code, name })
          .where('id = :id AND version = :version', { id: before.id, version: values.expectedVersion })
          .execute();
        if (!result.affected) throw new ConflictError('AccountMapping', before);
      } else {
        if (productId === 0) throw new NotFoundError('AccountMapping', values.account);
        await tx.manager.insert(AccountMapping, { ...key, code, name });
      }
      const after = await tx.manager.findOneByOrFail(AccountMapping, key);
      await tx.audit({
        entityType: 'AccountMapping',
        entityId: after.id,
        action: before ? 'update' : 'create',
        actorId: actor.id,
        ...(before ? changes(before, { code, name }) : { after: { account: values.account, productId, code, name } }),
      });
      return after;
    });
  }
}

function requireAdmin(viewer: User): void {
  if (viewer.role !== 'ADMIN') throw new ForbiddenError('Only admins keep the account mapping');
}
