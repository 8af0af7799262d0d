/**
 * The dashboard's charts as data: each report turned into an ECharts option and into the same figures
 * as a table (header + rows) for the table view and the CSV download. Pure functions.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { parseMoney } from '@prospek/shared';
import type { DashboardQuery } from '../../api/generated/graphql';

export interface ReportTable {
  header: string[];
  rows: string[][];
}

export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** Axis labels in rupiah, compact the locale's way ("1,5 M" / "1.5B"). */
const compact = (locale: string) => (value: number) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'id-ID', { notation: 'compact', maximumFractionDigits: 1 }).format(value);

const BRAND = ['#0f766e', '#94a3b8', '#d97706', '#dc2626'];
const rupiahUnits = (decimal: string): number => Number(parseMoney(decimal) / 100n);
const pct = (ratio: number | null | undefined): string => (ratio === null || ratio === undefined ? '' : `${Math.round(ratio * 1000) / 10}%`);

export function funnelChart(data: DashboardQuery['salesFunnel'], t: Translate): { option: EChartsCoreOption; table: ReportTable } {
  const stages = data.stages.filter((s) => s.stage !== 'LOST');
  return {
    option: {
      color: BRAND,
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'funnel',
          sort: 'none',
          left: 8,
          right: 8,
          minSize: '8%',
          label: { show: true, position: 'inside', formatter: '{b}: {c}' },
          data: stages.map((s) => ({ name: t(`stages.${s.stage}`), value: s.entered })),
        },
      ],
    },
    table: {
      header: [t('dashboard.stage'), t('dashboard.entered'), t('dashboard.conversion')],
      rows: data.stages.map((s) => [t(`stages.${s.stage}`), String(s.entered), pct(s.conversionToNext)]),
    },
  };
}

export function velocityChart(data: DashboardQuery['pipelineVelocity'], t: Translate): { option: EChartsCoreOption; table: ReportTable } {
  const names = data.stages.map((s) => t(`stages.${s.stage}`));
  return {
    option: {
      color: BRAND,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 12, top: 16, bottom: 84 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value' },
      series: [
        { type: 'bar', name: t('dashboard.medianDays'), data: data.stages.map((s) => s.medianDays ?? 0) },
        { type: 'bar', name: t('dashboard.p90Days'), data: data.stages.map((s) => s.p90Days ?? 0) },
      ],
    },
    table: {
      header: [t('dashboard.stage'), t('dashboard.medianDays'), t('dashboard.p90Days'), t('dashboard.sample')],
      rows: data.stages.map((s, i) => [names[i], String(s.medianDays ?? ''), String(s.p90Days ?? ''), String(s.sampleSize)]),
    },
  };
}

export function forecastChart(data: DashboardQuery['forecast'], t: Translate, locale: string): { option: EChartsCoreOption; table: ReportTable } {
  return {
    option: {
      color: BRAND,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 56, right: 12, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: data.months.map((m) => m.month) },
      yAxis: { type: 'value', axisLabel: { formatter: compact(locale) } },
      series: [
        { type: 'bar', name: t('dashboard.learned'), data: data.months.map((m) => rupiahUnits(m.weightedAmount)) },
        { type: 'bar', name: t('dashboard.defaults'), data: data.months.map((m) => rupiahUnits(m.defaultWeightedAmount)) },
      ],
    },
    table: {
      header: [t('dashboard.month'), t('dashboard.learned'), t('dashboard.defaults')],
      rows: data.months.map((m) => [m.month, m.weightedAmount, m.defaultWeightedAmount]),
    },
  };
}

