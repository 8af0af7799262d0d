/**
 * The receivables and complaint-SLA trends as chart options and tables (see report-charts.ts). Money stays
 * the API's decimal text in the tables; the chart plots whole rupiah.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { parseMoney } from '@prospek/shared';
import type { DashboardQuery } from '../../api/generated/graphql';
import type { ReportTable, Translate } from './report-charts';

const compact = (locale: string) => (value: number) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'id-ID', { notation: 'compact', maximumFractionDigits: 1 }).format(value);
const rupiahUnits = (decimal: string): number => Number(parseMoney(decimal) / 100n);
const pct = (ratio: number | null | undefined): string => (ratio === null || ratio === undefined ? '' : `${Math.round(ratio * 1000) / 10}%`);
const AGING = ['current', 'd1to30', 'd31to60', 'd61to90', 'over90'] as const;
/** Green for not yet due, darkening to red with age. */
const AGING_COLORS = ['#0f766e', '#facc15', '#f59e0b', '#ea580c', '#b91c1c'];

export function receivablesChart(data: DashboardQuery['receivablesTrend'], t: Translate, locale: string): { option: EChartsCoreOption; table: ReportTable } {
  const points = data.points;
  return {
    option: {
      color: [...AGING_COLORS, '#334155'],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 56, right: 12, top: 16, bottom: 88 },
      xAxis: { type: 'category', data: points.map((p) => p.periodEnd) },
      yAxis: { type: 'value', axisLabel: { formatter: compact(locale) } },
      series: [
        ...AGING.map((key) => ({ type: 'bar', stack: 'aging', name: t(`dashboard.${key}`), data: points.map((p) => rupiahUnits(p[key])) })),
        { type: 'line', name: t('dashboard.collected'), data: points.map((p) => rupiahUnits(p.collected)) },
      ],
    },
    table: {
      header: [
        t('dashboard.periodEnd'),
        t('dashboard.receivablesOutstanding'),
        t('dashboard.overdue'),
        ...AGING.map((key) => t(`dashboard.${key}`)),
        t('dashboard.issued'),
        t('dashboard.collected'),
      ],
      rows: points.map((p) => [p.periodEnd, p.outstanding, p.overdue, ...AGING.map((key) => p[key]), p.issued, p.collected]),
    },
  };
}

export function complaintSlaChart(data: DashboardQuery['complaintSlaTrend'], t: Translate): { option: EChartsCoreOption; table: ReportTable } {
  const points = data.points;
  return {
    option: {
      color: ['#0f766e', '#dc2626', '#d97706', '#334155'],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 40, top: 16, bottom: 88 },
      xAxis: { type: 'category', data: points.map((p) => p.period) },
      yAxis: [
        { type: 'value', minInterval: 1 },
        { type: 'value', min: 0, max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      ],
      series: [
        { type: 'bar', stack: 'resolved', name: t('dashboard.withinSla'), data: points.map((p) => p.resolvedWithinSla) },
        { type: 'bar', stack: 'resolved', name: t('dashboard.breached'), data: points.map((p) => p.breached) },
        { type: 'bar', name: t('dashboard.openPastDeadline'), data: points.map((p) => p.openPastDeadline) },
        { type: 'line', name: t('dashboard.compliance'), yAxisIndex: 1, connectNulls: true, data: points.map((p) => p.compliance) },
      ],
    },
    table: {
      header: [
        t('dashboard.period'),
        t('dashboard.received'),
        t('dashboard.resolved'),
        t('dashboard.withinSla'),
        t('dashboard.breached'),
        t('dashboard.compliance'),
        t('dashboard.openPastDeadline'),
      ],
      rows: points.map((p) => [
        p.period,
        String(p.received),
        String(p.resolved),
        String(p.resolvedWithinSla),
        String(p.breached),
        pct(p.compliance),
        String(p.openPastDeadline),
      ]),
    },
  };
}
