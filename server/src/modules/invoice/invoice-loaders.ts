import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { AuthedContext } from '../../graphql/context.js';
import { Client } from '../client/client.entity.js';
import { MailOutbox } from '../mail/mail-outbox.entity.js';
import { CreditNote, InvoiceLine } from './invoice.entity.js';
import { PaymentAllocation } from './payment.entity.js';

function grouped<T, K>(rows: T[], keyOf: (row: T) => K, keys: readonly K[]): T[][] {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(keyOf(row), [...(map.get(keyOf(row)) ?? []), row]);
  return keys.map((k) => map.get(k) ?? []);
}

function build(dataSource: DataSource) {
  return {
    lines: new DataLoader<number, InvoiceLine[]>(async (ids) =>
      grouped(await dataSource.getRepository(InvoiceLine).find({ where: { invoiceId: In([...ids]) }, order: { position: 'ASC' } }), (l) => l.invoiceId, ids),
    ),
    creditNote: new DataLoader<number, CreditNote | null>(async (ids) => {
      const notes = await dataSource.getRepository(CreditNote).findBy({ invoiceId: In([...ids]) });
      return ids.map((id) => notes.find((n) => n.invoiceId === id) ?? null);
    }),
    delivery: new DataLoader<number, MailOutbox | null>(async (ids) => {
      const rows = await dataSource.getRepository(MailOutbox).find({ where: { subjectType: 'Invoice', subjectId: In([...ids]) }, order: { id: 'DESC' } });
      return ids.map((id) => rows.find((r) => r.subjectId === id) ?? null);
    }),
    allocations: new DataLoader<number, PaymentAllocation[]>(async (ids) =>
      grouped(await dataSource.getRepository(PaymentAllocation).find({ where: { invoiceId: In([...ids]) }, order: { id: 'ASC' } }), (a) => a.invoiceId, ids),
    ),
    client: new DataLoader<number, Client | null>(async (ids) => {
      const clients = await dataSource.getRepository(Client).findBy({ id: In([...ids]) });
      return ids.map((id) => clients.find((c) => c.id === id) ?? null);
    }),
  };
}

const perRequest = new WeakMap<AuthedContext, ReturnType<typeof build>>();

/** The invoice pages' loaders, one set per request. */
export function invoiceLoaders(ctx: AuthedContext, dataSource: DataSource): ReturnType<typeof build> {
  let loaders = perRequest.get(ctx);
  if (!loaders) perRequest.set(ctx, (loaders = build(dataSource)));
  return loaders;
}
