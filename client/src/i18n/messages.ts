/** Every text of the interface in both languages: the app's own and each feature's. */
import { collectionMessages } from '../features/collection/collection.messages';
import { collectionBoardMessages } from '../features/loans/collection.messages';
import { loanAdminMessages } from '../features/loan-admin/loan-admin.messages';
import { loanMessages } from '../features/loans/loan.messages';
import { invoiceMessages } from '../features/invoices/invoice.messages';
import { dunningMessages } from '../features/invoices/dunning.messages';
import { paymentReversalMessages } from '../features/invoices/payment-reversal.messages';
import { invoiceTaxMessages } from '../features/invoices/invoice-tax.messages';
import { moneyMessages } from '../features/money/money.messages';
import { loanImportMessages } from '../features/loans/loan-import.messages';
import { restructureMessages } from '../features/loans/restructure.messages';
import { writeOffMessages } from '../features/loans/write-off.messages';
import { reportMessages } from '../features/reports/report.messages';
import { recommendationMessages } from '../features/reports/recommendation.messages';
import { workReportMessages } from '../features/work-reports/work-report.messages';
import { reconciliationMessages } from '../features/reconciliation/reconciliation.messages';
import { complaintSettingsEn } from './complaint-settings.en';
import { complaintSettingsId } from './complaint-settings.id';
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
    ...writeOffMessages.id,
    ...reportMessages.id,
    ...loanAdminMessages.id,
    ...invoiceMessages.id,
    ...dunningMessages.id,
    ...paymentReversalMessages.id,
    ...invoiceTaxMessages.id,
    ...workReportMessages.id,
    ...reconciliationMessages.id,
    ...complaintSettingsId,
    ...moneyMessages.id,
    ...recommendationMessages.id,
  },
  en: {
    ...en,
    ...loanMessages.en,
    ...loanImportMessages.en,
    ...collectionMessages.en,
    ...collectionBoardMessages.en,
    ...restructureMessages.en,
    ...writeOffMessages.en,
    ...reportMessages.en,
    ...loanAdminMessages.en,
    ...invoiceMessages.en,
    ...dunningMessages.en,
    ...paymentReversalMessages.en,
    ...invoiceTaxMessages.en,
    ...workReportMessages.en,
    ...reconciliationMessages.en,
    ...complaintSettingsEn,
    ...moneyMessages.en,
    ...recommendationMessages.en,
  },
};
