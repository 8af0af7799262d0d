import { createI18n } from 'vue-i18n';
import { messages } from './messages';

export type Locale = 'id' | 'en';
const STORAGE_KEY = 'prospek.locale';

function savedLocale(): Locale {
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
}

export const i18n = createI18n({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: 'id',
  messages,
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
