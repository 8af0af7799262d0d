/**
 * Double-entry lines of the book's events. Each event is posted as signed amounts (debit positive, credit
 * negative) that add up to zero by construction, so every export balances whatever the mix of events.
 */
import { moneyToDecimal } from '@prospek/shared';
import type { JournalAccount } from './account-mapping.defaults.js';

interface EventBase {
  date: string;
  reference: string;
  description: string;
}

export type JournalEvent =
  | (EventBase & { type: 'DISBURSEMENT' | 'WRITE_OFF' | 'RECOVERY' | 'RECOVERY_REVERSAL'; productId: number; amount: bigint })
  | (EventBase & { type: 'REPAYMENT' | 'REPAYMENT_REVERSAL'; productId: number; amount: bigint; principal: bigint; interest: bigint; penalty: bigint })
  | (EventBase & { type: 'INVOICE' | 'CREDIT_NOTE'; kind: 'RECEIVABLE' | 'PAYABLE'; total: bigint; tax: bigint; campaign: boolean })
  | (EventBase & { type: 'PAYMENT'; direction: 'IN' | 'OUT'; amount: bigint });

export interface JournalLine {
  date: string;
  account: JournalAccount;
  productId: number;
  debit: bigint;
  credit: bigint;
  reference: string;
  description: string;
}

/** The signed postings of one event; they sum to zero. */
function postings(event: JournalEvent): Array<[JournalAccount, bigint]> {
  switch (event.type) {
    case 'WRITE_OFF':
      // The principal still owed leaves the book as a loss; interest is income only when received.
      return [
        ['LOAN_WRITE_OFF', event.amount],
        ['LOAN_PRINCIPAL', -event.amount],
      ];
    case 'RECOVERY':
    case 'RECOVERY_REVERSAL': {
      // Money received on a written-off loan is income: its principal has left the book already.
      const sign = event.type === 'RECOVERY' ? 1n : -1n;
      return [
        ['CASH', sign * event.amount],
        ['WRITE_OFF_RECOVERY', -sign * event.amount],
      ];
    }
    case 'DISBURSEMENT':
      return [
        ['LOAN_PRINCIPAL', event.amount],
        ['CASH', -event.amount],
      ];
    case 'REPAYMENT':
    case 'REPAYMENT_REVERSAL': {
      const sign = event.type === 'REPAYMENT' ? 1n : -1n;
      const credit = event.amount - event.principal - event.interest - event.penalty;
      return [
        ['CASH', sign * event.amount],
        ['LOAN_PRINCIPAL', -sign * event.principal],
        ['INTEREST_INCOME', -sign * event.interest],
        ['PENALTY_INCOME', -sign * event.penalty],
        ['CLIENT_DEPOSIT', -sign * credit],
      ];
    }
    case 'INVOICE':
    case 'CREDIT_NOTE': {
      const sign = event.type === 'INVOICE' ? 1n : -1n;
      const net = event.total - event.tax;
      if (event.kind === 'RECEIVABLE')
        return [
          ['RECEIVABLE', sign * event.total],
          ['SERVICE_INCOME', -sign * net],
          ['VAT_OUTPUT', -sign * event.tax],
        ];
      return [
        [event.campaign ? 'MARKETING_EXPENSE' : 'GENERAL_EXPENSE', sign * net],
        ['VAT_INPUT', sign * event.tax],
        ['PAYABLE', -sign * event.total],
      ];
    }
    case 'PAYMENT':
      return event.direction === 'IN'
        ? [
            ['CASH', event.amount],
            ['RECEIVABLE', -event.amount],
          ]
        : [
            ['PAYABLE', event.amount],
            ['CASH', -event.amount],
          ];
  }
}

/** The journal lines of the events, in their order, debits before credits within each; zero lines left out. */
export function journalLines(events: readonly JournalEvent[]): JournalLine[] {
  const lines: JournalLine[] = [];
  for (const event of events) {
    const productId = 'productId' in event ? event.productId : 0;
    const signed = postings(event).filter(([, amount]) => amount !== 0n);
    for (const [account, amount] of [...signed.filter(([, a]) => a > 0n), ...signed.filter(([, a]) => a < 0n)]) {
      lines.push({
        date: event.date,
        account,
        productId,
        debit: amount > 0n ? amount : 0n,
        credit: amount < 0n ? -amount : 0n,
        reference: event.reference,
        description: event.description,
      });
    }
  }
  return lines;
}

export function journalTotals(lines: readonly JournalLine[]): { debitTotal: bigint; creditTotal: bigint } {
  return lines.reduce((t, l) => ({ debitTotal: t.debitTotal + l.debit, creditTotal: t.creditTotal + l.credit }), { debitTotal: 0n, creditTotal: 0n });
}

export type AccountCodes = (account: JournalAccount, productId: number) => { code: string; name: string };

/** The CSV the institution's accounting software imports: one row per line, amounts in rupiah with two decimals. */
export function journalCsv(lines: readonly JournalLine[], codes: AccountCodes): string {
  const cell = (value: string) => (/[",\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const rows = lines.map((l) => {
    const { code, name } = codes(l.account, l.productId);
    return [l.date, code, name, moneyToDecimal(l.debit), moneyToDecimal(l.credit), l.reference, l.description].map(cell).join(',');
  });
  return ['date,account_code,account_name,debit,credit,reference,description', ...rows].join('\r\n') + '\r\n';
}
