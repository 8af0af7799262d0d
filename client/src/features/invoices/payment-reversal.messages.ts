/** Texts of reversing a payment on the invoice page, merged into the app's messages (src/i18n). */
export const paymentReversalMessages = {
  id: {
    paymentReversal: {
      reverse: 'Batalkan pembayaran',
      reversed: 'Dibatalkan',
      confirm: 'Batalkan pembayaran {amount}? Tagihan yang dibayarnya kembali terutang; pembayaran tetap tercatat.',
      reason: 'Alasan pembatalan',
      submit: 'Ya, batalkan',
      keep: 'Jangan',
    },
  },
  en: {
    paymentReversal: {
      reverse: 'Reverse payment',
      reversed: 'Reversed',
      confirm: 'Reverse the payment of {amount}? The invoices it paid are owed again; the payment stays on record.',
      reason: 'Reason for the reversal',
      submit: 'Yes, reverse',
      keep: 'Keep it',
    },
  },
};
