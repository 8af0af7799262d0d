/**
 * One row of an existing loan book, checked without I/O: the client, product and officer are looked up
 * in maps the service reads once, the terms give the schedule through the shared loan maths, and what
 * the borrower has already paid becomes repayments dated on the installments' due dates.
 */
import { INTEREST_METHODS, UNSCHEDULABLE, addMonths, disbursementSchedule, isBusinessDate, parseRupiahInput } from '@prospek/shared';
import type { ImportReason, InterestMethod, ScheduledInstallment } from '@prospek/shared';
import { cellReader } from '../lead-import/import-parse.js';

/** Loan fields an import can fill, and headings that usually hold them. */
export const LOAN_IMPORT_FIELDS = {
  externalNumber: ['no pinjaman', 'nomor pinjaman', 'no kredit', 'nomor kredit', 'no rekening', 'nomor rekening', 'loan number', 'loan no', 'account number'],
  client: ['nik', 'cif', 'nik / cif', 'nik/cif', 'nik atau cif', 'no cif', 'nomor cif', 'nasabah', 'client', 'ktp', 'no ktp'],
  product: ['produk', 'kode produk', 'product', 'product code'],
  officer: ['ao', 'email ao', 'petugas', 'officer', 'officer email', 'account officer'],
  principal: ['plafon', 'pokok', 'principal', 'jumlah pinjaman', 'plafond', 'amount'],
  annualRate: ['bunga', 'suku bunga', 'bunga per tahun', 'rate', 'annual rate', 'interest rate', 'bunga (%)'],
  tenorMonths: ['tenor', 'jangka waktu', 'tenor (bulan)', 'tenor months', 'term'],
  interestMethod: ['metode', 'metode bunga', 'jenis bunga', 'method', 'interest method'],
  disbursementDate: ['tanggal pencairan', 'tgl pencairan', 'pencairan', 'disbursement date', 'disbursed'],
  firstDueDate: ['angsuran pertama', 'jatuh tempo pertama', 'tgl angsuran pertama', 'first due date', 'first due'],
  paidInstallments: ['angsuran dibayar', 'angsuran terbayar', 'jumlah angsuran dibayar', 'paid installments', 'installments paid'],
  paidAmount: ['sudah dibayar', 'total dibayar', 'jumlah dibayar', 'terbayar', 'paid amount', 'amount paid', 'repaid'],
} as const;
export type LoanImportField = keyof typeof LOAN_IMPORT_FIELDS;
export type LoanImportMapping = Partial<Record<LoanImportField, string>>;

export interface LoanImportLookups {
  /** Clients the importer reaches, by NIK and by CIF number. */
  clients: Map<string, { id: number; officeId: number; officerId: number | null }>;
  /** Loan products by code and by name, lower case. */
  products: Map<string, { id: number; interestMethod: InterestMethod | null }>;
  /** Active officers the importer reaches, by lower-case email. */
  officers: Map<string, { id: number }>;
  /** Today in an office's zone: a loan cannot be disbursed after its office's today. */
  todayOf: (officeId: number) => string;
}

export interface ImportedLoan {
  externalNumber: string;
  clientId: number;
  officeId: number;
  officerId: number | null;
  productId: number;
  principal: bigint;
  annualRateMicro: number;
  tenorMonths: number;
  interestMethod: InterestMethod;
  disbursementDate: string;
  firstDueDate: string;
  schedule: ScheduledInstallment[];
  /** What was paid before the import, as repayments in value-date order. */
  payments: Array<{ amount: bigint; valueDate: string }>;
}

const METHOD_WORDS: Record<string, InterestMethod> = { flat: 'FLAT', efektif: 'EFFECTIVE', effective: 'EFFECTIVE', anuitas: 'ANNUITY', annuity: 'ANNUITY' };

/** A date as YYYY-MM-DD, or as Indonesians write it: DD/MM/YYYY or DD-MM-YYYY. */
export function readDate(text: string): string | null {
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = local ? `${local[3]}-${local[2].padStart(2, '0')}-${local[1].padStart(2, '0')}` : text;
  return isBusinessDate(iso) ? iso : null;
}

/** Percent per year (12,5 or 12.5) as millionths, from text so that no float rounds it. */
export function readRateMicro(text: string): number | null {
  const m = /^(\d{1,3})(?:[.,](\d{1,6}))?\s*%?$/.exec(text);
  if (!m) return null;
  const micro = Number(m[1]) * 1_000_000 + Number((m[2] ?? '').padEnd(6, '0'));
  return micro <= 100_000_000 ? micro : null;
}

/**
 * What was paid as repayments: every installment covered is paid on its due date (or today, for one not
 * due yet); an amount that ends inside an installment pays that part on its due date.
 */
export function paymentsOf(schedule: ScheduledInstallment[], paid: bigint, today: string): Array<{ amount: bigint; valueDate: string }> {
  const payments: Array<{ amount: bigint; valueDate: string }> = [];
  let left = paid;
  for (const row of schedule) {
    if (left <= 0n) break;
    const amount = left < row.principal + row.interest ? left : row.principal + row.interest;
    const valueDate = row.dueDate < today ? row.dueDate : today;
    const last = payments[payments.length - 1];
    if (last && last.valueDate === valueDate) last.amount += amount;
    else payments.push({ amount, valueDate });
    left -= amount;
  }
  return payments;
}

