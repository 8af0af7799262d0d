import type { DataSource } from 'typeorm';
import { longDateId } from '@prospek/shared';
import type { MailSubject } from '../mail/mail-outbox.service.js';
import { Office } from '../office/office.entity.js';
import { User } from '../user/user.entity.js';
import { renderWorkReportPdf } from './work-report-pdf.js';
import { WorkReportNote } from './work-report.entity.js';
import type { WorkReportService } from './work-report.service.js';

/** A submitted work report to the officer's manager: a short text in Bahasa Indonesia with the PDF, rendered at send time. */
export function workReportMail(dataSource: DataSource, organization: string, reports: WorkReportService): MailSubject {
  return {
    async render(id) {
      const note = await dataSource.manager.findOneByOrFail(WorkReportNote, { id });
      const officer = await dataSource.manager.findOneByOrFail(User, { id: note.officerId });
      const office = await dataSource.manager.findOneByOrFail(Office, { id: officer.officeId });
      const report = await reports.read(officer, office, note.kind, { from: note.periodStart, to: note.periodEnd });
      const period = `${longDateId(note.periodStart)} s.d. ${longDateId(note.periodEnd)}`;
      return {
        subject: `Laporan kerja ${officer.name} ${period}`,
        text: [
          `${officer.name} (${office.name}) mengirim laporan kerja periode ${period}.`,
          '',
          `Rencana: ${report.plans ?? '-'}`,
          `Kendala: ${report.obstacles ?? '-'}`,
          '',
          'Laporan lengkap terlampir; tanggapi di Prospek.',
          organization,
        ].join('\n'),
        attachments: [
          {
            filename: `laporan-kerja-${officer.id}-${note.periodStart}.pdf`,
            content: await renderWorkReportPdf(organization, report),
            contentType: 'application/pdf',
          },
        ],
      };
    },
    async delivered() {
      // Nothing on screen shows the mail's state.
    },
  };
}
