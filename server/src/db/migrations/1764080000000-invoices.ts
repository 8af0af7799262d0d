import { Table, TableForeignKey, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner, TableColumnOptions } from 'typeorm';
import { createdAtColumn, idColumn, updatedAtColumn, versionColumn } from './columns.js';

const fk = (column: string, table: string) =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ['id'], onDelete: 'RESTRICT', onUpdate: 'NO ACTION' });
const money = (name: string): TableColumnOptions => ({ name, type: 'bigint' });
const int = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'integer', isNullable });
const date = (name: string, isNullable = false): TableColumnOptions => ({ name, type: 'date', isNullable });
const text = (name: string, length: number, isNullable = false): TableColumnOptions => ({ name, type: 'varchar', length: String(length), isNullable });
const index = (name: string, columnNames: string[], isUnique = false) => new TableIndex({ name, columnNames, isUnique });

/**
 * Invoices (receivable and payable) with their lines, credit notes, the per-office-and-year number
 * counters, payments and their allocations, and the mail outbox sending issued invoices by email.
 */
export class Invoices1764080000000 implements MigrationInterface {
  name = 'Invoices1764080000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(
      new Table({
        name: 'invoice',
        columns: [
          idColumn(),
          text('kind', 10),
          text('status', 16),
          text('number', 60, true),
          int('year', true),
          int('seq', true),
          int('officeId'),
          int('clientId', true),
          text('supplierName', 160, true),
          int('campaignId', true),
          text('channel', 8, true),
          date('issueDate'),
          date('dueDate'),
          text('notes', 500, true),
          money('subtotal'),
          money('taxBase'),
          money('tax'),
          money('total'),
          money('amountPaid'),
          text('cancelReason', 500, true),
          date('handedOverDate', true),
          text('handedOverTo', 160, true),
          int('createdById'),
          versionColumn(),
          createdAtColumn(qr),
          updatedAtColumn(qr),
        ],
        indices: [
          index('UQ_invoice_office_year_seq', ['officeId', 'year', 'seq'], true),
          index('UQ_invoice_number', ['number'], true),
          index('IDX_invoice_aging', ['kind', 'officeId', 'status', 'dueDate']),
          index('IDX_invoice_client', ['clientId', 'dueDate']),
          index('IDX_invoice_campaign', ['campaignId']),
        ],
        foreignKeys: [fk('officeId', 'office'), fk('clientId', 'client'), fk('campaignId', 'campaign')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'invoice_line',
        columns: [
          idColumn(),
          int('invoiceId'),
          int('position'),
          text('description', 300),
          int('quantity'),
          money('unitPrice'),
          text('taxCode', 8),
          money('amount'),
        ],
        indices: [index('IDX_invoice_line_invoice', ['invoiceId', 'position'])],
        foreignKeys: [fk('invoiceId', 'invoice')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'credit_note',
        columns: [
          idColumn(),
          int('invoiceId'),
          text('number', 60),
          date('date'),
          money('taxBase'),
          money('tax'),
          money('total'),
          text('reason', 500),
          int('createdById'),
          createdAtColumn(qr),
        ],
        indices: [index('UQ_credit_note_invoice', ['invoiceId'], true), index('UQ_credit_note_number', ['number'], true)],
        foreignKeys: [fk('invoiceId', 'invoice')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'invoice_counter',
        columns: [
          { name: 'series', type: 'varchar', length: '8', isPrimary: true },
          { name: 'officeId', type: 'integer', isPrimary: true },
          { name: 'year', type: 'integer', isPrimary: true },
          int('lastSeq'),
        ],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'payment',
        columns: [
          idColumn(),
          text('direction', 4),
          int('officeId'),
          int('clientId', true),
          text('supplierName', 160, true),
          money('amount'),
          money('unallocated'),
          date('date'),
          text('method', 20),
          text('reference', 100, true),
          text('sourceKey', 120, true),
          int('createdById'),
          createdAtColumn(qr),
        ],
        indices: [index('UQ_payment_source_key', ['sourceKey'], true), index('IDX_payment_client', ['clientId'])],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'payment_allocation',
        columns: [idColumn(), int('paymentId'), int('invoiceId'), money('amount')],
        indices: [index('IDX_payment_allocation_invoice', ['invoiceId']), index('IDX_payment_allocation_payment', ['paymentId'])],
        foreignKeys: [fk('paymentId', 'payment'), fk('invoiceId', 'invoice')],
      }),
    );
    await qr.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          idColumn(),
          text('subjectType', 20),
          int('subjectId'),
          text('messageId', 200),
          text('recipient', 160),
          text('state', 10),
          int('attempts'),
          text('lastError', 500, true),
          { name: 'nextAttemptAt', type: 'datetime' },
          { name: 'sentAt', type: 'datetime', isNullable: true },
          createdAtColumn(qr),
        ],
        indices: [
          index('UQ_mail_outbox_message', ['messageId'], true),
          index('IDX_mail_outbox_due', ['state', 'nextAttemptAt']),
          index('IDX_mail_outbox_subject', ['subjectType', 'subjectId']),
        ],
      }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const table of ['mail_outbox', 'payment_allocation', 'payment', 'invoice_counter', 'credit_note', 'invoice_line', 'invoice'])
      await qr.dropTable(table);
  }
}
