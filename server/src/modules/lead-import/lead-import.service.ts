import type { LeadsBulkChangedEvent } from '../../events/domain-events.js';
import type { DataSource } from 'typeorm';
import { In, IsNull, Not } from 'typeorm';
import { stringify } from 'csv-stringify/sync';
import { positionsAfter } from '@prospek/shared';
import type { ImportProgress, ImportReason, LeadSource } from '@prospek/shared';
import { lockColumn } from '../../boards/board-ordering.js';
import { LEAD_BOARD } from '../lead/lead.board.js';
import { dialectOf } from '../../db/sql.js';
import type { TransactionRunner } from '../../db/transaction.js';
import { ForbiddenError, InputError, NotFoundError } from '../../errors.js';
import type { EventBus } from '../../events/domain-events.js';
import type { JobContext, JobQueue } from '../../jobs/job-queue.js';
import { jobIdOf } from '../../jobs/job-queue.js';
import type { AccessService } from '../access/access.service.js';
import { reachesOffice } from '../access/scope.js';
import { spreadsheetCell } from '../lead/spreadsheet-cell.js';
import { Campaign } from '../campaign/campaign.entity.js';
import { LeadStageChange } from '../lead/lead-stage-change.entity.js';
import { Lead } from '../lead/lead.entity.js';
import { User } from '../user/user.entity.js';
import { IMPORT_FIELDS, checkMappingOf, parseSheet, suggestMapping } from './import-parse.js';
import type { ParsedSheet } from './import-parse.js';
import { importReasonText, readImportRow } from './import-row.js';
import type { ImportMapping, ImportedLead } from './import-row.js';
import { LeadImport, LeadImportRow } from './lead-import.entity.js';
import type { ImportKind } from './lead-import.entity.js';

/**
 * Rows per insert statement. After a multi-row insert TypeORM reads the generated columns back with one
 * `id = ? OR id = ? …` condition, and SQLite refuses an expression deeper than 1000 terms
 * ("Expression tree is too large"): 1,000 rows in one statement failed the whole import.
 */
const CHUNK = 500;
const OPEN_STAGES_SQL = ['WON', 'LOST'];
/** Tries of an import job before the import is FAILED. */
const IMPORT_ATTEMPTS = 3;
export const LEAD_IMPORT_JOB = 'lead-import';

/** What an import job runs: the import, its uploader, its headings and mapping. */
export type ImportRun = (
  actor: User,
  leadImport: LeadImport,
  headers: string[],
  mapping: Record<string, string>,
  job: JobContext<ImportJobData>,
) => Promise<void>;
export interface ImportJobData {
  importId: number;
}

interface Refusal {
  row: LeadImportRow;
  outcome: 'REJECTED' | 'DUPLICATE';
  reasons: ImportReason[];
  /** The reasons in Indonesian, joined. */
  reason: string;
}

function refusal(row: LeadImportRow, outcome: Refusal['outcome'], reasons: ImportReason[]): Refusal {
  return { row, outcome, reasons, reason: reasons.map(importReasonText).join('; ') };
}

export interface ImportCheckResult {
  validRows: number;
  rejectedRows: number;
  duplicateRows: number;
  problems: Array<{ rowNumber: number; outcome: 'REJECTED' | 'DUPLICATE'; reason: string; reasons: ImportReason[] }>;
}

/** How many refused rows a check lists (all of them are in the rejected-rows file after the import). */
const CHECK_PROBLEMS = 50;

/** The chosen columns, each a heading of the file; a name column and a phone or NIK column are needed. */
function checkMapping(headers: string[], mapping: ImportMapping): ImportMapping {
  const clean = checkMappingOf(headers, mapping, IMPORT_FIELDS);
  if (!clean.fullName) throw InputError.field('mapping.fullName', 'REQUIRED', 'Choose the column with the names');
  if (!clean.phone && !clean.nik) throw InputError.field('mapping.phone', 'REQUIRED', 'Choose the column with phone numbers (or NIK)');
  return clean;
}

