/**
 * Work reports on schedule: once a week (after Sunday) or a month (after its last day) has ended in an
 * office zone, a clock job puts a generation job on the queue for that zone and period. The job goes
 * through the zone's officers in chunks; for each officer it writes the report's dispatch row (unique per
 * officer, kind and period) and queues the mails to the officer and their managers in one transaction,
 * with the chunk's checkpoint. A run stopped or crashed mid-way resumes after its last chunk, and an
 * officer already sent to is skipped, so each officer's report goes out once per period. The mail
 * outbox renders the PDF at send time, like every mail it sends.
 */
import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { OFFICE_TIME_ZONES, TIME_ZONE_LABELS, addDays, businessDate, longDateId, officeZone } from '@prospek/shared';
import type { OfficeTimeZone } from '@prospek/shared';
import type { TransactionRunner } from '../../db/transaction.js';
import { jobIdOf } from '../../jobs/job-queue.js';
import type { JobContext, JobQueue } from '../../jobs/job-queue.js';
import type { MailOutboxService, MailSubject } from '../mail/mail-outbox.service.js';
import { Office } from '../office/office.entity.js';
import type { Job } from '../scheduler/scheduler.js';
import { User } from '../user/user.entity.js';
import { renderWorkReportPdf } from './work-report-pdf.js';
import { workReportPeriod } from './work-report-period.js';
import { WorkReportDispatch } from './work-report.entity.js';
import type { WorkReportKind } from './work-report.entity.js';
import type { WorkReportService } from './work-report.service.js';

export const WORK_REPORT_SCHEDULE_JOB = 'work-report-schedule';
/** The mail outbox's subject type of a scheduled report (the row is a WorkReportDispatch). */
export const SCHEDULED_MAIL_SUBJECT = 'WorkReportPeriod';
/** Officers per chunk: each chunk's dispatch rows, mails and checkpoint commit together. */
export const SCHEDULE_CHUNK = 25;

export interface ScheduledRun {
  kind: WorkReportKind;
  zone: OfficeTimeZone;
  from: string;
  to: string;
  /** Officers per chunk, fixed when the run is queued so a resumed run cuts the same chunks. */
  chunk?: number;
}

/** The latest period of each kind that has ended by `now` in each office zone (the one before today's). */
export function endedPeriods(now: Date, kinds: readonly WorkReportKind[]): ScheduledRun[] {
  return kinds.flatMap((kind) =>
    OFFICE_TIME_ZONES.map((zone) => {
      const current = workReportPeriod(kind, businessDate(now, zone));
      return { kind, zone, ...workReportPeriod(kind, addDays(current.from, -1)) };
    }),
  );
}

const runKey = (run: ScheduledRun) => `${run.kind}-${run.from}-${TIME_ZONE_LABELS[run.zone]}`;

/** The clock slot of a set of ended periods, in the slot column's 40 characters: `M261101 M261101 M261101` (zones in order), or its digest. */
export function scheduleSlot(runs: readonly ScheduledRun[]): string {
  const slot = runs.map((run) => `${run.kind[0]}${run.from.slice(2).replace(/-/g, '')}`).join(' ');
  return slot.length <= 40 ? slot : createHash('sha1').update(slot).digest('hex');
}

