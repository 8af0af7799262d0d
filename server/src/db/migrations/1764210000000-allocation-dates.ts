import { TableColumn, TableIndex } from 'typeorm';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { businessDate, officeZone } from '@prospek/shared';
import { toBusinessDate, toInstant } from '../columns.js';

/**
 * Each payment allocation keeps the business day it took effect, so what an invoice still owed on a past
 * day can be read: an allocation takes its payment's date. An entry undoing one (a reversal, or a
 * cancellation giving the money back) takes the earlier of the reversal's day in the payment's office and
 * the credit note's date: whichever came first left nothing for the other to undo.
 */
export class AllocationDates1764210000000 implements MigrationInterface {
  name = 'AllocationDates1764210000000';

  async up(qr: QueryRunner): Promise<void> {
    const q = (n: string) => qr.connection.driver.escape(n);
    await qr.addColumn('payment_allocation', new TableColumn({ name: 'date', type: 'date', isNullable: true }));
    await qr.query(
      `UPDATE ${q('payment_allocation')} SET ${q('date')} = (SELECT p.${q('date')} FROM ${q('payment')} p WHERE p.${q('id')} = ${q('payment_allocation')}.${q('paymentId')})
       WHERE ${q('amount')} >= 0`,
    );
    const undoing: Array<{
      id: number | string;
      reversedAt: string | Date | null;
      timeZone: string | null;
      noteDate: string | Date | null;
      paid: string | Date;
    }> = await qr.query(
      `SELECT a.${q('id')} AS id, p.${q('reversedAt')} AS ${q('reversedAt')}, o.${q('timeZone')} AS ${q('timeZone')}, cn.${q('date')} AS ${q('noteDate')}, p.${q('date')} AS paid
         FROM ${q('payment_allocation')} a JOIN ${q('payment')} p ON p.${q('id')} = a.${q('paymentId')}
         LEFT JOIN ${q('office')} o ON o.${q('id')} = p.${q('officeId')}
         LEFT JOIN ${q('credit_note')} cn ON cn.${q('invoiceId')} = a.${q('invoiceId')}
         WHERE a.${q('amount')} < 0`,
    );
    for (const row of undoing) {
      const days = [
        row.reversedAt === null ? null : businessDate(toInstant(row.reversedAt) as Date, officeZone(row.timeZone)),
        toBusinessDate(row.noteDate),
      ].filter((d): d is string => d !== null);
      const date = days.length ? days.sort()[0] : toBusinessDate(row.paid);
      await qr.query(`UPDATE ${q('payment_allocation')} SET ${q('date')} = ? WHERE ${q('id')} = ?`, [date, row.id]);
    }
    const table = await qr.getTable('payment_allocation');
    const column = table!.findColumnByName('date')!;
    await qr.changeColumn('payment_allocation', column, new TableColumn({ ...column, isNullable: false }));
    // What was allocated after a day, per invoice (the aging of a past day adds it back).
    await qr.createIndex('payment_allocation', new TableIndex({ name: 'IDX_payment_allocation_date', columnNames: ['date', 'invoiceId', 'amount'] }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('payment_allocation', 'IDX_payment_allocation_date');
    await qr.dropColumn('payment_allocation', 'date');
  }
}