export function readLoanRow(
  cells: string[],
  headers: string[],
  mapping: LoanImportMapping,
  lookups: LoanImportLookups,
): { ok: true; loan: ImportedLoan } | { ok: false; reasons: ImportReason[] } {
  const cell = cellReader<LoanImportField>(cells, headers, mapping);
  const reasons: ImportReason[] = [];
  const externalNumber = cell('externalNumber');
  if (!externalNumber) reasons.push({ code: 'LOAN_NUMBER_EMPTY' });
  else if (externalNumber.length > 40) reasons.push({ code: 'LOAN_NUMBER_TOO_LONG', max: 40 });

  const clientKey = cell('client').replace(/\s/g, '');
  const client = clientKey ? lookups.clients.get(clientKey) : undefined;
  if (!clientKey) reasons.push({ code: 'CLIENT_EMPTY' });
  else if (!client) reasons.push({ code: 'CLIENT_UNKNOWN', value: clientKey });

  const productKey = cell('product');
  const product = lookups.products.get(productKey.toLowerCase());
  if (!product) reasons.push({ code: 'PRODUCT_UNKNOWN', value: productKey });

  const officerKey = cell('officer').toLowerCase();
  const officer = officerKey ? lookups.officers.get(officerKey) : undefined;
  if (officerKey && !officer) reasons.push({ code: 'OFFICER_UNKNOWN', value: cell('officer') });

  const rawPrincipal = cell('principal');
  const principal = parseRupiahInput(rawPrincipal);
  if (principal === null || principal <= 0n) reasons.push({ code: 'AMOUNT_INVALID', value: rawPrincipal });

  const rawRate = cell('annualRate');
  const annualRateMicro = readRateMicro(rawRate);
  if (annualRateMicro === null) reasons.push({ code: 'RATE_INVALID', value: rawRate });

  const rawTenor = cell('tenorMonths');
  const tenorMonths = /^\d{1,3}$/.test(rawTenor) ? Number(rawTenor) : 0;
  if (tenorMonths < 1 || tenorMonths > 360) reasons.push({ code: 'TENOR_INVALID', value: rawTenor, max: 360 });

  const rawMethod = cell('interestMethod');
  const method = rawMethod
    ? (INTEREST_METHODS as readonly string[]).includes(rawMethod.toUpperCase())
      ? (rawMethod.toUpperCase() as InterestMethod)
      : METHOD_WORDS[rawMethod.toLowerCase()]
    : product?.interestMethod;
  if (!method && (rawMethod || product)) reasons.push({ code: 'METHOD_UNKNOWN', value: rawMethod });

  const rawDisbursed = cell('disbursementDate');
  const disbursementDate = readDate(rawDisbursed);
  if (!disbursementDate || disbursementDate > lookups.todayOf(client?.officeId ?? 0)) reasons.push({ code: 'DISBURSEMENT_DATE_INVALID', value: rawDisbursed });
  const rawFirstDue = cell('firstDueDate');
  const firstDueDate = readDate(rawFirstDue);
  if (!firstDueDate || (disbursementDate && (firstDueDate <= disbursementDate || firstDueDate > addMonths(disbursementDate, 2))))
    reasons.push({ code: 'FIRST_DUE_DATE_INVALID', value: rawFirstDue });

  if (reasons.length > 0 || !client || !product || !method || principal === null || annualRateMicro === null || !disbursementDate || !firstDueDate)
    return { ok: false, reasons };

  let schedule: ScheduledInstallment[];
  try {
    schedule = disbursementSchedule({ amount: principal, tenorMonths, annualRate: (annualRateMicro / 1_000_000).toFixed(6), method }, firstDueDate);
  } catch (error) {
    if (error instanceof RangeError && error.message === UNSCHEDULABLE) return { ok: false, reasons: [{ code: 'TERMS_UNSCHEDULABLE' }] };
    throw error;
  }
  const owed = schedule.reduce((sum, row) => sum + row.principal + row.interest, 0n);
  const rawAmount = cell('paidAmount');
  const rawCount = cell('paidInstallments');
  let paid = 0n;
  if (rawAmount) {
    const amount = parseRupiahInput(rawAmount);
    if (amount === null || amount < 0n || amount > owed) return { ok: false, reasons: [{ code: 'PAID_INVALID', value: rawAmount }] };
    paid = amount;
  } else if (rawCount) {
    const count = /^\d{1,3}$/.test(rawCount) ? Number(rawCount) : -1;
    if (count < 0 || count > tenorMonths) return { ok: false, reasons: [{ code: 'PAID_INVALID', value: rawCount, max: tenorMonths }] };
    paid = schedule.slice(0, count).reduce((sum, row) => sum + row.principal + row.interest, 0n);
  }
  return {
    ok: true,
    loan: {
      externalNumber,
      clientId: client.id,
      officeId: client.officeId,
      officerId: officer?.id ?? client.officerId,
      productId: product.id,
      principal,
      annualRateMicro,
      tenorMonths,
      interestMethod: method,
      disbursementDate,
      firstDueDate,
      schedule,
      payments: paymentsOf(schedule, paid, lookups.todayOf(client.officeId)),
    },
  };
}