export class WorkReportSchedule {
  /** Told before each chunk is written (with the chunk's officers): a test holds a run here to stop the server mid-way. */
  beforeChunk: ((officerIds: number[]) => Promise<void>) | null = null;
  /** Officers per chunk of the runs this instance queues. */
  chunkSize = SCHEDULE_CHUNK;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly reports: WorkReportService,
    private readonly mail: MailOutboxService,
    private readonly jobs: JobQueue,
    private readonly kinds: readonly WorkReportKind[],
  ) {
    jobs.define<ScheduledRun, number>(WORK_REPORT_SCHEDULE_JOB, (job) => this.run(job));
  }

  /** The clock job: a slot per set of ended periods, so each zone's period end enqueues its run once. */
  clockJob(): Job {
    return {
      name: WORK_REPORT_SCHEDULE_JOB,
      slot: (now) => scheduleSlot(endedPeriods(now, this.kinds)),
      run: async (now) => {
        let sent = 0;
        for (const run of endedPeriods(now, this.kinds)) sent += Number((await (await this.enqueue(run)).settled) ?? 0);
        return sent;
      },
    };
  }

  /** One run per zone, kind and period, however often enqueued. */
  enqueue(run: ScheduledRun) {
    return this.jobs.enqueue(WORK_REPORT_SCHEDULE_JOB, { chunk: this.chunkSize, ...run }, { jobId: jobIdOf(WORK_REPORT_SCHEDULE_JOB, runKey(run)) });
  }

  /** The officers of the zone's offices, in chunks; answers how many reports this run queued. */
  async run(job: JobContext<ScheduledRun>): Promise<number> {
    const { kind, zone, from, to } = job.data;
    const size = Math.max(1, job.data.chunk ?? this.chunkSize);
    const offices = (await this.dataSource.getRepository(Office).find({ select: { id: true, timeZone: true } })).filter((o) => officeZone(o.timeZone) === zone);
    if (offices.length === 0) return 0;
    const officers = await this.dataSource.getRepository(User).find({
      select: { id: true },
      where: { officeId: In(offices.map((o) => o.id)), role: 'OFFICER', active: true },
      order: { id: 'ASC' },
    });
    let queued = 0;
    for (let start = 0; start < officers.length; start += size) {
      const ids = officers.slice(start, start + size).map((o) => o.id);
      const chunk = `officers ${ids[0]}-${ids[ids.length - 1]}`;
      if (!(await job.isDone(chunk))) {
        await this.beforeChunk?.(ids);
        queued += await this.chunk(job, chunk, ids, { kind, from, to });
        this.mail.kick();
      }
      await job.progress(Math.min(99, (100 * (start + ids.length)) / officers.length));
      job.continueOrStop();
    }
    return queued;
  }

  private async chunk(
    job: JobContext<ScheduledRun>,
    chunk: string,
    ids: number[],
    period: { kind: WorkReportKind; from: string; to: string },
  ): Promise<number> {
    const officers = await this.dataSource.getRepository(User).find({ where: { id: In(ids) }, order: { id: 'ASC' } });
    const managers = new Map<number, User[]>();
    for (const officeId of new Set(officers.map((o) => o.officeId))) managers.set(officeId, await this.reports.managersOf(officeId));
    return this.transactions.run(async (tx) => {
      const m = tx.manager;
      // Sent already (by a run whose chunks were cut differently, say after an officer joined): skipped.
      const done = new Set(
        (await m.find(WorkReportDispatch, { select: { officerId: true }, where: { officerId: In(ids), kind: period.kind, periodStart: period.from } })).map(
          (d) => d.officerId,
        ),
      );
      let queued = 0;
      for (const officer of officers) {
        if (done.has(officer.id)) continue;
        const recipients = [officer, ...(managers.get(officer.officeId) ?? [])].filter((u) => u.email);
        const inserted = await m.insert(WorkReportDispatch, {
          officerId: officer.id,
          kind: period.kind,
          periodStart: period.from,
          periodEnd: period.to,
          recipients: recipients.length,
        });
        const id = Number(inserted.identifiers[0].id);
        for (const recipient of recipients) await this.mail.enqueue(m, SCHEDULED_MAIL_SUBJECT, id, `to-${recipient.id}`, recipient.email);
        queued++;
      }
      await job.checkpoint(m, chunk, ids.length);
      return queued;
    });
  }
}

/**
 * A scheduled report by mail: the officer and each manager get the same PDF, rendered once for both
 * when they are sent together (kept a minute), and a short text in Bahasa Indonesia.
 */
export function scheduledWorkReportMail(dataSource: DataSource, organization: string, reports: WorkReportService): MailSubject {
  const rendered = new Map<number, Promise<{ subject: string; text: string; pdf: Buffer; filename: string }>>();
  const renderOnce = (id: number) => {
    let entry = rendered.get(id);
    if (!entry) {
      entry = (async () => {
        const dispatch = await dataSource.manager.findOneByOrFail(WorkReportDispatch, { id });
        const officer = await dataSource.manager.findOneByOrFail(User, { id: dispatch.officerId });
        const office = await dataSource.manager.findOneByOrFail(Office, { id: officer.officeId });
        const report = await reports.read(officer, office, dispatch.kind, { from: dispatch.periodStart, to: dispatch.periodEnd });
        const period = `${longDateId(dispatch.periodStart)} s.d. ${longDateId(dispatch.periodEnd)}`;
        const which = dispatch.kind === 'WEEK' ? 'mingguan' : 'bulanan';
        return {
          subject: `Laporan kerja ${which} ${officer.name} ${period}`,
          text: [
            `Laporan kerja ${which} ${officer.name} (${office.name}) periode ${period} terlampir.`,
            '',
            'Catatan dan rekomendasi dapat ditambahkan di Prospek.',
            organization,
          ].join('\n'),
          pdf: await renderWorkReportPdf(organization, report),
          filename: `laporan-kerja-${officer.id}-${dispatch.periodStart}.pdf`,
        };
      })();
      rendered.set(id, entry);
      const forget = () => setTimeout(() => rendered.delete(id), 60_000).unref();
      entry.then(forget, () => rendered.delete(id));
      // Bounded: the oldest renders go first.
      if (rendered.size > 200) rendered.delete(rendered.keys().next().value as number);
    }
    return entry;
  };
  return {
    async render(id) {
      const mail = await renderOnce(id);
      return { subject: mail.subject, text: mail.text, attachments: [{ filename: mail.filename, content: mail.pdf, contentType: 'application/pdf' }] };
    },
    async delivered() {
      // Nothing on screen shows the mail's state.
    },
  };
}
