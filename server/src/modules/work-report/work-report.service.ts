/**
 * The officer's work report: figures computed from the book when read, the officer's own notes (plans,
 * obstacles) saved and submitted by the officer, then acknowledged with a comment by a manager of their
 * office tree. Submitting tells the officer's nearest managers (a notification and, through the mail
 * outbox, the report by e-mail); acknowledging tells the officer.
 */
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { businessDate, officeZone, TIME_ZONE_LABELS } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { ConflictError, InputError, NotFoundError } from '../../errors.js';
import type { AccessService } from '../access/access.service.js';
import type { LoanMonthEndService } from '../loan/loan-month-end.service.js';
import type { MailOutboxService } from '../mail/mail-outbox.service.js';
import type { NotificationService } from '../notification/notification.service.js';
import { Office } from '../office/office.entity.js';
import { officerPerformance } from '../report/officer-performance.js';
import { checkMonth } from '../report/report-period.js';
import type { Period } from '../report/report-period.js';
import { reportScope } from '../report/report-scope.js';
import { User } from '../user/user.entity.js';
import { workReportFigures } from './work-report-figures.js';
import { workReportPeriod } from './work-report-period.js';
import { workRecommendations } from './work-report-recommendations.js';
import { WorkReportNote } from './work-report.entity.js';
import type { WorkReportKind } from './work-report.entity.js';
import type { WorkReportFigures, WorkReportListItem, Recommendation } from './work-report.types.js';

export const MAIL_SUBJECT = 'WorkReport';
const MAX_NOTES = 4000;
const MAX_COMMENT = 2000;

/** A work report as read, before its download links are signed. */
export interface WorkReportData {
  id: string | null;
  officer: { id: string; name: string };
  office: { id: string; name: string };
  kind: WorkReportKind;
  from: string;
  to: string;
  timeZone: string;
  status: WorkReportNote['status'];
  plans: string | null;
  obstacles: string | null;
  submittedAt: Date | null;
  acknowledgedBy: { id: string; name: string } | null;
  acknowledgedAt: Date | null;
  managerComment: string | null;
  version: number;
  figures: WorkReportFigures;
  recommendations: Recommendation[];
}

export interface SubmitWorkReport {
  kind: WorkReportKind;
  date: string;
  plans: string | null;
  obstacles: string | null;
  version: number | null;
}

const text = (value: string | null | undefined, field: string, max: number): string | null => {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw InputError.field(field, 'TOO_LONG', `at most ${max} characters`, { max });
  return trimmed === '' ? null : trimmed;
};

