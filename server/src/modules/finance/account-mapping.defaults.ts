/**
 * The accounts a journal line can post to, and the chart-of-accounts codes they start with (a common
 * layout of Indonesian bank and BPR charts: 1 assets, 2 liabilities, 4 income, 5 expenses). Admins
 * replace the codes with their institution's; loan accounts may differ per product.
 */
export const JOURNAL_ACCOUNTS = [
  'CASH',
  'LOAN_PRINCIPAL',
  'INTEREST_INCOME',
  'PENALTY_INCOME',
  'CLIENT_DEPOSIT',
  'RECEIVABLE',
  'SERVICE_INCOME',
  'VAT_OUTPUT',
  'VAT_INPUT',
  'PAYABLE',
  'MARKETING_EXPENSE',
  'GENERAL_EXPENSE',
  'LOAN_WRITE_OFF',
  'WRITE_OFF_RECOVERY',
] as const;
export type JournalAccount = (typeof JOURNAL_ACCOUNTS)[number];

/** Accounts whose code may be set per loan product. */
export const PER_PRODUCT_ACCOUNTS: readonly JournalAccount[] = ['LOAN_PRINCIPAL', 'INTEREST_INCOME', 'PENALTY_INCOME', 'LOAN_WRITE_OFF', 'WRITE_OFF_RECOVERY'];

export const DEFAULT_ACCOUNT_CODES: Record<JournalAccount, { code: string; name: string }> = {
  CASH: { code: '1-1100', name: 'Kas' },
  LOAN_PRINCIPAL: { code: '1-1300', name: 'Pinjaman yang diberikan' },
  RECEIVABLE: { code: '1-1400', name: 'Piutang usaha' },
  VAT_INPUT: { code: '1-1500', name: 'PPN masukan' },
  PAYABLE: { code: '2-1100', name: 'Utang usaha' },
  CLIENT_DEPOSIT: { code: '2-1300', name: 'Titipan nasabah' },
  VAT_OUTPUT: { code: '2-1400', name: 'PPN keluaran' },
  INTEREST_INCOME: { code: '4-1100', name: 'Pendapatan bunga' },
  PENALTY_INCOME: { code: '4-1200', name: 'Pendapatan denda' },
  WRITE_OFF_RECOVERY: { code: '4-1300', name: 'Penerimaan kembali pinjaman hapus buku' },
  SERVICE_INCOME: { code: '4-2100', name: 'Pendapatan jasa' },
  GENERAL_EXPENSE: { code: '5-1100', name: 'Beban umum dan administrasi' },
  MARKETING_EXPENSE: { code: '5-1200', name: 'Beban pemasaran' },
  LOAN_WRITE_OFF: { code: '5-1300', name: 'Beban penghapusan pinjaman' },
};
