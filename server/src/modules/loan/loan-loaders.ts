/** Per-request DataLoaders of the loan book, so lists of loans read their parts in one statement each. */
import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { Context } from '../../graphql/context.js';
import { Client } from '../client/client.entity.js';
import { LoanGradeChange } from './collectibility.entity.js';
import { PaymentPromise } from './collection.entity.js';
import { Loan, LoanInstallment } from './loan.entity.js';
import { LoanAllocation, Repayment } from './repayment.entity.js';

function grouped<T>(rows: T[], ids: readonly number[], key: (row: T) => number): T[][] {
  const groups = new Map<number, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

function createLoanLoaders(dataSource: DataSource | EntityManager) {
  return {
    client: new DataLoader<number, Client | null>(async (ids) => {
      const rows = await dataSource.getRepository(Client).find({ where: { id: In([...ids]) }, select: { id: true, name: true, cif: true } });
      return ids.map((id) => rows.find((c) => c.id === id) ?? null);
    }),
    schedule: new DataLoader<number, LoanInstallment[]>(async (ids) =>
      grouped(await dataSource.getRepository(LoanInstallment).find({ where: { loanId: In([...ids]) }, order: { number: 'ASC' } }), ids, (r) => r.loanId),
    ),
    repayments: new DataLoader<number, Repayment[]>(async (ids) =>
      grouped(
        await dataSource.getRepository(Repayment).find({ where: { loanId: In([...ids]) }, order: { valueDate: 'DESC', id: 'DESC' } }),
        ids,
        (r) => r.loanId,
      ),
    ),
    allocations: new DataLoader<number, LoanAllocation[]>(async (ids) =>
      grouped(await dataSource.getRepository(LoanAllocation).find({ where: { loanId: In([...ids]) }, order: { id: 'ASC' } }), ids, (r) => r.loanId),
    ),
    gradeHistory: new DataLoader<number, LoanGradeChange[]>(async (ids) =>
      grouped(await dataSource.getRepository(LoanGradeChange).find({ where: { loanId: In([...ids]) }, order: { id: 'ASC' } }), ids, (r) => r.loanId),
    ),
    promises: new DataLoader<number, PaymentPromise[]>(async (ids) =>
      grouped(await dataSource.getRepository(PaymentPromise).find({ where: { loanId: In([...ids]) }, order: { id: 'DESC' } }), ids, (r) => r.loanId),
    ),
    clientLoans: new DataLoader<number, Loan[]>(async (ids) =>
      grouped(await dataSource.getRepository(Loan).find({ where: { clientId: In([...ids]) }, order: { id: 'DESC' } }), ids, (r) => r.clientId),
    ),
  };
}

const perRequest = new WeakMap<Context, ReturnType<typeof createLoanLoaders>>();

/** The request's loan loaders; inside a transaction rendering a mutation's answer, they read through it. */
export function loanLoaders(ctx: Context, dataSource: DataSource): ReturnType<typeof createLoanLoaders> {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    loaders = createLoanLoaders(ctx.inTransaction?.manager ?? dataSource);
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
