import { LEAD_LIMITS, codeOfWord, isNikFormat, normalizeIndonesianPhone, parseRupiahInput } from '@prospek/shared';
import type { ImportReason, LeadSource, Segment } from '@prospek/shared';
import { cellReader } from './import-parse.js';
import type { ImportField } from './import-parse.js';

export type ImportMapping = Partial<Record<ImportField, string>>;

export interface ImportedLead {
  fullName: string;
  companyName: string | null;
  phone: string | null;
  email: string | null;
  nik: string | null;
  estimatedAmount: bigint;
  source: LeadSource;
  referrerName: string | null;
  segment: Segment | null;
  notes: string | null;
}

/** Words for sources beyond the interface's own (which `codeOfWord` reads in both languages). */
const SOURCE_WORDS: Record<string, LeadSource> = {
  medsos: 'SOCIAL_MEDIA',
  instagram: 'SOCIAL_MEDIA',
  facebook: 'SOCIAL_MEDIA',
  rekomendasi: 'REFERRAL',
  pameran: 'EVENT',
};

const SEGMENT_WORDS: Record<string, Segment> = {
  umkm: 'SME',
  konsumer: 'CREDIT',
  kredit: 'CREDIT',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A reason in Indonesian, as stored beside its code and written in the rejected-rows file. */
export function importReasonText(reason: ImportReason): string {
  const value = reason.value ?? '';
  switch (reason.code) {
    case 'NAME_EMPTY':
      return 'nama kosong';
    case 'NAME_TOO_LONG':
      return `nama lebih dari ${reason.max ?? LEAD_LIMITS.fullName} karakter`;
    case 'PHONE_INVALID':
      return `nomor telepon tidak valid: ${value}`;
    case 'NIK_INVALID':
      return `NIK harus 16 angka: ${value}`;
    case 'NO_CONTACT':
      return 'tidak ada nomor telepon atau NIK';
    case 'AMOUNT_INVALID':
      return `jumlah tidak valid: ${value}`;
    case 'EMAIL_INVALID':
      return `email tidak valid: ${value}`;
    case 'SOURCE_UNKNOWN':
      return `sumber tidak dikenal: ${value}`;
    case 'SEGMENT_UNKNOWN':
      return `segmen tidak dikenal: ${value}`;
    case 'PHONE_EXISTS':
      return `nomor telepon sudah ada: ${value}`;
    case 'NIK_EXISTS':
      return `NIK sudah ada: ${value}`;
    case 'LOAN_NUMBER_EMPTY':
      return 'nomor pinjaman kosong';
    case 'LOAN_NUMBER_TOO_LONG':
      return `nomor pinjaman lebih dari ${reason.max ?? 40} karakter`;
    case 'LOAN_NUMBER_EXISTS':
      return `nomor pinjaman sudah ada: ${value}`;
    case 'CLIENT_EMPTY':
      return 'NIK atau nomor CIF nasabah kosong';
    case 'CLIENT_UNKNOWN':
      return `nasabah tidak dikenal: ${value}`;
    case 'PRODUCT_UNKNOWN':
      return `produk pinjaman tidak dikenal: ${value}`;
    case 'OFFICER_UNKNOWN':
      return `AO tidak dikenal: ${value}`;
    case 'RATE_INVALID':
      return `suku bunga tidak valid: ${value}`;
    case 'TENOR_INVALID':
      return `tenor harus 1–${reason.max ?? 360} bulan: ${value}`;
    case 'METHOD_UNKNOWN':
      return `metode bunga tidak dikenal: ${value}`;
    case 'DISBURSEMENT_DATE_INVALID':
      return `tanggal pencairan tidak valid: ${value}`;
    case 'FIRST_DUE_DATE_INVALID':
      return `tanggal angsuran pertama tidak valid: ${value}`;
    case 'PAID_INVALID':
      return `yang sudah dibayar tidak valid: ${value}`;
    case 'TERMS_UNSCHEDULABLE':
      return 'angsuran dalam rupiah utuh tidak dapat melunasi pinjaman ini sepanjang tenornya';
  }
}

/**
 * One row checked the way the lead form checks a lead, in Indonesian formats (08… phones, amounts like
 * 1.500.000). Returns the lead, or every reason the row is refused.
 */
export function readImportRow(
  cells: string[],
  headers: string[],
  mapping: ImportMapping,
  defaultSource: LeadSource,
): { ok: true; lead: ImportedLead } | { ok: false; reasons: ImportReason[] } {
  const cell = cellReader<ImportField>(cells, headers, mapping);
  const reasons: ImportReason[] = [];
  const fullName = cell('fullName');
  if (!fullName) reasons.push({ code: 'NAME_EMPTY' });
  else if (fullName.length > LEAD_LIMITS.fullName) reasons.push({ code: 'NAME_TOO_LONG', max: LEAD_LIMITS.fullName });
  const rawPhone = cell('phone');
  const phone = rawPhone ? normalizeIndonesianPhone(rawPhone) : null;
  if (rawPhone && !phone) reasons.push({ code: 'PHONE_INVALID', value: rawPhone });
  const nik = cell('nik').replace(/\s/g, '') || null;
  if (nik && !isNikFormat(nik)) reasons.push({ code: 'NIK_INVALID', value: nik });
  if (!phone && !nik && !rawPhone) reasons.push({ code: 'NO_CONTACT' });
  const rawAmount = cell('estimatedAmount');
  let estimatedAmount = 0n;
  if (rawAmount) {
    const amount = parseRupiahInput(rawAmount);
    if (amount === null || amount <= 0n) reasons.push({ code: 'AMOUNT_INVALID', value: rawAmount });
    else estimatedAmount = amount;
  }
  const email = cell('email') || null;
  if (email && (!EMAIL.test(email) || email.length > LEAD_LIMITS.email)) reasons.push({ code: 'EMAIL_INVALID', value: email });
  const rawSource = cell('source');
  let source = defaultSource;
  if (rawSource) {
    const found = codeOfWord('sources', rawSource) ?? SOURCE_WORDS[rawSource.toLowerCase()];
    if (!found) reasons.push({ code: 'SOURCE_UNKNOWN', value: rawSource });
    else source = found;
  }
  const rawSegment = cell('segment');
  let segment: Segment | null = null;
  if (rawSegment) {
    const found = codeOfWord('segments', rawSegment) ?? SEGMENT_WORDS[rawSegment.toLowerCase()];
    if (!found) reasons.push({ code: 'SEGMENT_UNKNOWN', value: rawSegment });
    else segment = found;
  }
  const companyName = cell('companyName').slice(0, LEAD_LIMITS.companyName) || null;
  const referrerName = cell('referrerName').slice(0, LEAD_LIMITS.referrerName) || null;
  const notes = cell('notes').slice(0, LEAD_LIMITS.notes) || null;
  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, lead: { fullName, companyName, phone, email: email?.toLowerCase() ?? null, nik, estimatedAmount, source, referrerName, segment, notes } };
}
