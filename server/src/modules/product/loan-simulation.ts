import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { businessDate, checkIncomeAmount, debtServiceCheck, isBusinessDate, loanSchedule, MAX_TENOR_MONTHS } from '@prospek/shared';
import type { FieldError, InterestMethod } from '@prospek/shared';
import { InputError, scheduleOrRefuse } from '../../errors.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { InterestMethodEnum } from './product.entity.js';

@InputType()
export class SimulateLoanInput {
  @Field(() => MoneyScalar)
  amount: bigint;

  @Field(() => Int)
  tenorMonths: number;

  @Field(() => Float, { description: 'Percent per year' })
  annualRate: number;

  @Field(() => InterestMethodEnum)
  method: InterestMethod;

  @Field(() => MoneyScalar, { nullable: true, description: 'For the debt-service ratio' })
  monthlyIncome?: bigint | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'Installments already paid a month elsewhere, counted in the debt-service ratio' })
  existingInstallments?: bigint | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Disbursement date; today in the viewer’s office when left out' })
  startDate?: string | null;
}

@ObjectType({ simpleResolvers: true })
export class ScheduleRow {
  @Field(() => Int)
  number: number;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => MoneyScalar)
  principal: bigint;

  @Field(() => MoneyScalar)
  interest: bigint;

  @Field(() => MoneyScalar)
  installment: bigint;

  @Field(() => MoneyScalar, { description: 'Principal still owed after this installment' })
  balance: bigint;
}

@ObjectType({ simpleResolvers: true })
export class LoanSimulation {
  @Field(() => InterestMethodEnum)
  method: InterestMethod;

  @Field(() => MoneyScalar, { description: 'The first installment (the largest, for EFFECTIVE)' })
  installment: bigint;

  @Field(() => MoneyScalar)
  totalInterest: bigint;

  @Field(() => MoneyScalar)
  totalPaid: bigint;

  @Field(() => [ScheduleRow])
  schedule: ScheduleRow[];

  @Field(() => Float, { nullable: true, description: '(Installment + existing installments) / monthly income, percent with two decimals' })
  debtServiceRatio: number | null;

  @Field(() => Float, { description: 'The limit the ratio is held against, percent' })
  debtServiceLimit: number;

  @Field({ description: 'True when the ratio is above the limit' })
  overLimit: boolean;

  @Field(() => String, { nullable: true })
  warning: string | null;
}

/** Checks simulation terms like any input: every wrong field named, nothing computed. */
export function simulate(input: SimulateLoanInput, dsrLimitPercent: number, today: string = businessDate()): LoanSimulation {
  const errors: FieldError[] = [];
  if (input.amount <= 0n) errors.push({ field: 'amount', code: 'AMOUNT_NOT_POSITIVE', message: 'amount must be more than zero' });
  else if (input.amount % 100n !== 0n) errors.push({ field: 'amount', code: 'AMOUNT_INVALID', message: 'amount must be a whole number of rupiah' });
  if (!Number.isInteger(input.tenorMonths) || input.tenorMonths < 1 || input.tenorMonths > MAX_TENOR_MONTHS) {
    errors.push({
      field: 'tenorMonths',
      code: 'INVALID',
      message: `tenorMonths must be between 1 and ${MAX_TENOR_MONTHS}`,
      params: { min: 1, max: MAX_TENOR_MONTHS, unit: 'months' },
      reason: 'OUT_OF_RANGE',
    });
  }
  if (!Number.isFinite(input.annualRate) || input.annualRate < 0 || input.annualRate > 100) {
    errors.push({
      field: 'annualRate',
      code: 'INVALID',
      message: 'annualRate must be a percent between 0 and 100',
      params: { min: 0, max: 100, unit: 'percent' },
      reason: 'OUT_OF_RANGE',
    });
  }
  if (input.monthlyIncome !== undefined && input.monthlyIncome !== null && input.monthlyIncome <= 0n) {
    errors.push({ field: 'monthlyIncome', code: 'AMOUNT_NOT_POSITIVE', message: 'monthlyIncome must be more than zero' });
  }
  const existing = checkIncomeAmount('existingInstallments', input.existingInstallments);
  if ('error' in existing) errors.push(existing.error);
  if (input.startDate && !isBusinessDate(input.startDate)) errors.push({ field: 'startDate', code: 'DATE_INVALID', message: 'startDate must be YYYY-MM-DD' });
  if (errors.length > 0) throw new InputError(errors);
  const schedule = scheduleOrRefuse('tenorMonths', () =>
    loanSchedule({
      amount: input.amount,
      tenorMonths: input.tenorMonths,
      annualRate: input.annualRate,
      method: input.method,
      startDate: input.startDate ?? today,
    }),
  );
  return { ...schedule, ...debtService(schedule.installment, input.existingInstallments ?? null, input.monthlyIncome ?? null, dsrLimitPercent) };
}

/** The debt-service fields of a simulation or an offer: null ratio and no warning when no income is known. */
export function debtService(
  installment: bigint,
  existingInstallments: bigint | null,
  monthlyIncome: bigint | null,
  dsrLimitPercent: number,
): Pick<LoanSimulation, 'debtServiceRatio' | 'debtServiceLimit' | 'overLimit' | 'warning'> {
  const check = debtServiceCheck(installment, existingInstallments, monthlyIncome, dsrLimitPercent);
  return {
    debtServiceRatio: check?.percent ?? null,
    debtServiceLimit: dsrLimitPercent,
    overLimit: check?.overLimit ?? false,
    warning: check?.overLimit ? `The installments take ${check.percent}% of monthly income, above the ${dsrLimitPercent}% limit` : null,
  };
}
