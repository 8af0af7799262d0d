/** Texts of the monthly PPN summary page, merged into the app's messages (src/i18n). */
export const invoiceTaxMessages = {
  id: {
    invoiceTax: {
      nav: 'Rekap PPN',
      title: 'Rekap PPN bulanan',
      month: 'Bulan',
      office: 'Kantor',
      allOffices: 'Semua kantor saya',
      outputTax: 'PPN keluaran (piutang)',
      inputTax: 'PPN masukan (utang)',
      dpp: 'DPP',
      kind: 'Jenis',
      kinds: { RECEIVABLE: 'Keluaran', PAYABLE: 'Masukan' },
      csv: 'Unduh CSV e-Faktur',
      csvHint: 'PPN keluaran bulan ini, siap diunggah ke e-Faktur.',
      none: 'Tidak ada tagihan ber-PPN pada bulan ini',
    },
  },
  en: {
    invoiceTax: {
      nav: 'VAT summary',
      title: 'Monthly VAT (PPN) summary',
      month: 'Month',
      office: 'Office',
      allOffices: 'All my offices',
      outputTax: 'Output VAT (receivables)',
      inputTax: 'Input VAT (payables)',
      dpp: 'Tax base (DPP)',
      kind: 'Kind',
      kinds: { RECEIVABLE: 'Output', PAYABLE: 'Input' },
      csv: 'Download e-Faktur CSV',
      csvHint: 'This month’s output VAT, ready for the e-Faktur upload.',
      none: 'No invoices with VAT this month',
    },
  },
};
