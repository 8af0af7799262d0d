import type { DataSource } from 'typeorm';
import type { Tx } from '../../db/transaction.js';
import { In, IsNull } from 'typeorm';
import { dpdBucketOf, officeZone } from '@prospek/shared';
import type { ImportReason } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { ForbiddenError, InputError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import { canReadClient, reachesOffice } from '../access/scope.js';
import { Client } from '../client/client.entity.js';
import { parseSheet, checkMappingOf, suggestMapping } from '../lead-import/import-parse.js';
import { importReasonText } from '../lead-import/import-row.js';
import { LeadImport, LeadImportRow } from '../lead-import/lead-import.entity.js';
import type { ImportCheckResult, ImportJobData, LeadImportService } from '../lead-import/lead-import.service.js';
import type { JobContext } from '../../jobs/job-queue.js';

export const LOAN_IMPORT_JOB = 'loan-import';
import { LoanGradeChange } from '../loan/collectibility.entity.js';
import type { LoanLedgerStore } from '../loan/loan-ledger.store.js';
import { Loan, LoanInstallment } from '../loan/loan.entity.js';
import type { LoanService } from '../loan/loan.service.js';
import { Repayment } from '../loan/repayment.entity.js';
import { violatedKey } from '../../db/unique-violation.js';
import { officeTimeZones } from '../office/office-zone.js';
import { Product } from '../product/product.entity.js';
import { User } from '../user/user.entity.js';
import { LOAN_IMPORT_FIELDS, readLoanRow } from './loan-import-row.js';
import type { ImportedLoan, LoanImportLookups, LoanImportMapping } from './loan-import-row.js';

/** Loans per transaction: each is a loan, its schedule, its past payments and a replay. */
const CHUNK = 50;
/** The index that lets one import of a loan number win when two run at once. */
const EXTERNAL_NUMBER_KEY = { field: 'externalNumber', index: 'UQ_loan_external_number', table: 'loan', columns: ['externalNumber'] } as const;
const CHECK_PROBLEMS = 50;
const REQUIRED: Array<keyof typeof LOAN_IMPORT_FIELDS> = [
  'externalNumber',
  'client',
  'product',
  'principal',
  'annualRate',
  'tenorMonths',
  'disbursementDate',
  'firstDueDate',
];

interface Refusal {
  row: LeadImportRow;
  outcome: 'REJECTED' | 'DUPLICATE';
  reasons: ImportReason[];
}

function checkMapping(headers: string[], mapping: LoanImportMapping): LoanImportMapping {
  const clean = checkMappingOf(headers, mapping, LOAN_IMPORT_FIELDS);
  const missing = REQUIRED.find((field) => !clean[field]);
  if (missing) throw InputError.field(`mapping.${missing}`, 'REQUIRED', `Choose the column of ${missing}`);
  return clean;
}

/**
 * The import of a bank's existing loan book, through the lead import's upload, preview, check, progress
 * and refused-rows file. Only managers (their office tree) and admins import loans. Each row names a
 * client already in Prospek by NIK or CIF number: client data (KYC) comes from the client master, so a
 * row of an unknown client is refused, never made into a half-known client. The bank's loan number is
 * unique, so importing the same file again imports nothing twice. What was already paid is posted as
 * repayments and replayed through the ledger, so positions, days past due and grade are right at once.
 */
export class LoanImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly imports: LeadImportService,
    private readonly loans: LoanService,
    private readonly ledger: LoanLedgerStore,
  ) {
    imports.defineImportJob(LOAN_IMPORT_JOB, (actor, loanImport, headers, mapping, job) =>
      this.run(actor, loanImport, headers, mapping as LoanImportMapping, job),
    );
  }

  private mayImport(actor: User): void {
    if (actor.role !== 'MANAGER' && actor.role !== 'ADMIN') throw new ForbiddenError('Only managers and admins import loans');
  }

  async upload(actor: User, input: { fileName: string; data: Buffer }): Promise<LeadImport> {
    this.mayImport(actor);
    const sheet = await parseSheet(input.fileName, input.data);
    const mapping = suggestMapping(sheet.headers, LOAN_IMPORT_FIELDS);
    return this.imports.store(actor, { kind: 'LOANS', fileName: input.fileName, sheet, mapping, campaignId: null, officeId: actor.officeId });
  }

  async check(actor: User, rawId: string, mapping: LoanImportMapping): Promise<ImportCheckResult> {
    this.mayImport(actor);
    const loanImport = await this.imports.get(actor, rawId, 'LOANS');
    const headers = JSON.parse(loanImport.headersJson) as string[];
    const { valid, refused } = await this.classify(actor, loanImport, headers, checkMapping(headers, mapping));
    return {
      validRows: valid.length,
      rejectedRows: refused.filter((r) => r.outcome === 'REJECTED').length,
      duplicateRows: refused.filter((r) => r.outcome === 'DUPLICATE').length,
      problems: refused.slice(0, CHECK_PROBLEMS).map((r) => ({
        rowNumber: r.row.rowNumber,
        outcome: r.outcome,
        reason: r.reasons.map(importReasonText).join('; '),
        reasons: r.reasons,
      })),
    };
  }

  async commit(actor: User, rawId: string, mapping: LoanImportMapping): Promise<{ leadImport: LeadImport; done: Promise<void> }> {
    this.mayImport(actor);
    return this.imports.start(actor, rawId, 'LOANS', (headers) => checkMapping(headers, mapping), LOAN_IMPORT_JOB);
  }

  /** The lookups a row needs, read once for the whole file: clients, products and officers the importer reaches. */
  private async lookups(actor: User, cells: string[][], headers: string[], mapping: LoanImportMapping): Promise<LoanImportLookups> {
    const scope = await this.access.scope(actor);
    const column = (field: keyof LoanImportMapping) => headers.indexOf(mapping[field] ?? '\u0000');
    const keys = [...new Set(cells.map((row) => (row[column('client')] ?? '').replace(/\s/g, '')).filter(Boolean))];
    const clients = new Map<string, { id: number; officeId: number; officerId: number | null }>();
    for (let i = 0; i < keys.length; i += 500) {
      const part = keys.slice(i, i + 500);
      const found = await this.dataSource.getRepository(Client).find({
        select: { id: true, nik: true, cif: true, officeId: true, officerId: true },
        where: [{ nik: In(part) }, { cif: In(part) }],
      });
      for (const c of found.filter((client) => canReadClient(scope, client))) {
        const value = { id: c.id, officeId: c.officeId, officerId: c.officerId };
        if (c.nik) clients.set(c.nik, value);
        clients.set(c.cif, value);
      }
    }
    const products = new Map<string, { id: number; interestMethod: Product['interestMethod'] }>();
    for (const p of await this.dataSource.getRepository(Product).find({ where: { kind: 'LOAN' } })) {
      products.set(p.code.toLowerCase(), { id: p.id, interestMethod: p.interestMethod });
      products.set(p.name.toLowerCase(), { id: p.id, interestMethod: p.interestMethod });
    }
    const officers = new Map<string, { id: number }>();
    for (const u of await this.dataSource.getRepository(User).find({ where: { role: 'OFFICER', active: true } }))
      if (reachesOffice(scope, u.officeId)) officers.set(u.email.toLowerCase(), { id: u.id });
    const zones = await officeTimeZones(
      this.dataSource.manager,
      [...clients.values()].map((c) => c.officeId),
    );
    return { clients, products, officers, todayOf: (officeId) => this.loans.todayIn(officeZone(zones.get(officeId))) };
  }

  /** Sorts the rows into loans to import and refusals (invalid, or a loan number already in the book or the file). */
  private async classify(
    actor: User,
    loanImport: LeadImport,
    headers: string[],
    mapping: LoanImportMapping,
  ): Promise<{ valid: Array<{ row: LeadImportRow; loan: ImportedLoan }>; refused: Refusal[] }> {
    const rows = await this.dataSource.getRepository(LeadImportRow).find({ where: { importId: loanImport.id }, order: { rowNumber: 'ASC' } });
    const cells = rows.map((row) => JSON.parse(row.cellsJson) as string[]);
    const lookups = await this.lookups(actor, cells, headers, mapping);
    const numbers = [...new Set(cells.map((row) => (row[headers.indexOf(mapping.externalNumber ?? '')] ?? '').trim()).filter(Boolean))];
    const known = new Set<string>();
    for (let i = 0; i < numbers.length; i += 500) {
      const found = await this.dataSource
        .getRepository(Loan)
        .find({ select: { externalNumber: true }, where: { externalNumber: In(numbers.slice(i, i + 500)) } });
      for (const loan of found) if (loan.externalNumber) known.add(loan.externalNumber);
    }
    const valid: Array<{ row: LeadImportRow; loan: ImportedLoan }> = [];
    const refused: Refusal[] = [];
    rows.forEach((row, i) => {
      const read = readLoanRow(cells[i], headers, mapping, lookups);
      if (!read.ok) refused.push({ row, outcome: 'REJECTED', reasons: read.reasons });
      // Imported by an earlier attempt of this job (its chunk committed): still one of the valid rows.
      else if (row.outcome !== 'IMPORTED' && known.has(read.loan.externalNumber))
        refused.push({ row, outcome: 'DUPLICATE', reasons: [{ code: 'LOAN_NUMBER_EXISTS', value: read.loan.externalNumber }] });
      else {
        known.add(read.loan.externalNumber);
        valid.push({ row, loan: read.loan });
      }
    });
    return { valid, refused };
  }

  /**
   * Imports the valid rows in chunks, each one transaction that also records the chunk done (and marks its
   * rows IMPORTED), so a job retried after a crash goes on from the first chunk not recorded.
   */
  private async run(actor: User, loanImport: LeadImport, headers: string[], mapping: LoanImportMapping, job: JobContext<ImportJobData>): Promise<void> {
    const importId = String(loanImport.id);
    const total = loanImport.totalRows;
    const { valid: inFileOrder, refused } = await this.classify(actor, loanImport, headers, mapping);
    // By loan number: two imports of overlapping books insert the numbers both hold in the same order, so
    // on MySQL one waits for the other's unique-index lock and then finds them taken (duplicates), where
    // opposite orders would deadlock the two chunks.
    const valid = [...inFileOrder].sort((a, b) => (a.loan.externalNumber < b.loan.externalNumber ? -1 : a.loan.externalNumber > b.loan.externalNumber ? 1 : 0));
    const zones = await officeTimeZones(
      this.dataSource.manager,
      valid.map(({ loan }) => loan.officeId),
    );
    this.imports.progress(actor.id, {
      importId,
      status: 'RUNNING',
      phase: 'IMPORTING',
      processed: 0,
      total: valid.length,
      imported: 0,
      rejected: refused.length,
    });
    let imported = 0;
    const todayOf = (loan: ImportedLoan) => this.loans.todayIn(officeZone(zones.get(loan.officeId)));
    for (let i = 0; i < valid.length; i += CHUNK) {
      const chunk = valid.slice(i, i + CHUNK);
      const key = `rows ${chunk[0].row.id}-${chunk[chunk.length - 1].row.id}`;
      if (await job.isDone(key)) {
        imported += chunk.length;
      } else {
        try {
          await this.transactions.run(async (tx) => {
            for (const { loan } of chunk) await this.insertLoan(tx, actor, loan, todayOf(loan));
            await tx.manager.update(LeadImportRow, { id: In(chunk.map((c) => c.row.id)) }, { outcome: 'IMPORTED' });
            await job.checkpoint(tx.manager, key, chunk.length);
          });
          imported += chunk.length;
        } catch (error) {
          if (!violatedKey(error, [EXTERNAL_NUMBER_KEY])) throw error;
          // Another import took some of these loan numbers since the check: row by row, those are duplicates.
          for (const item of chunk) {
            try {
              await this.transactions.run(async (tx) => {
                await this.insertLoan(tx, actor, item.loan, todayOf(item.loan));
                await tx.manager.update(LeadImportRow, { id: item.row.id }, { outcome: 'IMPORTED' });
              });
              imported++;
            } catch (rowError) {
              if (!violatedKey(rowError, [EXTERNAL_NUMBER_KEY])) throw rowError;
              refused.push({ row: item.row, outcome: 'DUPLICATE', reasons: [{ code: 'LOAN_NUMBER_EXISTS', value: item.loan.externalNumber }] });
            }
          }
          await this.transactions.run((tx) => job.checkpoint(tx.manager, key, chunk.length));
        }
      }
      await job.progress(valid.length === 0 ? 100 : Math.min(99, (100 * (i + chunk.length)) / valid.length));
      job.continueOrStop();
      this.imports.progress(actor.id, {
        importId,
        status: 'RUNNING',
        phase: 'IMPORTING',
        processed: i + chunk.length,
        total: valid.length,
        imported,
        rejected: refused.length,
      });
    }
    await this.transactions.run(async (tx) => {
      for (const r of refused) {
        const reason = r.reasons.map(importReasonText).join('; ');
        await tx.manager.update(LeadImportRow, { id: r.row.id }, { outcome: r.outcome, reason: reason.slice(0, 500), reasonsJson: JSON.stringify(r.reasons) });
      }
      await tx.manager.update(LeadImportRow, { importId: loanImport.id, outcome: IsNull() }, { outcome: 'IMPORTED' });
      await tx.manager.update(LeadImport, { id: loanImport.id }, { status: 'DONE', importedRows: imported, rejectedRows: refused.length });
      await tx.audit({
        entityType: 'LeadImport',
        entityId: loanImport.id,
        action: 'import-loans',
        actorId: actor.id,
        after: { fileName: loanImport.fileName, imported, rejected: refused.length },
      });
    });
    this.imports.progress(actor.id, { importId, status: 'DONE', phase: 'FINISHED', processed: total, total, imported, rejected: refused.length });
  }

  /** One loan with its schedule and the payments made before, replayed to today's position. */
  private async insertLoan(tx: Tx, actor: User, loan: ImportedLoan, today: string): Promise<void> {
    const m = tx.manager;
    const { schedule, payments, ...terms } = loan;
    const id = Number(
      (
        await m.insert(Loan, {
          ...terms,
          offerId: null,
          maturityDate: schedule[schedule.length - 1].dueDate,
          status: 'ACTIVE' as const,
          outstandingPrincipal: loan.principal,
          arrears: 0n,
          creditBalance: 0n,
          daysPastDue: 0,
          collectibility: 1,
          positionAsOf: loan.disbursementDate,
          closedDate: null,
        })
      ).identifiers[0].id,
    );
    await m.insert(
      LoanInstallment,
      schedule.map((row) => ({ loanId: id, ...row, paidPrincipal: 0n, paidInterest: 0n, penalty: 0n, paidPenalty: 0n, paidDate: null })),
    );
    await m.insert(LoanGradeChange, {
      loanId: id,
      asOfDate: loan.disbursementDate,
      daysPastDue: 0,
      fromBucket: null,
      toBucket: dpdBucketOf(0),
      fromGrade: null,
      toGrade: 1,
      ruleSetId: null,
    });
    if (payments.length > 0) {
      await m.insert(
        Repayment,
        payments.map((p) => ({
          loanId: id,
          amount: p.amount,
          valueDate: p.valueDate,
          channel: 'OTHER' as const,
          reference: `Impor ${loan.externalNumber}`.slice(0, 100),
          reversed: false,
          reversalReason: null,
          reversedAt: null,
          reversedById: null,
          postedById: actor.id,
        })),
      );
    }
    const stored = await m.findOneByOrFail(Loan, { id });
    await this.ledger.replay(tx, stored, { kind: 'DISBURSE', repaymentId: null, replayFrom: loan.disbursementDate, actorId: actor.id }, today);
  }
}
