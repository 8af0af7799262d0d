import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { businessDate, debtServiceRatio, isBusinessDate, loanSchedule, MAX_TENOR_MONTHS } from '@prospek/shared';
import type { FieldError, InterestMethod } from '@prospek/shared';
import { InputError } from '../../errors.js';
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

  @Field(() => LocalDateScalar, { nullable: true, description: 'Disbursement date; today (Asia/Jakarta) when left out' })
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

  @Field(() => Float, { nullable: true, description: 'Installment / monthly income, percent' })
  debtServiceRatio: number | null;

  @Field(() => Float, { description: 'The limit the ratio is held against, percent' })
  debtServiceLimit: number;

  @Field({ description: 'True when the ratio is above the limit' })
  overLimit: boolean;

  @Field(() => String, { nullable: true })
  warning: string | null;
}

/** Checks simulation terms like any input: every wrong field named, nothing computed. */
export function simulate(input: SimulateLoanInput, dsrLimitPercent: number): LoanSimulation {
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
  if (input.startDate && !isBusinessDate(input.startDate)) errors.push({ field: 'startDate', code: 'DATE_INVALID', message: 'startDate must be YYYY-MM-DD' });
  if (errors.length > 0) throw new InputError(errors);
  const schedule = loanSchedule({
    amount: input.amount,
    tenorMonths: input.tenorMonths,
    annualRate: input.annualRate,
    method: input.method,
    startDate: input.startDate ?? businessDate(),
  });
  const ratio = input.monthlyIncome ? debtServiceRatio(schedule.installment, input.monthlyIncome) : null;
  const overLimit = ratio !== null && ratio > dsrLimitPercent;
  return {
    ...schedule,
    debtServiceRatio: ratio,
    debtServiceLimit: dsrLimitPercent,
    overLimit,
    warning: overLimit ? `The installment takes ${ratio}% of monthly income, above the ${dsrLimitPercent}% limit` : null,
  };
}
