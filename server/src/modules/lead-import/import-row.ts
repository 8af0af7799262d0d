import { LEAD_LIMITS, codeOfWord, isNikFormat, normalizeIndonesianPhone, parseRupiahInput } from '@prospek/shared';
import type { LeadSource, Segment } from '@prospek/shared';
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

/**
 * One row checked the way the lead form checks a lead, in Indonesian formats (08… phones, amounts like
 * 1.500.000). Returns the lead, or every reason the row is refused.
 */
export function readImportRow(
  cells: string[],
  headers: string[],
  mapping: ImportMapping,
  defaultSource: LeadSource,
): { ok: true; lead: ImportedLead } | { ok: false; reasons: string[] } {
  const indexOf = new Map(headers.map((h, i) => [h, i]));
  const cell = (field: ImportField) => {
    const heading = mapping[field];
    if (!heading) return '';
    const index = indexOf.get(heading);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const reasons: string[] = [];
  const fullName = cell('fullName');
  if (!fullName) reasons.push('nama kosong');
  else if (fullName.length > LEAD_LIMITS.fullName) reasons.push(`nama lebih dari ${LEAD_LIMITS.fullName} karakter`);
  const rawPhone = cell('phone');
  const phone = rawPhone ? normalizeIndonesianPhone(rawPhone) : null;
  if (rawPhone && !phone) reasons.push(`nomor telepon tidak valid: ${rawPhone}`);
  const nik = cell('nik').replace(/\s/g, '') || null;
  if (nik && !isNikFormat(nik)) reasons.push(`NIK harus 16 angka: ${nik}`);
  if (!phone && !nik && !rawPhone) reasons.push('tidak ada nomor telepon atau NIK');
  const rawAmount = cell('estimatedAmount');
  let estimatedAmount = 0n;
  if (rawAmount) {
    const amount = parseRupiahInput(rawAmount);
    if (amount === null || amount <= 0n) reasons.push(`jumlah tidak valid: ${rawAmount}`);
    else estimatedAmount = amount;
  }
  const email = cell('email') || null;
  if (email && (!EMAIL.test(email) || email.length > LEAD_LIMITS.email)) reasons.push(`email tidak valid: ${email}`);
  const rawSource = cell('source');
  let source = defaultSource;
  if (rawSource) {
    const found = codeOfWord('sources', rawSource) ?? SOURCE_WORDS[rawSource.toLowerCase()];
    if (!found) reasons.push(`sumber tidak dikenal: ${rawSource}`);
    else source = found;
  }
  const rawSegment = cell('segment');
  let segment: Segment | null = null;
  if (rawSegment) {
    const found = codeOfWord('segments', rawSegment) ?? SEGMENT_WORDS[rawSegment.toLowerCase()];
    if (!found) reasons.push(`segmen tidak dikenal: ${rawSegment}`);
    else segment = found;
  }
  const companyName = cell('companyName').slice(0, LEAD_LIMITS.companyName) || null;
  const referrerName = cell('referrerName').slice(0, LEAD_LIMITS.referrerName) || null;
  const notes = cell('notes').slice(0, LEAD_LIMITS.notes) || null;
  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, lead: { fullName, companyName, phone, email: email?.toLowerCase() ?? null, nik, estimatedAmount, source, referrerName, segment, notes } };
}
