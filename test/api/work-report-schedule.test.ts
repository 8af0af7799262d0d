/**
 * Work reports on schedule: the period each zone has just ended, and a month-end run over the demo
 * officers stopped mid-way (the server closes after its second chunk) and resumed by another server;
 * a real SMTP listener then holds exactly one mail per officer and recipient, each with the report's PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { In } from 'typeorm';
import { BackgroundJob, JobChunk } from '../../server/src/jobs/job.entity.js';
import { MailOutbox } from '../../server/src/modules/mail/mail-outbox.entity.js';
import { User } from '../../server/src/modules/user/user.entity.js';
import { WorkReportDispatch } from '../../server/src/modules/work-report/work-report.entity.js';
import { SCHEDULED_MAIL_SUBJECT, WORK_REPORT_SCHEDULE_JOB, endedPeriods, scheduleSlot } from '../../server/src/modules/work-report/work-report-schedule.js';
import { workReportScheduleSetting } from '../../server/src/config.js';
import { createDataSource } from '../../server/src/db/data-source.js';
import { entities } from '../../server/src/entities.js';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { pdfText } from '../helpers/pdf.js';
import { smtpListener } from '../helpers/smtp.js';
import type { SmtpListener } from '../helpers/smtp.js';
import { startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

describe('the periods a schedule sends', () => {
  it('reads the setting', () => {
    expect(workReportScheduleSetting(undefined)).toEqual(['MONTH']);
    expect(workReportScheduleSetting('off')).toEqual([]);
    expect(workReportScheduleSetting('month, week')).toEqual(['WEEK', 'MONTH']);
    expect(() => workReportScheduleSetting('DAY')).toThrow(/WORK_REPORT_SCHEDULE/);
  });

  it('ends a month at each zone’s own midnight, and a week after Sunday', () => {
    // 16:30 UTC on 30 November: 01:30 on 1 December in WIT, 00:30 in WITA, still 23:30 on the 30th in WIB.
    const month = endedPeriods(new Date('2026-11-30T16:30:00Z'), ['MONTH']);
    expect(month.map((r) => [r.zone, r.from, r.to])).toEqual([
      ['Asia/Jakarta', '2026-10-01', '2026-10-31'],
      ['Asia/Makassar', '2026-11-01', '2026-11-30'],
      ['Asia/Jayapura', '2026-11-01', '2026-11-30'],
    ]);
    // Sunday 6 December 2026 ends at 17:00 UTC in WIB.
    expect(endedPeriods(new Date('2026-12-06T16:59:00Z'), ['WEEK']).find((r) => r.zone === 'Asia/Jakarta')).toMatchObject({
      from: '2026-11-23',
      to: '2026-11-29',
    });
    expect(endedPeriods(new Date('2026-12-06T17:00:00Z'), ['WEEK']).find((r) => r.zone === 'Asia/Jakarta')).toMatchObject({
      from: '2026-11-30',
      to: '2026-12-06',
    });
    // The clock slot fits the scheduler's column (40 characters), with both kinds too.
    expect(scheduleSlot(month)).toBe('M261001 M261101 M261101');
    expect(scheduleSlot(endedPeriods(new Date('2026-11-30T16:30:00Z'), ['WEEK', 'MONTH'])).length).toBeLessThanOrEqual(40);
  });
});

describe.each(databaseTargets)('scheduled work reports on $kind', (target) => {
  let smtp: SmtpListener;
  let database: TestDatabase;
  let server: TestServer | null = null;
  const settings = () => ({ smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Prospek <laporan@bpr.test>', workReportSchedule: ['MONTH' as const] });

  beforeAll(async () => {
    smtp = await smtpListener();
    database = await target.create();
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
    await database?.drop();
  });

  it('mails each officer’s month once to them and their managers, though the server stopped mid-run', async () => {
    // The month of November has ended in every zone.
    const monthEnd = new Date('2026-12-01T03:00:00Z');
    const first = await startServer({ database }, settings());
    server = first;
    const officers = await first.app.dataSource.getRepository(User).find({ where: { role: 'OFFICER', active: true }, order: { id: 'ASC' } });
    expect(officers.length).toBeGreaterThanOrEqual(4);

    // One officer per chunk; the server is asked to stop as the second chunk begins, which still commits.
    const schedule = first.app.services.workReportSchedule;
    schedule.chunkSize = 1;
    const before: number[] = [];
    let closing: Promise<void> | null = null;
    schedule.beforeChunk = async (ids) => {
      before.push(...ids);
      if (before.length === 2) closing = first.close();
    };
    const ran = await first.app.services.scheduler.tick(monthEnd);
    expect(ran[WORK_REPORT_SCHEDULE_JOB]).not.toBeNull();
    // The tick's own jobs may hold the runner's slots: then its next poll takes the run.
    for (let i = 0; i < 600 && !closing; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await closing;
    // Stopped after its second chunk (the first zone's first two officers): two reports queued, no third
    // begun, the run waiting for the next server with its two chunks recorded; the other zones' runs not begun.
    expect(before).toHaveLength(2);
    server = null;
    const between = await createDataSource(database.url, entities);
    await between.initialize();
    try {
      expect((await between.getRepository(WorkReportDispatch).find({ order: { officerId: 'ASC' } })).map((d) => d.officerId)).toEqual(before);
      const waiting = await between.getRepository(BackgroundJob).find({ where: { name: WORK_REPORT_SCHEDULE_JOB }, order: { id: 'ASC' } });
      expect(waiting.map((r) => [r.id, r.state])).toEqual([
        [`${WORK_REPORT_SCHEDULE_JOB}.MONTH-2026-11-01-WIB`, 'WAITING'],
        [`${WORK_REPORT_SCHEDULE_JOB}.MONTH-2026-11-01-WIT`, 'WAITING'],
        [`${WORK_REPORT_SCHEDULE_JOB}.MONTH-2026-11-01-WITA`, 'WAITING'],
      ]);
      expect(await between.getRepository(JobChunk).countBy({ jobId: waiting[0].id })).toBe(2);
    } finally {
      await between.destroy();
    }

    const second = await startServer({ database }, settings(), { now: () => new Date(Date.now() + 10 * 60_000) });
    server = second;
    const { dataSource } = second.app;
    const runs = () => dataSource.getRepository(BackgroundJob).findBy({ name: WORK_REPORT_SCHEDULE_JOB });

    // The next server's runner takes the waiting runs and the outbox sends what is due.
    const outbox = () => dataSource.getRepository(MailOutbox).findBy({ subjectType: SCHEDULED_MAIL_SUBJECT });
    for (let i = 0; i < 600; i++) {
      const states = (await runs()).map((r) => r.state);
      const rows = await outbox();
      if (states.length === 3 && states.every((s) => s === 'COMPLETED') && rows.length > 0 && rows.every((r) => r.state === 'SENT')) break;
      await second.app.services.mail.runOnce();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await runs()).map((r) => [r.state, r.progress])).toEqual([
      ['COMPLETED', 100],
      ['COMPLETED', 100],
      ['COMPLETED', 100],
    ]);
    // The next server resumed each run after its last chunk (the run keeps its chunk size): one chunk per officer.
    expect(await dataSource.getRepository(JobChunk).countBy({ jobId: In((await runs()).map((r) => r.id)) })).toBe(officers.length);
    // Ticking the same moment again, or enqueueing a run a second time, queues nothing more.
    await second.app.services.scheduler.tick(monthEnd);
    const again = await second.app.services.jobs.enqueue(
      WORK_REPORT_SCHEDULE_JOB,
      { kind: 'MONTH', zone: 'Asia/Jakarta', from: '2026-11-01', to: '2026-11-30' },
      { jobId: `${WORK_REPORT_SCHEDULE_JOB}.again` },
    );
    expect(await again.settled).toBe(0);

    const dispatches = await dataSource.getRepository(WorkReportDispatch).find({ order: { officerId: 'ASC' } });
    expect(dispatches.map((d) => [d.officerId, d.kind, d.periodStart, d.periodEnd])).toEqual(officers.map((o) => [o.id, 'MONTH', '2026-11-01', '2026-11-30']));
    const rows = await outbox();
    expect(rows.every((r) => r.state === 'SENT' && r.attempts >= 1)).toBe(true);
    expect(rows).toHaveLength(dispatches.reduce((n, d) => n + d.recipients, 0));
    // One mail per outbox row, with its Message-ID, to its recipient, and no other (the tick also sent invoice reminders).
    const reports = smtp.mails.filter((m) => m.messageId?.startsWith(`<${SCHEDULED_MAIL_SUBJECT.toLowerCase()}-`));
    expect(reports).toHaveLength(rows.length);
    expect(new Set(reports.map((m) => m.messageId))).toEqual(new Set(rows.map((r) => r.messageId)));
    const users = new Map((await dataSource.getRepository(User).findBy({ id: In(officers.map((o) => o.id)) })).map((u) => [u.id, u]));
    for (const dispatch of dispatches) {
      const officer = users.get(dispatch.officerId)!;
      const managers = await second.app.services.workReports.managersOf(officer.officeId);
      const mine = rows.filter((r) => r.subjectId === dispatch.id);
      expect(mine.map((r) => r.recipient).sort()).toEqual([officer.email, ...managers.map((m) => m.email)].sort());
      for (const row of mine) {
        const mails = smtp.mails.filter((m) => m.messageId === row.messageId);
        expect(mails).toHaveLength(1);
        expect(smtp.to(row.recipient).filter((m) => m.subject?.includes(officer.name))).toHaveLength(1);
        expect(mails[0].subject).toContain(`Laporan kerja bulanan ${officer.name}`);
        const pdf = mails[0].attachments.find((a) => a.contentType === 'application/pdf');
        expect(pdf?.filename).toBe(`laporan-kerja-${officer.id}-2026-11-01.pdf`);
        expect(await pdfText(new Uint8Array(pdf!.content))).toContain(officer.name);
      }
    }
  }, 120_000);
});