export function portfolioChart(data: DashboardQuery['portfolioTrend'], t: Translate, locale: string): { option: EChartsCoreOption; table: ReportTable } {
  const points = data.points;
  return {
    option: {
      color: BRAND,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 56, right: 40, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: points.map((p) => p.monthEnd) },
      yAxis: [
        { type: 'value', axisLabel: { formatter: compact(locale) } },
        { type: 'value', max: 1, axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` } },
      ],
      series: [
        { type: 'bar', name: t('dashboard.outstanding'), data: points.map((p) => rupiahUnits(p.outstanding)) },
        { type: 'line', name: t('dashboard.npl'), yAxisIndex: 1, data: points.map((p) => p.npl) },
        { type: 'line', name: t('dashboard.par30'), yAxisIndex: 1, data: points.map((p) => p.par30) },
      ],
    },
    table: {
      header: [t('dashboard.monthEnd'), t('dashboard.outstanding'), t('dashboard.npl'), t('dashboard.par30')],
      rows: points.map((p) => [p.monthEnd, p.outstanding, pct(p.npl), pct(p.par30)]),
    },
  };
}

/** Won and lost by source (counts), with every dimension's figures in the table. */
export function winLossChart(data: DashboardQuery['winLoss'], t: Translate): { option: EChartsCoreOption; table: ReportTable } {
  const label = (row: DashboardQuery['winLoss']['rows'][number]) => {
    if (row.label) return row.label;
    if (row.key === null) return t('dashboard.unset');
    if (row.dimension === 'SOURCE') return t(`sources.${row.key}`);
    if (row.dimension === 'SEGMENT') return t(`segments.${row.key}`);
    return row.key;
  };
  const bySource = data.rows.filter((r) => r.dimension === 'SOURCE');
  const names = bySource.map(label);
  return {
    option: {
      color: ['#0f766e', '#dc2626'],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 12, top: 16, bottom: 84 },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'bar', name: t('dashboard.won'), data: bySource.map((r) => r.wonCount) },
        { type: 'bar', name: t('dashboard.lost'), data: bySource.map((r) => r.lostCount) },
      ],
    },
    table: {
      header: [t('dashboard.dimension'), t('dashboard.value'), t('dashboard.won'), t('dashboard.wonAmount'), t('dashboard.lost'), t('dashboard.lostAmount')],
      rows: data.rows.map((r) => [t(`dashboard.dimensions.${r.dimension}`), label(r), String(r.wonCount), r.wonAmount, String(r.lostCount), r.lostAmount]),
    },
  };
}

/** Each campaign's spend beside the disbursement it brought, in rupiah; cost per lead and per win in the table. */
export function campaignChart(data: DashboardQuery['campaignReturn'], t: Translate, locale: string): { option: EChartsCoreOption; table: ReportTable } {
  const rows = data.rows;
  return {
    option: {
      color: ['#d97706', '#0f766e'],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 56, right: 12, top: 16, bottom: 84 },
      xAxis: { type: 'category', data: rows.map((r) => r.name), axisLabel: { interval: 0, rotate: 30, width: 90, overflow: 'truncate' } },
      yAxis: { type: 'value', axisLabel: { formatter: compact(locale) } },
      series: [
        { type: 'bar', name: t('dashboard.spend'), data: rows.map((r) => rupiahUnits(r.spend)) },
        { type: 'bar', name: t('dashboard.disbursement'), data: rows.map((r) => rupiahUnits(r.disbursement)) },
      ],
    },
    table: {
      header: [
        t('dashboard.campaign'),
        t('dashboard.spend'),
        t('dashboard.leads'),
        t('dashboard.costPerLead'),
        t('dashboard.won'),
        t('dashboard.costPerWon'),
        t('dashboard.disbursement'),
        t('dashboard.perRupiah'),
      ],
      rows: rows.map((r) => [
        r.name,
        r.spend,
        String(r.leads),
        r.costPerLead ?? '',
        String(r.wonCount),
        r.costPerWon ?? '',
        r.disbursement,
        r.disbursementPerRupiah === null || r.disbursementPerRupiah === undefined ? '' : String(r.disbursementPerRupiah),
      ]),
    },
  };
}

/** A table as CSV text (RFC 4180 quoting). */
export function toCsv(table: ReportTable): string {
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [table.header, ...table.rows].map((row) => row.map(cell).join(',')).join('\n');
}
