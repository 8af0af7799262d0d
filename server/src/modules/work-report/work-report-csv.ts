/**
 * The work report as CSV: one line per figure (section, item, value), money as a rupiah decimal, then the
 * recommendations and the notes. Free text that a spreadsheet would take for a formula is quoted with '.
 */
import { moneyToDecimal } from '@prospek/shared';
import type { WorkReportData } from './work-report.service.js';

const cell = (value: string) => {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function workReportCsv(report: WorkReportData): string {
  const f = report.figures;
  const rows: Array<[string, string, string]> = [
    ['report', 'officer', report.officer.name],
    ['report', 'office', report.office.name],
    ['report', 'kind', report.kind],
    ['report', 'from', report.from],
    ['report', 'to', report.to],
    ['report', 'status', report.status],
    ['leads', 'new', String(f.newLeads)],
    ['leads', 'moved', String(f.leadsMoved)],
    ['leads', 'stage_moves', String(f.stageMoves)],
    ...f.followUps.map((c): [string, string, string] => ['follow_ups', c.type, String(c.count)]),
    ['follow_ups', 'total', String(f.followUpsDone)],
    ['offers', 'count', String(f.offers.count)],
    ['offers', 'amount', moneyToDecimal(f.offers.amount)],
    ['won', 'count', String(f.won.count)],
    ['won', 'amount', moneyToDecimal(f.won.amount)],
    ['lost', 'count', String(f.lost.count)],
    ['lost', 'amount', moneyToDecimal(f.lost.amount)],
    ['loans', 'disbursed_count', String(f.disbursed.count)],
    ['loans', 'disbursed_amount', moneyToDecimal(f.disbursed.amount)],
    ['loans', 'new_debtors', String(f.noa)],
    ['collection', 'due', moneyToDecimal(f.dueInPeriod)],
    ['collection', 'paid_of_due', moneyToDecimal(f.paidOfDue)],
    ['collection', 'rate', String(f.collectionRate)],
    ['collection', 'repayments_received', moneyToDecimal(f.repaymentsReceived)],
    ['book', 'outstanding', moneyToDecimal(f.outstanding)],
    ['book', 'loans_in_arrears', String(f.loansInArrears)],
    ['book', 'arrears', moneyToDecimal(f.arrears)],
    ['book', 'par30', String(f.par30)],
    ...f.grades.flatMap((g): Array<[string, string, string]> => [
      ['grade', `${g.grade}_loans`, String(g.count)],
      ['grade', `${g.grade}_outstanding`, moneyToDecimal(g.outstanding)],
    ]),
    ['invoices', 'issued_count', String(f.invoicesIssued.count)],
    ['invoices', 'issued_amount', moneyToDecimal(f.invoicesIssued.amount)],
    ['invoices', 'collected', moneyToDecimal(f.invoicesCollected)],
    ['complaints', 'received', String(f.complaintsReceived)],
    ['complaints', 'resolved', String(f.complaintsResolved)],
    ['complaints', 'open', String(f.complaintsOpen)],
    ...f.targets.flatMap((t): Array<[string, string, string]> => [
      ['target', t.metric, t.target ?? ''],
      ['actual', t.metric, t.actual],
    ]),
    ...report.recommendations.map((r): [string, string, string] => [
      'recommendation',
      r.code,
      [r.title, ...r.evidence.map((e) => `${e.label}=${e.value}`)].join(' | '),
    ]),
    ['notes', 'plans', report.plans ?? ''],
    ['notes', 'obstacles', report.obstacles ?? ''],
    ['notes', 'manager_comment', report.managerComment ?? ''],
  ];
  return ['section,item,value', ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
}
