/** Every text of the interface in both languages: the app's own and each feature's. */
import { collectionMessages } from '../features/collection/collection.messages';
import { collectionBoardMessages } from '../features/loans/collection.messages';
import { loanAdminMessages } from '../features/loan-admin/loan-admin.messages';
import { loanMessages } from '../features/loans/loan.messages';
import { invoiceMessages } from '../features/invoices/invoice.messages';
import { moneyMessages } from '../features/money/money.messages';
import { loanImportMessages } from '../features/loans/loan-import.messages';
import { restructureMessages } from '../features/loans/restructure.messages';
import { reportMessages } from '../features/reports/report.messages';
import { en } from './en';
import { id } from './id';

export const messages = {
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
    ...moneyMessages.id,
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
    ...moneyMessages.en,
  },
};
