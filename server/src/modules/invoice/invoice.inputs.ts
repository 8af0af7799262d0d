import { Field, ID, InputType, Int } from 'type-graphql';
import type { InvoiceKind, InvoiceStatus, PaymentDirection, PaymentMethod, TaxCode } from '@prospek/shared';
import { LocalDateScalar, MoneyScalar } from '../../graphql/scalars.js';
import { InvoiceKindEnum, InvoiceStatusEnum, TaxCodeEnum } from './invoice.entity.js';
import { PaymentDirectionEnum, PaymentMethodEnum } from './payment.entity.js';

@InputType()
export class InvoiceLineInput {
  @Field()
  description: string;

  @Field(() => Int, { description: '1 to 1,000,000' })
  quantity: number;

  @Field(() => MoneyScalar, { description: 'Per unit, before PPN; zero or more' })
  unitPrice: bigint;

  @Field(() => TaxCodeEnum)
  taxCode: TaxCode;
}

@InputType()
export class CreateInvoiceInput {
  @Field(() => InvoiceKindEnum)
  kind: InvoiceKind;

  @Field(() => ID, { nullable: true, description: 'RECEIVABLE: the client billed' })
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: 'PAYABLE: who billed the institution' })
  supplierName?: string | null;

  @Field(() => ID, { nullable: true, description: 'PAYABLE: the campaign the cost is charged to' })
  campaignId?: string | null;

  @Field(() => ID, { nullable: true, description: 'PAYABLE: the office it is booked to (default: the viewer’s)' })
  officeId?: string | null;

  @Field(() => LocalDateScalar)
  issueDate: string;

  @Field(() => LocalDateScalar, { description: 'On or after issueDate' })
  dueDate: string;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [InvoiceLineInput], { description: '1 to 100 lines' })
  lines: InvoiceLineInput[];
}

@InputType()
export class UpdateInvoiceInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version read; a draft changed since is a CONFLICT' })
  version: number;

  @Field(() => String, { nullable: true })
  supplierName?: string | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  issueDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => [InvoiceLineInput], { nullable: true, description: 'Replaces every line' })
  lines?: InvoiceLineInput[] | null;
}

@InputType()
export class InvoiceFilterInput {
  @Field(() => InvoiceKindEnum, { nullable: true })
  kind?: InvoiceKind | null;

  @Field(() => InvoiceStatusEnum, { nullable: true })
  status?: InvoiceStatus | null;

  @Field(() => ID, { nullable: true })
  clientId?: string | null;

  @Field(() => ID, { nullable: true })
  officeId?: string | null;

  @Field(() => ID, { nullable: true })
  campaignId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only open invoices past their due date' })
  overdue?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the number, client or supplier name' })
  search?: string | null;
}

@InputType()
export class PaymentAllocationInput {
  @Field(() => ID)
  invoiceId: string;

  @Field(() => MoneyScalar)
  amount: bigint;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => PaymentDirectionEnum)
  direction: PaymentDirection;

  @Field(() => MoneyScalar, { description: 'More than zero' })
  amount: bigint;

  @Field(() => LocalDateScalar, { description: 'Not in the future' })
  date: string;

  @Field(() => PaymentMethodEnum)
  method: PaymentMethod;

  @Field(() => String, { nullable: true })
  reference?: string | null;

  @Field(() => ID, { nullable: true, description: 'IN: the paying client' })
  clientId?: string | null;

  @Field(() => String, { nullable: true, description: 'OUT: the supplier paid' })
  supplierName?: string | null;

  @Field(() => ID, { nullable: true, description: 'OUT: the office paying (default: the viewer’s)' })
  officeId?: string | null;

  @Field(() => [PaymentAllocationInput], {
    nullable: true,
    description: 'Which invoices it pays and how much; left out, the oldest due open invoices first. The rest stays as credit',
  })
  allocations?: PaymentAllocationInput[] | null;
}
