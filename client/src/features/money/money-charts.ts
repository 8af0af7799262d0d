/** The cash flow as an ECharts option and as the same figures in a table (table view and CSV). Pure. */
import type { EChartsCoreOption } from 'echarts/core';
import { parseMoney } from '@prospek/shared';
import type { CashFlowQuery } from '../../api/generated/graphql';
import type { ReportTable, Translate } from '../reports/report-charts';

const rupiahUnits = (decimal: string): number => Number(parseMoney(decimal) / 100n);
const compact = (locale: string) => (value: number) =>
  new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'id-ID', { notation: 'compact', maximumFractionDigits: 1 }).format(value);

export function cashFlowChart(data: CashFlowQuery['cashFlow'], t: Translate, locale: string): { option: EChartsCoreOption; table: ReportTable } {
  const months = data.months;
  return {
    option: {
      color: ['#0f766e', '#d97706', '#1e3a8a'],
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 56, right: 12, top: 16, bottom: 40 },
      xAxis: { type: 'category', data: months.map((m) => m.month) },
      yAxis: { type: 'value', axisLabel: { formatter: compact(locale) } },
      series: [
        { type: 'bar', name: t('money.moneyIn'), data: months.map((m) => rupiahUnits(m.moneyIn)) },
        { type: 'bar', name: t('money.moneyOut'), data: months.map((m) => -rupiahUnits(m.moneyOut)) },
        { type: 'line', name: t('money.net'), data: months.map((m) => rupiahUnits(m.net)) },
      ],
    },
    table: {
      header: [
        t('dashboard.month'),
        t('money.principal'),
        t('money.interest'),
        t('money.penalty'),
        t('money.repaymentCredit'),
        t('money.receivablesCollected'),
        t('money.moneyIn'),
        t('money.disbursed'),
        t('money.payablesPaid'),
        t('money.moneyOut'),
        t('money.net'),
      ],
      rows: months.map((m) => [
        m.month,
        m.principal,
        m.interest,
        m.penalty,
        m.repaymentCredit,
        m.receivablesCollected,
        m.moneyIn,
        m.disbursed,
        m.payablesPaid,
        m.moneyOut,
        m.net,
      ]),
    },
  };
}
