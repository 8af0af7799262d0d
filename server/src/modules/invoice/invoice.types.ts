import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Paginated } from '../../graphql/pagination.js';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { Invoice, InvoiceKindEnum } from './invoice.entity.js';
import type { InvoiceKind } from '@prospek/shared';

@ObjectType()
export class InvoiceConnection extends Paginated(Invoice) {}

@ObjectType({ simpleResolvers: true })
export class InvoiceParty {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType({ simpleResolvers: true })
export class InvoicePaymentEntry {
  @Field(() => ID)
  paymentId: string;

  @Field(() => MoneyScalar, { description: 'Negative when a cancellation gave it back to the payer’s credit' })
  amount: bigint;

  @Field(() => LocalDateScalar)
  date: string;

  @Field()
  method: string;

  @Field(() => String, { nullable: true })
  reference: string | null;

  @Field(() => Int, { description: 'The payment’s version, for reversePayment' })
  paymentVersion: number;

  @Field(() => Date, { nullable: true, description: 'When the payment was reversed (its allocation here undone)' })
  reversedAt: Date | null;

  @Field(() => String, { nullable: true })
  reversalReason: string | null;
}

@ObjectType()
abstract class AgingFiguresType {
  @Field(() => MoneyScalar)
  current: bigint;

  @Field(() => MoneyScalar, { description: '1–30 days past due' })
  d1to30: bigint;

  @Field(() => MoneyScalar)
  d31to60: bigint;

  @Field(() => MoneyScalar)
  d61to90: bigint;

  @Field(() => MoneyScalar)
  over90: bigint;

  @Field(() => MoneyScalar)
  total: bigint;
}

@ObjectType({ simpleResolvers: true })
export class AgingRowType extends AgingFiguresType {
  @Field(() => InvoiceParty, { nullable: true, description: 'Receivables: the client' })
  client: InvoiceParty | null;

  @Field(() => String, { nullable: true, description: 'Payables: the supplier' })
  supplierName: string | null;

  @Field(() => ID, { nullable: true })
  officerId: string | null;

  @Field(() => ID)
  officeId: string;
}

@ObjectType({ simpleResolvers: true })
export class AgingOfficerTotal extends AgingFiguresType {
  @Field(() => ID, { nullable: true })
  officerId: string | null;

  @Field(() => String, { nullable: true, description: 'The officer of the clients; null for clients without one' })
  officerName: string | null;
}

@ObjectType({ simpleResolvers: true })
export class AgingOfficeTotal extends AgingFiguresType {
  @Field(() => ID)
  officeId: string;

  @Field()
  officeName: string;
}

@ObjectType({ simpleResolvers: true })
export class AgingReportType extends AgingFiguresType {
  @Field(() => LocalDateScalar)
  asOf: string;

  @Field(() => InvoiceKindEnum)
  kind: InvoiceKind;

  @Field(() => [AgingRowType], { description: 'Per client (or supplier), largest total first' })
  rows: AgingRowType[];

  @Field(() => Int, { description: 'All rows, listed or not' })
  rowCount: number;

  @Field(() => [AgingOfficerTotal], { description: 'Receivables per officer, largest total first' })
  officers: AgingOfficerTotal[];

  @Field(() => [AgingOfficeTotal], { description: 'Per office, largest total first' })
  offices: AgingOfficeTotal[];
}

@ObjectType({ simpleResolvers: true })
export class TaxLineType {
  @Field(() => ID)
  invoiceId: string;

  @Field(() => InvoiceKindEnum)
  kind: InvoiceKind;

  @Field()
  number: string;

  @Field(() => LocalDateScalar)
  issueDate: string;

  @Field()
  partyName: string;

  @Field(() => String, { nullable: true })
  npwp: string | null;

  @Field(() => MoneyScalar, { description: 'DPP' })
  taxBase: bigint;

  @Field(() => MoneyScalar, { description: 'PPN' })
  tax: bigint;
}

@ObjectType({ simpleResolvers: true })
export class TaxSummaryType {
  @Field()
  month: string;

  @Field(() => MoneyScalar, { description: 'DPP of PPN out (receivables)' })
  outputTaxBase: bigint;

  @Field(() => MoneyScalar, { description: 'PPN out' })
  outputTax: bigint;

  @Field(() => MoneyScalar)
  inputTaxBase: bigint;

  @Field(() => MoneyScalar, { description: 'PPN in (payables)' })
  inputTax: bigint;

  @Field(() => [TaxLineType])
  lines: TaxLineType[];

  @Field({ description: 'The e-Faktur CSV of the month’s output tax (a short-lived link)' })
  csvUrl: string;
}
