/** The loan book import's texts, merged into the app's messages (src/i18n). */
export const loanImportMessages = {
  id: {
    loanImport: {
      open: 'Impor pinjaman',
      close: 'Tutup impor',
      title: 'Impor pinjaman yang sudah berjalan (CSV atau XLSX)',
      hint: 'Satu baris satu pinjaman. Nasabah dicari dengan NIK atau nomor CIF dan harus sudah terdaftar; nomor pinjaman tidak boleh ganda, jadi berkas yang sama aman diimpor ulang. Angsuran yang sudah dibayar dicatat sebagai pembayaran pada tanggal jatuh temponya.',
      result: '{imported} pinjaman diimpor, {rejected} baris ditolak.',
      fields: {
        externalNumber: 'Nomor pinjaman',
        client: 'NIK / CIF nasabah',
        product: 'Produk (kode atau nama)',
        officer: 'Email AO',
        principal: 'Plafon',
        annualRate: 'Bunga % per tahun',
        tenorMonths: 'Tenor (bulan)',
        interestMethod: 'Metode bunga',
        disbursementDate: 'Tanggal pencairan',
        firstDueDate: 'Angsuran pertama',
        paidInstallments: 'Angsuran sudah dibayar',
        paidAmount: 'Jumlah sudah dibayar',
      },
    },
  },
  en: {
    loanImport: {
      open: 'Import loans',
      close: 'Close import',
      title: 'Import existing loans (CSV or XLSX)',
      hint: 'One row per loan. The client is found by NIK or CIF number and must already be registered; loan numbers are unique, so the same file can safely be imported again. Installments already paid are recorded as repayments on their due dates.',
      result: '{imported} loans imported, {rejected} rows refused.',
      fields: {
        externalNumber: 'Loan number',
        client: 'Client NIK / CIF',
        product: 'Product (code or name)',
        officer: 'Officer email',
        principal: 'Principal',
        annualRate: 'Rate % per year',
        tenorMonths: 'Tenor (months)',
        interestMethod: 'Interest method',
        disbursementDate: 'Disbursement date',
        firstDueDate: 'First due date',
        paidInstallments: 'Installments paid',
        paidAmount: 'Amount paid',
      },
    },
  },
};
