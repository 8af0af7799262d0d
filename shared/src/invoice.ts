/**
 * Invoice totals in integer sen, the one function the server stores and the editor shows.
 *
 * Rounding rule (documented in one place): each line's amount is quantity × unit price, exact. PPN is
 * reckoned per invoice, not per line, as e-Faktur does: DPP (tax base) = the sum of the PPN lines'
 * amounts × the base fraction (11/12, "DPP nilai lain"), rounded half-up to a whole sen; PPN = DPP ×
 * rate %, rounded DOWN to a whole rupiah (the tax office's rounding of PPN). Exempt lines add to the
 * subtotal and nothing to DPP. Total = subtotal + PPN.
 */
import { VAT_TREATMENTS, DEFAULT_VAT } from './tax.js';
import type { VatSettings, VatTreatment } from './tax.js';
import { divRoundHalfUp } from './decimal.js';
import { MINOR_PER_UNIT } from './money.js';

export const INVOICE_KINDS = ['RECEIVABLE', 'PAYABLE'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
export const INVOICE_STATUSES = ['DRAFT', 'ISSUED', 'PARTIALLY_PAID', 'PAID', 'CANCELLED'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export const INVOICE_CHANNELS = ['EMAIL', 'PDF', 'PAPER'] as const;
export type InvoiceChannel = (typeof INVOICE_CHANNELS)[number];
export const TAX_CODES = VAT_TREATMENTS;
export type TaxCode = VatTreatment;
export const PAYMENT_DIRECTIONS = ['IN', 'OUT'] as const;
export type PaymentDirection = (typeof PAYMENT_DIRECTIONS)[number];
export const PAYMENT_METHODS = ['CASH', 'TRANSFER', 'VIRTUAL_ACCOUNT', 'OTHER'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const AGING_BUCKETS = ['current', 'd1to30', 'd31to60', 'd61to90', 'over90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** The most lines an invoice holds, and the largest quantity and unit price a line takes. */
export const INVOICE_LIMITS = { lines: 100, quantity: 1_000_000, unitPrice: 10n ** 15n } as const;

export interface InvoiceLineAmounts {
  quantity: number;
  unitPrice: bigint;
  taxCode: TaxCode;
}

export interface InvoiceTotals {
  lines: bigint[];
  subtotal: bigint;
  taxBase: bigint;
  tax: bigint;
  total: bigint;
}

/** Parses a base fraction written like "11/12"; null when it is not one. */
export function parseBaseFraction(text: string): { numerator: number; denominator: number } | null {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!match || Number(match[2]) === 0) return null;
  return { numerator: Number(match[1]), denominator: Number(match[2]) };
}

/** The line amounts, subtotal, DPP, PPN and total of an invoice (see the rounding rule above). */
export function invoiceTotals(lines: readonly InvoiceLineAmounts[], vat: VatSettings = DEFAULT_VAT): InvoiceTotals {
  const amounts = lines.map((line) => BigInt(line.quantity) * line.unitPrice);
  const subtotal = amounts.reduce((a, b) => a + b, 0n);
  const taxable = amounts.reduce((sum, amount, i) => (lines[i].taxCode === 'PPN' ? sum + amount : sum), 0n);
  if (taxable <= 0n) return { lines: amounts, subtotal, taxBase: 0n, tax: 0n, total: subtotal };
  const taxBase = divRoundHalfUp(taxable * BigInt(vat.baseNumerator), BigInt(vat.baseDenominator));
  // The rate may carry two decimals (11.5 %): scale it to hundredths of a percent.
  const rateHundredths = BigInt(Math.round(vat.ratePercent * 100));
  const tax = ((taxBase * rateHundredths) / (10_000n * MINOR_PER_UNIT)) * MINOR_PER_UNIT;
  return { lines: amounts, subtotal, taxBase, tax, total: subtotal + tax };
}

/** Days past due as of a date, both `YYYY-MM-DD` (0 when not yet due). */
export function daysOverdue(dueDate: string, asOf: string): number {
  const days = Math.round((Date.parse(`${asOf}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / 86_400_000);
  return days > 0 ? days : 0;
}

/** The aging bucket of an open amount due on `dueDate`, as of `asOf`. */
export function agingBucketOf(dueDate: string, asOf: string): AgingBucket {
  const days = daysOverdue(dueDate, asOf);
  if (days === 0) return 'current';
  if (days <= 30) return 'd1to30';
  if (days <= 60) return 'd31to60';
  if (days <= 90) return 'd61to90';
  return 'over90';
}

/**
 * An invoice number from the configured format: `{office}` the office code, `{year}` the year, `{seq}`
 * the sequence, `{seq:6}` padded to six digits. Example: `INV/{office}/{year}/{seq:6}` → INV/JKT/2026/000123.
 */
export function formatInvoiceNumber(format: string, parts: { office: string; year: number; seq: number }): string {
  return format
    .replace(/\{office\}/g, parts.office)
    .replace(/\{year\}/g, String(parts.year))
    .replace(/\{seq(?::(\d{1,2}))?\}/g, (_m, width: string | undefined) => String(parts.seq).padStart(Number(width ?? 0), '0'));
}

/** Whether a number format can tell invoices apart: it must hold `{seq}` (or `{seq:n}`). */
export function isInvoiceNumberFormat(format: string): boolean {
  return /\{seq(?::\d{1,2})?\}/.test(format) && format.length <= 60;
}
