/** Texts of the invoices' dunning reminders, merged into the app's messages (src/i18n). */
export const dunningMessages = {
  id: {
    dunning: {
      title: 'Pengingat tagihan',
      none: 'Belum ada pengingat',
      step: '{n} hari lewat jatuh tempo',
      channel: { EMAIL: 'Email', WHATSAPP: 'WhatsApp di agenda AO' },
      openAgenda: 'Buka agenda',
      prefilled: 'Pesan pengingat tagihan',
    },
  },
  en: {
    dunning: {
      title: 'Payment reminders',
      none: 'No reminders yet',
      step: '{n} day past due | {n} days past due',
      channel: { EMAIL: 'Email', WHATSAPP: 'WhatsApp on the officer’s agenda' },
      openAgenda: 'Open agenda',
      prefilled: 'Payment reminder message',
    },
  },
};
