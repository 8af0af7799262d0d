import type { InvoiceChangeData } from '@prospek/shared';
import type { BoardAudience, BoardViewer, LiveBoard, OfficeAncestry } from '../../boards/board.js';
import type { CardChangedEvent } from '../../events/domain-events.js';
import type { Tx } from '../../db/transaction.js';
import type { EventOrigin } from '../write-context.js';
import type { Invoice } from './invoice.entity.js';

/** The fields of an invoice that decide who hears of it: the rule of `invoiceReadCondition`, as rooms. */
export interface InvoiceVisibility {
  kind: string;
  officeId: string;
  /** The client's officer, for receivables. */
  officerId: string | null;
}

const room = {
  all: 'invoices:all',
  office: (officeId: number | string) => `invoices:office:${officeId}`,
  officer: (userId: number | string) => `invoices:officer:${userId}`,
  marketing: (officeId: number | string) => `invoices:marketing:${officeId}`,
};

const audience: BoardAudience<InvoiceVisibility> = {
  rooms(visibility: InvoiceVisibility, tree: OfficeAncestry): string[] {
    const rooms = [room.all, ...tree.ancestors(Number(visibility.officeId)).map((id) => room.office(id))];
    if (visibility.kind === 'RECEIVABLE' && visibility.officerId !== null) rooms.push(room.officer(visibility.officerId));
    if (visibility.kind === 'PAYABLE') rooms.push(room.marketing(visibility.officeId));
    return rooms;
  },
  roomsOfViewer(user: BoardViewer): string[] {
    switch (user.role) {
      case 'ADMIN':
        return [room.all];
      case 'MANAGER':
        return [room.office(user.officeId)];
      case 'OFFICER':
        return [room.officer(user.id)];
      case 'MARKETING':
        return [room.marketing(user.officeId)];
    }
  },
};

/** Invoices as a live list without columns: an invoice page or list reads again when one it shows changes. */
export const INVOICE_LIST: LiveBoard<InvoiceVisibility> = { board: 'invoices', audience };

export type InvoiceChangedEvent = CardChangedEvent<'invoices', InvoiceChangeData, InvoiceVisibility>;

/** Queues the invoice's change event on the transaction (sent after commit). */
export function emitInvoiceChange(tx: Pick<Tx, 'emit'>, invoice: Invoice, officerId: number | null, origin: EventOrigin): void {
  tx.emit({
    kind: 'card',
    board: 'invoices',
    type: 'updated',
    card: {
      id: String(invoice.id),
      kind: invoice.kind,
      status: invoice.status,
      officeId: String(invoice.officeId),
      clientId: invoice.clientId === null ? null : String(invoice.clientId),
      version: invoice.version,
    },
    visibility: { kind: invoice.kind, officeId: String(invoice.officeId), officerId: officerId === null ? null : String(officerId) },
    previousVisibility: null,
    actorId: String(origin.actor.id),
    mutationId: origin.mutationId,
  } satisfies InvoiceChangedEvent);
}