/**
 * Lead imports: an uploaded CSV or XLSX is kept row by row, previewed with a suggested column mapping,
 * then every row is checked and the valid ones are imported in one transaction. Duplicates of open
 * leads (same phone or NIK) and of earlier rows are reported, not doubled; the refused rows can be
 * downloaded with their reasons. Progress is pushed to the user as it goes.
 */
export class LeadImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly bus: EventBus,
    private readonly jobs: JobQueue,
  ) {
    this.defineImportJob(LEAD_IMPORT_JOB, (actor, leadImport, headers, mapping) => this.run(actor, leadImport, headers, mapping as ImportMapping));
  }

  /**
   * Defines the background job that runs imports of one kind. A retried job finds the import still
   * RUNNING (a finished one is left alone); a failure on the last attempt marks it FAILED and tells the uploader.
   */
  defineImportJob(name: string, run: ImportRun): void {
    this.jobs.define<ImportJobData, void>(
      name,
      async (job) => {
        const leadImport = await this.dataSource.getRepository(LeadImport).findOneBy({ id: job.data.importId });
        if (!leadImport || leadImport.status !== 'RUNNING') return;
        const actor = await this.dataSource.getRepository(User).findOneByOrFail({ id: leadImport.createdById });
        try {
          await run(
            actor,
            leadImport,
            JSON.parse(leadImport.headersJson) as string[],
            JSON.parse(leadImport.mappingJson ?? '{}') as Record<string, string>,
            job,
          );
        } catch (error) {
          if (job.attempt >= IMPORT_ATTEMPTS) await this.failed(actor, leadImport, error);
          throw error;
        }
      },
      { attempts: IMPORT_ATTEMPTS },
    );
  }

  private async failed(actor: User, leadImport: LeadImport, error: unknown): Promise<void> {
    await this.dataSource
      .getRepository(LeadImport)
      .update({ id: leadImport.id }, { status: 'FAILED', error: String((error as Error).message ?? error).slice(0, 500) });
    this.progress(actor.id, {
      importId: String(leadImport.id),
      status: 'FAILED',
      phase: 'FINISHED',
      processed: 0,
      total: leadImport.totalRows,
      imported: 0,
      rejected: 0,
    });
  }

  async upload(actor: User, input: { fileName: string; data: Buffer; campaignId?: number | null; officeId?: number | null }): Promise<LeadImport> {
    const scope = await this.access.scope(actor);
    const campaign = input.campaignId ? await this.dataSource.getRepository(Campaign).findOneBy({ id: input.campaignId }) : null;
    if (input.campaignId && (!campaign || !reachesOffice(scope, campaign.officeId)))
      throw InputError.field('campaignId', 'NOT_ALLOWED', 'campaignId is not a campaign you reach');
    // Marketing sees the leads its campaigns brought: an import of its own without one would vanish from its board.
    if (actor.role === 'MARKETING' && !campaign)
      throw InputError.field('campaignId', 'REQUIRED', 'Import from a campaign: marketing sees the leads its campaigns bring');
    const officeId = actor.role === 'OFFICER' ? actor.officeId : (input.officeId ?? campaign?.officeId ?? actor.officeId);
    if (!reachesOffice(scope, officeId)) throw InputError.field('officeId', 'NOT_ALLOWED', 'officeId is not an office you reach');
    const sheet = await parseSheet(input.fileName, input.data);
    return this.store(actor, {
      kind: 'LEADS',
      fileName: input.fileName,
      sheet,
      mapping: suggestMapping(sheet.headers),
      campaignId: campaign?.id ?? null,
      officeId,
    });
  }

  /** Keeps a parsed upload row by row, with the mapping suggested for its kind. */
  async store(
    actor: User,
    input: { kind: ImportKind; fileName: string; sheet: ParsedSheet; mapping: Partial<Record<string, string>>; campaignId: number | null; officeId: number },
  ): Promise<LeadImport> {
    const { sheet } = input;
    return this.transactions.run(async (tx) => {
      const inserted = await tx.manager.insert(LeadImport, {
        kind: input.kind,
        fileName: input.fileName.slice(0, 200),
        status: 'UPLOADED',
        headersJson: JSON.stringify(sheet.headers),
        mappingJson: JSON.stringify(input.mapping),
        campaignId: input.campaignId,
        officeId: input.officeId,
        totalRows: sheet.rows.length,
        createdById: actor.id,
      });
      const importId = Number(inserted.identifiers[0].id);
      for (let i = 0; i < sheet.rows.length; i += CHUNK) {
        await tx.manager.insert(
          LeadImportRow,
          sheet.rows.slice(i, i + CHUNK).map((r) => ({ importId, rowNumber: r.rowNumber, cellsJson: JSON.stringify(r.cells), outcome: null, reason: null })),
        );
      }
      return tx.manager.findOneByOrFail(LeadImport, { id: importId });
    });
  }

  /** An import the viewer uploaded, or one of an office a manager or admin reaches; of `kind` when given. */
  async get(viewer: User, rawId: string | number, kind?: ImportKind): Promise<LeadImport> {
    const found = await this.dataSource.getRepository(LeadImport).findOneBy({ id: Number(rawId) || 0, ...(kind ? { kind } : {}) });
    const scope = await this.access.scope(viewer);
    const visible =
      found && (found.createdById === viewer.id || (scope.role !== 'OFFICER' && scope.role !== 'MARKETING' && reachesOffice(scope, found.officeId)));
    if (!found || !visible) throw new NotFoundError('LeadImport', rawId);
    return found;
  }

  async previewRows(leadImport: LeadImport, limit = 20): Promise<Array<{ rowNumber: number; cells: string[] }>> {
    const rows = await this.dataSource.getRepository(LeadImportRow).find({ where: { importId: leadImport.id }, order: { rowNumber: 'ASC' }, take: limit });
    return rows.map((r) => ({ rowNumber: r.rowNumber, cells: JSON.parse(r.cellsJson) as string[] }));
  }

  /** Checks the mapping and starts the import; its progress arrives as `import:progress` messages. */
  async commit(actor: User, rawId: string, mapping: ImportMapping): Promise<{ leadImport: LeadImport; done: Promise<void> }> {
    return this.start(actor, rawId, 'LEADS', (headers) => checkMapping(headers, mapping), LEAD_IMPORT_JOB);
  }

  /**
   * Claims an uploaded import of `kind` for its uploader with the mapping `check` accepts, and runs it as
   * the background job `jobName` (see defineImportJob).
   */
  async start(
    actor: User,
    rawId: string,
    kind: ImportKind,
    check: (headers: string[]) => Record<string, string>,
    jobName: string,
  ): Promise<{ leadImport: LeadImport; done: Promise<void> }> {
    const leadImport = await this.get(actor, rawId, kind);
    if (leadImport.createdById !== actor.id) throw new ForbiddenError('Only whoever uploaded the file imports it');
    if (leadImport.status !== 'UPLOADED')
      throw InputError.field('importId', 'NOT_ALLOWED', `This import is already ${leadImport.status}`, { status: leadImport.status }, 'IMPORT_STARTED');
    const headers = JSON.parse(leadImport.headersJson) as string[];
    const clean = check(headers);
    const claimed = await this.dataSource
      .createQueryBuilder()
      .update(LeadImport)
      .set({ status: 'RUNNING', mappingJson: JSON.stringify(clean) })
      .where('id = :id AND status = :status', { id: leadImport.id, status: 'UPLOADED' })
      .execute();
    if (claimed.affected !== 1) throw InputError.field('importId', 'NOT_ALLOWED', 'This import has already started', { status: 'RUNNING' }, 'IMPORT_STARTED');
    const enqueued = await this.jobs.enqueue<ImportJobData>(jobName, { importId: leadImport.id }, { jobId: jobIdOf(jobName, leadImport.id) });
    const done = enqueued.settled.then(() => undefined);
    return { leadImport: await this.dataSource.getRepository(LeadImport).findOneByOrFail({ id: leadImport.id }), done };
  }

  /**
   * Every row checked as the import would check it, without writing: how many would be imported, refused
   * or found duplicate, and the first problems with their rows, so the mapping can be mended first.
   */
  async check(actor: User, rawId: string, mapping: ImportMapping): Promise<ImportCheckResult> {
    const leadImport = await this.get(actor, rawId, 'LEADS');
    const headers = JSON.parse(leadImport.headersJson) as string[];
    const { valid, refused } = await this.classify(leadImport, headers, checkMapping(headers, mapping));
    return {
      validRows: valid.length,
      rejectedRows: refused.filter((r) => r.outcome === 'REJECTED').length,
      duplicateRows: refused.filter((r) => r.outcome === 'DUPLICATE').length,
      problems: refused
        .sort((a, b) => a.row.rowNumber - b.row.rowNumber)
        .slice(0, CHECK_PROBLEMS)
        .map((r) => ({ rowNumber: r.row.rowNumber, outcome: r.outcome, reason: r.reason, reasons: r.reasons })),
    };
  }

  /** Sorts the rows into leads to import and refusals (invalid, or repeating an open lead's phone or NIK). */
  private async classify(
    leadImport: LeadImport,
    headers: string[],
    mapping: ImportMapping,
    onProgress: (processed: number, rejected: number) => void = () => undefined,
  ): Promise<{ campaign: Campaign | null; valid: Array<{ row: LeadImportRow; lead: ImportedLead }>; refused: Refusal[] }> {
    const campaign = leadImport.campaignId ? await this.dataSource.getRepository(Campaign).findOneBy({ id: leadImport.campaignId }) : null;
    const defaultSource: LeadSource = campaign ? (campaign.channel as LeadSource) : 'OTHER';
    const rows = await this.dataSource.getRepository(LeadImportRow).find({ where: { importId: leadImport.id }, order: { rowNumber: 'ASC' } });

    // Phones and NIKs of open leads: a row that repeats one is a duplicate.
    const open = await this.dataSource.getRepository(Lead).find({
      select: { phone: true, nik: true },
      where: { archivedAt: IsNull(), stage: Not(In(OPEN_STAGES_SQL)) },
    });
    const phones = new Set(open.map((l) => l.phone).filter(Boolean));
    const niks = new Set(open.map((l) => l.nik).filter(Boolean));
    const valid: Array<{ row: LeadImportRow; lead: ImportedLead }> = [];
    const refused: Refusal[] = [];
    let lastReport = 0;
    rows.forEach((row, i) => {
      const read = readImportRow(JSON.parse(row.cellsJson) as string[], headers, mapping, defaultSource);
      if (!read.ok) refused.push(refusal(row, 'REJECTED', read.reasons));
      else if (read.lead.phone && phones.has(read.lead.phone)) refused.push(refusal(row, 'DUPLICATE', [{ code: 'PHONE_EXISTS', value: read.lead.phone }]));
      else if (read.lead.nik && niks.has(read.lead.nik)) refused.push(refusal(row, 'DUPLICATE', [{ code: 'NIK_EXISTS', value: read.lead.nik }]));
      else {
        valid.push({ row, lead: read.lead });
        if (read.lead.phone) phones.add(read.lead.phone);
        if (read.lead.nik) niks.add(read.lead.nik);
      }
      if (i - lastReport >= 2000) {
        lastReport = i;
        onProgress(i, refused.length);
      }
    });
    return { campaign, valid, refused };
  }

  progress(userId: number, progress: ImportProgress): void {
    this.bus.publish({ kind: 'import-progress', userId, progress });
  }

  private async run(actor: User, leadImport: LeadImport, headers: string[], mapping: ImportMapping): Promise<void> {
    const total = leadImport.totalRows;
    const id = String(leadImport.id);
    const { campaign, valid, refused } = await this.classify(leadImport, headers, mapping, (processed, rejected) =>
      this.progress(actor.id, { importId: id, status: 'RUNNING', phase: 'CHECKING', processed, total, imported: 0, rejected }),
    );

    const ownerId = actor.role === 'OFFICER' ? actor.id : null;
    const now = new Date();
    await this.transactions.run(async (tx) => {
      const order = await lockColumn(tx.manager, dialectOf(this.dataSource), LEAD_BOARD, 'NEW');
      const positions = positionsAfter(await order.bottom(), valid.length);
      for (let i = 0; i < valid.length; i += CHUNK) {
        const chunk = valid.slice(i, i + CHUNK);
        const inserted = await tx.manager.insert(
          Lead,
          chunk.map(({ lead }, j) => ({
            ...lead,
            whatsapp: null,
            currency: 'IDR',
            stage: 'NEW' as const,
            position: positions[i + j],
            ownerId,
            officeId: leadImport.officeId,
            campaignId: leadImport.campaignId,
            productId: campaign?.productId ?? null,
            stageEnteredAt: now,
            createdById: actor.id,
          })),
        );
        await tx.manager.insert(
          LeadStageChange,
          inserted.identifiers.map((identifier) => ({ leadId: Number(identifier.id), fromStage: null, toStage: 'NEW' as const, changedById: actor.id })),
        );
        this.progress(actor.id, {
          importId: id,
          status: 'RUNNING',
          phase: 'IMPORTING',
          processed: i + chunk.length,
          total: valid.length,
          imported: i + chunk.length,
          rejected: refused.length,
        });
      }
      for (const outcome of ['REJECTED', 'DUPLICATE'] as const) {
        const group = refused.filter((r) => r.outcome === outcome);
        for (const r of group)
          await tx.manager.update(LeadImportRow, { id: r.row.id }, { outcome, reason: r.reason.slice(0, 500), reasonsJson: JSON.stringify(r.reasons) });
      }
      await tx.manager.update(LeadImportRow, { importId: leadImport.id, outcome: IsNull() }, { outcome: 'IMPORTED' });
      await tx.manager.update(LeadImport, { id: leadImport.id }, { status: 'DONE', importedRows: valid.length, rejectedRows: refused.length });
      await tx.audit({
        entityType: 'LeadImport',
        entityId: leadImport.id,
        action: 'import',
        actorId: actor.id,
        after: { fileName: leadImport.fileName, imported: valid.length, rejected: refused.length, campaignId: leadImport.campaignId },
      });
      if (valid.length > 0) {
        tx.emit({
          kind: 'board-refresh',
          board: 'leads',
          visibility: {
            ownerId: ownerId === null ? null : String(ownerId),
            officeId: String(leadImport.officeId),
            campaignOfficeId: campaign ? String(campaign.officeId) : null,
          },
        } satisfies LeadsBulkChangedEvent);
      }
    });
    this.progress(actor.id, { importId: id, status: 'DONE', phase: 'FINISHED', processed: total, total, imported: valid.length, rejected: refused.length });
  }

  /** The refused rows with their original columns and the reason, as CSV for Excel (UTF-8 BOM, ;). */
  async rejectedCsv(viewer: User, rawId: string): Promise<{ fileName: string; csv: string }> {
    const leadImport = await this.get(viewer, rawId);
    const headers = JSON.parse(leadImport.headersJson) as string[];
    const rows = await this.dataSource.getRepository(LeadImportRow).find({
      where: { importId: leadImport.id, outcome: In(['REJECTED', 'DUPLICATE']) },
      order: { rowNumber: 'ASC' },
    });
    const body = stringify(
      [
        ['Baris', ...headers, 'Alasan'],
        ...rows.map((r) => [
          String(r.rowNumber),
          ...(JSON.parse(r.cellsJson) as string[]).map(spreadsheetCell),
          `${r.outcome === 'DUPLICATE' ? 'Duplikat' : 'Ditolak'}: ${r.reason ?? ''}`,
        ]),
      ],
      { delimiter: ';' },
    );
    return { fileName: `ditolak-${leadImport.fileName.replace(/\.[^.]+$/, '')}.csv`, csv: `\uFEFF${body}` };
  }
}
