import { createI18n } from 'vue-i18n';
import { collectionMessages } from '../features/collection/collection.messages';
import { collectionBoardMessages } from '../features/loans/collection.messages';
import { loanAdminMessages } from '../features/loan-admin/loan-admin.messages';
import { loanMessages } from '../features/loans/loan.messages';
import { invoiceMessages } from '../features/invoices/invoice.messages';
import { loanImportMessages } from '../features/loans/loan-import.messages';
import { restructureMessages } from '../features/loans/restructure.messages';
import { reportMessages } from '../features/reports/report.messages';
import { en } from './en';
import { id } from './id';

export type Locale = 'id' | 'en';
const STORAGE_KEY = 'prospek.locale';

function savedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
}

export const i18n = createI18n({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: 'id',
  messages: {
    id: {
      ...id,
      ...loanMessages.id,
      ...loanImportMessages.id,
      ...collectionMessages.id,
      ...collectionBoardMessages.id,
      ...restructureMessages.id,
      ...reportMessages.id,
      ...loanAdminMessages.id,
      ...invoiceMessages.id,
    },
    en: {
      ...en,
      ...loanMessages.en,
      ...loanImportMessages.en,
      ...collectionMessages.en,
      ...collectionBoardMessages.en,
      ...restructureMessages.en,
      ...reportMessages.en,
      ...loanAdminMessages.en,
      ...invoiceMessages.en,
    },
  },
  // Said in production builds too, where vue-i18n's own warnings are silent: a text shown from the
  // other language (the fallback) or as its raw key is a defect the browser tests look for.
  missing: (locale, key) => {
    console.warn(`[i18n] missing key "${key}" in ${locale}`);
  },
});

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(STORAGE_KEY, locale);
  document.documentElement.lang = locale;
}
