/**
 * What a person may post a statement line to, searched by invoice number, client or supplier name, loan
 * number or virtual account, or amount due; the closest amounts to the line's first. Only what the line
 * may pay (money in: a client's invoice or a loan; out: a supplier's invoice), open, in the statement's
 * offices, and for an officer their own clients' — the same targets `confirmStatementMatch` takes.
 */
import type { DataSource } from 'typeorm';
import { referenceKey, VIRTUAL_ACCOUNT_PREFIX, virtualAccountOf } from '@prospek/shared';
import { toBusinessDate } from '../../db/columns.js';
import type { Dialect } from '../../db/sql.js';
import { InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import type { WriteContext } from '../write-context.js';
import { nextInstallments } from './reconcile-candidates.js';
import type { StatementMatchCandidate } from './bank-statement.types.js';
import type { ReconcileService } from './reconcile.service.js';

type Id = number | string;
const inList = (ids: unknown[]) => `(${ids.map(() => '?').join(', ')})`;

/** An amount as people type it ("1.250.000", "Rp 1.250.000,00", "1250000"), in minor units; null when it is not one. */
export function searchedAmount(text: string): bigint | null {
  const bare = text.replace(/^rp\.?\s*/i, '').replace(/\s/g, '');
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/.exec(bare);
  if (!match) return null;
  return BigInt(match[1].replace(/\./g, '')) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** The loan a virtual-account number names, if the text is one. */
function loanOfVirtualAccount(text: string): number | null {
  const key = referenceKey(text);
  if (key.length !== VIRTUAL_ACCOUNT_PREFIX.length + 10 || !key.startsWith(VIRTUAL_ACCOUNT_PREFIX) || !/^\d+$/.test(key)) return null;
  const id = Number(key.slice(VIRTUAL_ACCOUNT_PREFIX.length));
  return id > 0 ? id : null;
}

export class ReconcileTargetSearch {
  constructor(
    private readonly dataSource: DataSource,
    private readonly dialect: Dialect,
    private readonly access: AccessService,
    private readonly reconcile: ReconcileService,
  ) {}

  async search(ctx: WriteContext, lineId: string, text: string, first: number): Promise<StatementMatchCandidate[]> {
    if (!Number.isInteger(first) || first < 1 || first > 20)
      throw InputError.field('first', 'INVALID', 'first must be between 1 and 20', { min: 1, max: 20 }, 'OUT_OF_RANGE');
    const words = text.trim().slice(0, 100);
    const line = await this.reconcile.visibleLine(ctx, lineId);
    const scope = await this.access.scope(ctx.actor);
    const officeIds = (await this.access.tree()).subtree(line.officeId);
    const own = scope.role === 'OFFICER' ? scope.user.id : null;
    const amount = searchedAmount(words);
    const like = `%${words.replace(/[!%_]/g, (c) => `!${c}`)}%`;
    const near = Number(line.amount);
    const q = this.dialect.id;
    const out: StatementMatchCandidate[] = [];

    const kinds = line.direction === 'IN' ? ['RECEIVABLE'] : ['PAYABLE'];
    const invoiceText = words
      ? ` AND (i.${q('number')} LIKE ? ESCAPE '!' OR c.${q('name')} LIKE ? ESCAPE '!' OR i.${q('supplierName')} LIKE ? ESCAPE '!'${amount !== null ? ` OR i.${q('total')} - i.${q('amountPaid')} = ?` : ''})`
      : '';
    const invoices: Array<{
      id: Id;
      kind: string;
      number: string;
      total: Id;
      amountPaid: Id;
      dueDate: Date | string;
      supplierName: string | null;
      clientName: string | null;
    }> = await this.dataSource.query(
      `SELECT i.${q('id')}, i.${q('kind')}, i.${q('number')}, i.${q('total')}, i.${q('amountPaid')}, i.${q('dueDate')}, i.${q('supplierName')}, c.${q('name')} AS ${q('clientName')} ` +
        `FROM ${q('invoice')} i LEFT JOIN ${q('client')} c ON c.${q('id')} = i.${q('clientId')} ` +
        `WHERE i.${q('status')} IN ('ISSUED', 'PARTIALLY_PAID') AND i.${q('kind')} IN ${inList(kinds)} AND i.${q('officeId')} IN ${inList(officeIds)}` +
        (own !== null ? ` AND c.${q('officerId')} = ?` : '') +
        invoiceText +
        ` ORDER BY ABS(i.${q('total')} - i.${q('amountPaid')} - ?), i.${q('id')} LIMIT ?`,
      [...kinds, ...officeIds, ...(own !== null ? [own] : []), ...(words ? [like, like, like, ...(amount !== null ? [Number(amount)] : [])] : []), near, first],
    );
    for (const i of invoices)
      out.push({
        kind: i.kind === 'PAYABLE' ? 'PAYABLE' : 'RECEIVABLE',
        id: String(i.id),
        label: i.number,
        party: (i.kind === 'PAYABLE' ? i.supplierName : i.clientName) ?? '',
        amountDue: BigInt(i.total) - BigInt(i.amountPaid),
        dueDate: toBusinessDate(i.dueDate) as string,
      });

    if (line.direction === 'IN') {
      const va = loanOfVirtualAccount(words);
      const loanText = words
        ? ` AND (l.${q('externalNumber')} LIKE ? ESCAPE '!' OR c.${q('name')} LIKE ? ESCAPE '!'${va !== null ? ` OR l.${q('id')} = ?` : ''}${amount !== null ? ` OR l.${q('arrears')} = ?` : ''})`
        : '';
      const loans: Array<{ id: Id; externalNumber: string | null; arrears: Id; clientName: string }> = await this.dataSource.query(
        `SELECT l.${q('id')}, l.${q('externalNumber')}, l.${q('arrears')}, c.${q('name')} AS ${q('clientName')} FROM ${q('loan')} l JOIN ${q('client')} c ON c.${q('id')} = l.${q('clientId')} ` +
          `WHERE l.${q('status')} IN ('ACTIVE', 'RESTRUCTURED') AND l.${q('officeId')} IN ${inList(officeIds)}` +
          (own !== null ? ` AND l.${q('officerId')} = ?` : '') +
          loanText +
          ` ORDER BY ABS(l.${q('arrears')} - ?), l.${q('id')} LIMIT ?`,
        [
          ...officeIds,
          ...(own !== null ? [own] : []),
          ...(words ? [like, like, ...(va !== null ? [va] : []), ...(amount !== null ? [Number(amount)] : [])] : []),
          near,
          first,
        ],
      );
      const next = await nextInstallments(
        this.dataSource.manager,
        this.dialect,
        loans.map((l) => Number(l.id)),
      );
      for (const l of loans) {
        const arrears = BigInt(l.arrears);
        const installment = next.get(Number(l.id));
        out.push({
          kind: 'LOAN',
          id: String(l.id),
          label: l.externalNumber ?? virtualAccountOf(Number(l.id)),
          party: l.clientName,
          amountDue: arrears > 0n ? arrears : (installment?.due ?? 0n),
          dueDate: installment?.dueDate ?? null,
        });
      }
    }
    const distance = (c: StatementMatchCandidate) => (c.amountDue > line.amount ? c.amountDue - line.amount : line.amount - c.amountDue);
    return out.sort((a, b) => (distance(a) < distance(b) ? -1 : distance(a) > distance(b) ? 1 : 0)).slice(0, first);
  }
}
