/**
 * The words people use for a lead's stage, source and segment, in both interface languages. Exports
 * write them instead of codes, and imports read them back (with the codes), so a file round-trips.
 * The client's i18n holds the same words; a unit test keeps the two equal.
 */
import type { LeadSource, LeadStage, Segment } from './enums.js';

export type WordLanguage = 'id' | 'en';

export interface LeadWords {
  stages: Record<LeadStage, string>;
  sources: Record<LeadSource, string>;
  segments: Record<Segment, string>;
}

export const LEAD_WORDS: Record<WordLanguage, LeadWords> = {
  id: {
    stages: {
      NEW: 'Baru',
      CONTACTED: 'Dihubungi',
      PRESENTED: 'Presentasi Produk',
      APPLICATION: 'Pengajuan',
      SURVEY: 'Survei',
      COMMITTEE: 'Komite Kredit',
      WON: 'Berhasil (Akad)',
      LOST: 'Gagal',
    },
    sources: {
      BROCHURE: 'Brosur',
      SOCIAL_MEDIA: 'Media sosial',
      REFERRAL: 'Referensi',
      WALK_IN: 'Datang langsung',
      EVENT: 'Acara',
      WEBSITE: 'Situs web',
      OTHER: 'Lainnya',
    },
    segments: { MICRO: 'Mikro', SME: 'UKM', SECURED_LOAN: 'Kredit Beragunan', FINANCIAL_SERVICES: 'Jasa Keuangan', CREDIT: 'Kredit Konsumer' },
  },
  en: {
    stages: {
      NEW: 'New',
      CONTACTED: 'Contacted',
      PRESENTED: 'Product presented',
      APPLICATION: 'Application',
      SURVEY: 'Survey',
      COMMITTEE: 'Credit committee',
      WON: 'Won (signed)',
      LOST: 'Lost',
    },
    sources: {
      BROCHURE: 'Brochure',
      SOCIAL_MEDIA: 'Social media',
      REFERRAL: 'Referral',
      WALK_IN: 'Walk-in',
      EVENT: 'Event',
      WEBSITE: 'Website',
      OTHER: 'Other',
    },
    segments: { MICRO: 'Micro', SME: 'SME', SECURED_LOAN: 'Secured loan', FINANCIAL_SERVICES: 'Financial services', CREDIT: 'Consumer credit' },
  },
};

/** 'en' when asked for English, else Indonesian (the default language). */
export function wordLanguage(value: unknown): WordLanguage {
  return value === 'en' ? 'en' : 'id';
}

const folded = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');

/** The code a word of either language (or the code itself) stands for; null when it names none. */
export function codeOfWord<K extends keyof LeadWords>(group: K, text: string): keyof LeadWords[K] | null {
  const wanted = folded(text);
  for (const language of ['id', 'en'] as const) {
    for (const [code, word] of Object.entries(LEAD_WORDS[language][group])) {
      if (folded(word) === wanted || folded(code) === wanted) return code as keyof LeadWords[K];
    }
  }
  return null;
}