export class WorkReportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: AccessService,
    private readonly monthEnds: LoanMonthEndService,
    private readonly notifications: NotificationService,
    private readonly mail: MailOutboxService,
    private readonly clock: () => Date,
  ) {}

  /** The officer the viewer may report on: themself (an officer), one of their tree's officers (a manager), anyone (an admin). */
  async officerInReach(viewer: User, officerArg: string): Promise<{ officer: User; office: Office }> {
    await reportScope(this.dataSource, this.access, viewer, null, officerArg);
    const officer = await this.dataSource.manager.findOneBy(User, { id: Number(officerArg), role: 'OFFICER' });
    if (!officer) throw new NotFoundError('User', officerArg);
    return { officer, office: await this.dataSource.manager.findOneByOrFail(Office, { id: officer.officeId }) };
  }

  async get(viewer: User, officerArg: string, kind: WorkReportKind, date: string): Promise<WorkReportData> {
    const period = workReportPeriod(kind, date);
    const { officer, office } = await this.officerInReach(viewer, officerArg);
    return this.read(officer, office, kind, period);
  }

  /** Reads a report for someone the caller already checked (the PDF route, the office's batch, the mail). */
  async read(officer: User, office: Office, kind: WorkReportKind, period: Period): Promise<WorkReportData> {
    const zone = officeZone(office.timeZone);
    const note = await this.dataSource.manager.findOneBy(WorkReportNote, { officerId: officer.id, kind, periodStart: period.from });
    const acknowledger = note?.acknowledgedById ? await this.dataSource.manager.findOneBy(User, { id: note.acknowledgedById }) : null;
    const month = checkMonth(period.from.slice(0, 7));
    const scope = { officeIds: [office.id], officerId: officer.id, zones: new Map([[zone, [office.id]]]), zoneOf: new Map([[office.id, zone]]) };
    const performance = await officerPerformance(this.dataSource, scope, month, await this.monthEnds.isClosed(month.to));
    const now = this.clock();
    return {
      id: note ? String(note.id) : null,
      officer: { id: String(officer.id), name: officer.name },
      office: { id: String(office.id), name: office.name },
      kind,
      from: period.from,
      to: period.to,
      timeZone: TIME_ZONE_LABELS[zone],
      status: note?.status ?? 'DRAFT',
      plans: note?.plans ?? null,
      obstacles: note?.obstacles ?? null,
      submittedAt: note?.submittedAt ?? null,
      acknowledgedBy: acknowledger ? { id: String(acknowledger.id), name: acknowledger.name } : null,
      acknowledgedAt: note?.acknowledgedAt ?? null,
      managerComment: note?.managerComment ?? null,
      version: note?.version ?? 0,
      figures: await workReportFigures(this.dataSource, officer.id, zone, period, performance.rows[0]?.targets ?? []),
      recommendations: await workRecommendations(this.dataSource, officer.id, businessDate(now, zone), now),
    };
  }

  /** The reports of a period for every officer in reach (an officer: their own), submitted or not. */
  async list(viewer: User, officeArg: string | null, kind: WorkReportKind, date: string): Promise<WorkReportListItem[]> {
    const period = workReportPeriod(kind, date);
    const scope = await reportScope(this.dataSource, this.access, viewer, officeArg, null);
    const officers = await this.dataSource.manager.find(User, {
      where: scope.officerId === null ? { officeId: In(scope.officeIds), role: 'OFFICER', active: true } : { id: scope.officerId },
      order: { name: 'ASC', id: 'ASC' },
    });
    const ids = officers.map((o) => o.id);
    const notes = ids.length ? await this.dataSource.manager.find(WorkReportNote, { where: { officerId: In(ids), kind, periodStart: period.from } }) : [];
    const offices = new Map(
      (await this.dataSource.manager.find(Office, { where: { id: In([...new Set(officers.map((o) => o.officeId))]) } })).map((o) => [o.id, o]),
    );
    return officers.map((officer) => {
      const note = notes.find((n) => n.officerId === officer.id);
      const office = offices.get(officer.officeId);
      return {
        id: note ? String(note.id) : null,
        officer: { id: String(officer.id), name: officer.name },
        office: { id: String(officer.officeId), name: office?.name ?? '' },
        from: period.from,
        to: period.to,
        status: note?.status ?? 'DRAFT',
        submittedAt: note?.submittedAt ?? null,
        acknowledgedAt: note?.acknowledgedAt ?? null,
      };
    });
  }

  /** The officer saves and submits their notes; submitting again (before a manager acknowledged) replaces them. */
  async submit(viewer: User, input: SubmitWorkReport): Promise<WorkReportData> {
    if (viewer.role !== 'OFFICER') throw new NotFoundError('User', String(viewer.id));
    const period = workReportPeriod(input.kind, input.date, 'period');
    const plans = text(input.plans, 'plans', MAX_NOTES);
    const obstacles = text(input.obstacles, 'obstacles', MAX_NOTES);
    const office = await this.dataSource.manager.findOneByOrFail(Office, { id: viewer.officeId });
    const today = businessDate(this.clock(), officeZone(office.timeZone));
    if (period.from > today) throw InputError.field('period.date', 'INVALID', 'the period has not begun', { today }, 'WORK_REPORT_FUTURE');
    const managers = await this.managersOf(viewer.officeId);
    const saved = await this.transactions.run(async (tx) => {
      const key = { officerId: viewer.id, kind: input.kind, periodStart: period.from };
      const before = await tx.manager.findOneBy(WorkReportNote, key);
      if (before?.status === 'ACKNOWLEDGED')
        throw InputError.field('period', 'NOT_ALLOWED', 'the report was acknowledged', undefined, 'WORK_REPORT_ACKNOWLEDGED');
      if (before && input.version !== before.version) throw new ConflictError('WorkReport', { id: String(before.id), version: before.version });
      if (!before && input.version !== null && input.version !== undefined && input.version !== 0)
        throw new ConflictError('WorkReport', { id: null, version: 0 });
      const now = this.clock();
      const fields = { status: 'SUBMITTED' as const, plans, obstacles, submittedAt: now };
      if (before) {
        const result = await tx.manager.update(WorkReportNote, { id: before.id, version: before.version }, { ...fields, version: before.version + 1 });
        if (!result.affected) throw new ConflictError('WorkReport', { id: String(before.id) });
      } else {
        await tx.manager.insert(WorkReportNote, { ...key, officeId: viewer.officeId, periodEnd: period.to, ...fields, version: 1 });
      }
      const after = await tx.manager.findOneByOrFail(WorkReportNote, key);
      await tx.audit({
        entityType: 'WorkReport',
        entityId: after.id,
        action: before ? 'update' : 'create',
        actorId: viewer.id,
        before: before && { status: before.status, plans: before.plans, obstacles: before.obstacles },
        after: { status: after.status, kind: after.kind, periodStart: after.periodStart, plans, obstacles },
      });
      for (const manager of managers) {
        await this.notifications.notifyInTx(tx, {
          userId: manager.id,
          type: 'REPORT_SUBMITTED',
          params: { officer: viewer.name, from: period.from, to: period.to },
          title: `Laporan kerja ${viewer.name} ${period.from} s.d. ${period.to} dikirim`,
          link: `/work-reports/${viewer.id}?kind=${input.kind}&date=${period.from}`,
          dedupeKey: `work-report-submitted:${after.id}:${after.version}`,
        });
        await this.mail.enqueue(tx.manager, MAIL_SUBJECT, after.id, `${after.id}-${after.version}-${manager.id}`, manager.email);
      }
      return after;
    });
    if (managers.length) this.mail.kick();
    return this.read(viewer, office, saved.kind, period);
  }

  /** A manager of the officer's office tree (or an admin) has read a submitted report, with an optional comment. */
  async acknowledge(viewer: User, idArg: string, version: number, comment: string | null): Promise<WorkReportData> {
    const id = /^\d{1,9}$/.test(idArg) ? Number(idArg) : 0;
    const note = id ? await this.dataSource.manager.findOneBy(WorkReportNote, { id }) : null;
    const scope = await this.access.scope(viewer);
    if (!note || (scope.officeIds !== null && !scope.officeIds.includes(note.officeId)) || viewer.role === 'OFFICER')
      throw new NotFoundError('WorkReport', idArg);
    const managerComment = text(comment, 'comment', MAX_COMMENT);
    if (note.status === 'DRAFT') throw InputError.field('id', 'NOT_ALLOWED', 'the report has not been submitted', undefined, 'WORK_REPORT_NOT_SUBMITTED');
    if (note.status === 'ACKNOWLEDGED')
      throw InputError.field('id', 'NOT_ALLOWED', 'the report was acknowledged already', undefined, 'WORK_REPORT_ACKNOWLEDGED');
    await this.transactions.run(async (tx) => {
      const now = this.clock();
      const result = await tx.manager.update(
        WorkReportNote,
        { id: note.id, version },
        { status: 'ACKNOWLEDGED', acknowledgedById: viewer.id, acknowledgedAt: now, managerComment, version: version + 1 },
      );
      if (!result.affected) throw new ConflictError('WorkReport', { id: String(note.id), version: note.version, status: note.status });
      await tx.audit({
        entityType: 'WorkReport',
        entityId: note.id,
        action: 'update',
        actorId: viewer.id,
        before: { status: note.status },
        after: { status: 'ACKNOWLEDGED', managerComment },
      });
      await this.notifications.notifyInTx(tx, {
        userId: note.officerId,
        type: 'REPORT_ACKNOWLEDGED',
        params: { manager: viewer.name, from: note.periodStart, to: note.periodEnd },
        title: `Laporan kerja ${note.periodStart} s.d. ${note.periodEnd} telah dibaca ${viewer.name}`,
        link: `/work-reports/${note.officerId}?kind=${note.kind}&date=${note.periodStart}`,
        dedupeKey: `work-report-acknowledged:${note.id}`,
      });
    });
    const officer = await this.dataSource.manager.findOneByOrFail(User, { id: note.officerId });
    const office = await this.dataSource.manager.findOneByOrFail(Office, { id: officer.officeId });
    return this.read(officer, office, note.kind, { from: note.periodStart, to: note.periodEnd });
  }

  /** The active managers nearest the office: its own, else those of the office above, and so on. */
  async managersOf(officeId: number): Promise<User[]> {
    const tree = await this.access.tree();
    for (const id of tree.ancestors(officeId)) {
      const managers = await this.dataSource.manager.find(User, { where: { officeId: id, role: 'MANAGER', active: true }, order: { id: 'ASC' } });
      if (managers.length) return managers;
    }
    return [];
  }
}
