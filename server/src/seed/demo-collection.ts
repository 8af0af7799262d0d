import type { EntityManager } from 'typeorm';
import { In, MoreThan } from 'typeorm';
import { addDays, positionsAfter } from '@prospek/shared';
import type { CollectionColumn } from '@prospek/shared';
import { CollectionCase } from '../modules/loan/collection.entity.js';
import { Loan } from '../modules/loan/loan.entity.js';

/**
 * The demo loans in arrears as collection cases, as the posting engine would have opened them and the
 * officers moved them on: the newly late still NEW, a month or more CONTACTED, the long late waiting
 * for a restructuring.
 */
export async function seedDemoCollection(manager: EntityManager): Promise<void> {
  const late = await manager.find(Loan, { where: { daysPastDue: MoreThan(0), status: In(['ACTIVE', 'RESTRUCTURED']) }, order: { id: 'ASC' } });
  const columnOf = (dpd: number): CollectionColumn => (dpd > 90 ? 'RESTRUCTURE_REQUESTED' : dpd > 30 ? 'CONTACTED' : 'NEW');
  const byColumn = new Map<CollectionColumn, Loan[]>();
  for (const loan of late) byColumn.set(columnOf(loan.daysPastDue), [...(byColumn.get(columnOf(loan.daysPastDue)) ?? []), loan]);
  for (const [status, loans] of byColumn) {
    const keys = positionsAfter(null, loans.length);
    await manager.insert(
      CollectionCase,
      loans.map((loan, i) => ({
        loanId: loan.id,
        status,
        position: keys[i],
        officerId: loan.officerId,
        officeId: loan.officeId,
        daysPastDue: loan.daysPastDue,
        arrears: loan.arrears,
        collectibility: loan.collectibility,
        // The day it fell late.
        openedOn: addDays(loan.positionAsOf, -loan.daysPastDue),
        resolvedOn: null,
        archivedAt: null,
      })),
    );
  }
}
