/** A work report's period: the ISO week (Monday to Sunday) or the month holding a given business date. */
import { addDays, addMonths, isBusinessDate } from '@prospek/shared';
import { InputError } from '../../errors.js';
import { bucketOf } from '../report/report-period.js';
import type { Period } from '../report/report-period.js';
import type { WorkReportKind } from './work-report.entity.js';
import { WORK_REPORT_KINDS } from './work-report.entity.js';

export function workReportPeriod(kind: WorkReportKind, date: string, field = 'period'): Period {
  if (!WORK_REPORT_KINDS.includes(kind)) throw InputError.field(`${field}.kind`, 'INVALID', 'WEEK or MONTH');
  if (!isBusinessDate(date)) throw InputError.field(`${field}.date`, 'DATE_INVALID', 'date must be YYYY-MM-DD');
  const from = bucketOf(date, kind);
  return { from, to: kind === 'WEEK' ? addDays(from, 6) : addDays(addMonths(from, 1), -1) };
}
