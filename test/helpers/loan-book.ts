/**
 * A loan book written straight into the tables with multi-row INSERTs (disbursing through the API is
 * far too slow for tens of thousands of loans): one accepted offer per loan, the loan as just
 * disbursed (positioned on its disbursement date, grade 1), its schedule from the shared maths and
 * the first grade-history row, as `disburseLoan` leaves them. Repayments then go through the service.
 */
import type { DataSource } from 'typeorm';
import { dpdBucketOf, disbursementSchedule } from '@prospek/shared';
import type { InterestMethod, ScheduledInstallment } from '@prospek/shared';

export interface SeededLoan {
  id: number;
  clientId: number;
  officeId: number;
  productId: number;
  disbursementDate: string;
  schedule: ScheduledInstallment[];
}

export interface LoanSpec {
  clientId: number;
  officerId: number | null;
  officeId: number;
  productId: number;
  /** Sen. */
  amount: bigint;
  tenorMonths: number;
  annualRate: string;
  method: InterestMethod;
  disbursementDate: string;
  firstDueDate: string;
}

const ROWS_PER_INSERT = 1000;

async function nextId(dataSource: DataSource, table: string): Promise<number> {
  const q = (n: string) => dataSource.driver.escape(n);
  const [{ last }] = await dataSource.query(`SELECT MAX(${q('id')}) AS last FROM ${q(table)}`);
  return Number(last ?? 0) + 1;
}

async function insertRows(dataSource: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const q = (n: string) => dataSource.driver.escape(n);
  const row = `(${columns.map(() => '?').join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const slice = rows.slice(start, start + ROWS_PER_INSERT);
    await dataSource.query(`INSERT INTO ${q(table)} (${columns.map(q).join(', ')}) VALUES ${slice.map(() => row).join(', ')}`, slice.flat());
  }
}

/** Inserts the loans of `specs` (ids in the order given) and returns them with their schedules. */
export async function seedLoans(dataSource: DataSource, specs: LoanSpec[], createdById: number): Promise<SeededLoan[]> {
  const schedules = new Map<string, ScheduledInstallment[]>();
  const scheduleOf = (s: LoanSpec) => {
    const key = `${s.amount}:${s.tenorMonths}:${s.annualRate}:${s.method}:${s.firstDueDate}`;
    let schedule = schedules.get(key);
    if (!schedule) {
      schedule = disbursementSchedule({ amount: s.amount, tenorMonths: s.tenorMonths, annualRate: s.annualRate, method: s.method }, s.firstDueDate);
      schedules.set(key, schedule);
    }
    return schedule;
  };
  const firstOffer = await nextId(dataSource, 'offer');
  const firstLoan = await nextId(dataSource, 'loan');
  const micro = (rate: string) => Math.round(Number(rate) * 1_000_000);
  await insertRows(
    dataSource,
    'offer',
    ['id', 'clientId', 'productId', 'amount', 'tenorMonths', 'annualRateMicro', 'interestMethod', 'status', 'validUntil', 'createdById', 'version'],
    specs.map((s, i) => [
      firstOffer + i,
      s.clientId,
      s.productId,
      String(s.amount),
      s.tenorMonths,
      micro(s.annualRate),
      s.method,
      'ACCEPTED',
      s.disbursementDate,
      createdById,
      1,
    ]),
  );
  const loans: SeededLoan[] = specs.map((s, i) => ({
    id: firstLoan + i,
    clientId: s.clientId,
    officeId: s.officeId,
    productId: s.productId,
    disbursementDate: s.disbursementDate,
    schedule: scheduleOf(s),
  }));
  await insertRows(
    dataSource,
    'loan',
    [
      'id',
      'clientId',
      'productId',
      'offerId',
      'officerId',
      'officeId',
      'principal',
      'annualRateMicro',
      'tenorMonths',
      'interestMethod',
      'disbursementDate',
      'firstDueDate',
      'maturityDate',
      'status',
      'outstandingPrincipal',
      'arrears',
      'creditBalance',
      'daysPastDue',
      'collectibility',
      'positionAsOf',
      'version',
    ],
    specs.map((s, i) => [
      loans[i].id,
      s.clientId,
      s.productId,
      firstOffer + i,
      s.officerId,
      s.officeId,
      String(s.amount),
      micro(s.annualRate),
      s.tenorMonths,
      s.method,
      s.disbursementDate,
      s.firstDueDate,
      loans[i].schedule[loans[i].schedule.length - 1].dueDate,
      'ACTIVE',
      String(s.amount),
      '0',
      '0',
      0,
      1,
      s.disbursementDate,
      1,
    ]),
  );
  const installments: unknown[][] = [];
  for (const loan of loans) {
    for (const row of loan.schedule) {
      installments.push([loan.id, row.number, row.dueDate, String(row.principal), String(row.interest), '0', '0', '0', '0']);
      if (installments.length >= 20 * ROWS_PER_INSERT) {
        await insertRows(
          dataSource,
          'loan_installment',
          ['loanId', 'number', 'dueDate', 'principal', 'interest', 'paidPrincipal', 'paidInterest', 'penalty', 'paidPenalty'],
          installments.splice(0),
        );
      }
    }
  }
  await insertRows(
    dataSource,
    'loan_installment',
    ['loanId', 'number', 'dueDate', 'principal', 'interest', 'paidPrincipal', 'paidInterest', 'penalty', 'paidPenalty'],
    installments,
  );
  await insertRows(
    dataSource,
    'loan_grade_change',
    ['loanId', 'asOfDate', 'daysPastDue', 'toBucket', 'toGrade'],
    loans.map((l) => [l.id, l.disbursementDate, 0, dpdBucketOf(0), 1]),
  );
  return loans;
}

/** The demo's clients with their officer and office, and its loan products: what seeded loans refer to. */
export async function loanBookParties(dataSource: DataSource) {
  const q = (n: string) => dataSource.driver.escape(n);
  const clients: Array<{ id: number; officerId: number | null; officeId: number }> = (
    await dataSource.query(`SELECT ${q('id')}, ${q('officerId')}, ${q('officeId')} FROM ${q('client')} ORDER BY ${q('id')}`)
  ).map((c: { id: number; officerId: number | null; officeId: number }) => ({
    id: Number(c.id),
    officerId: c.officerId === null ? null : Number(c.officerId),
    officeId: Number(c.officeId),
  }));
  const products: number[] = (await dataSource.query(`SELECT ${q('id')} FROM ${q('product')} WHERE ${q('kind')} = 'LOAN' ORDER BY ${q('id')}`)).map(
    (p: { id: number }) => Number(p.id),
  );
  const [admin] = await dataSource.query(`SELECT ${q('id')} FROM ${q('user')} WHERE ${q('role')} = 'ADMIN' ORDER BY ${q('id')}`);
  return { clients, products, adminId: Number(admin.id) };
}
