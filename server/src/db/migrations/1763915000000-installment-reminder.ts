import type { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE =
  'Bapak/Ibu {{nama}}, kami mengingatkan angsuran sebesar {{jumlah}} jatuh tempo pada {{tanggal}}. Abaikan pesan ini bila sudah membayar. Terima kasih, {{ao}}.';
const AFTER =
  'Bapak/Ibu {{nama}}, kami mengingatkan angsuran {{produk}} sebesar {{angsuran}} jatuh tempo pada {{tanggal}}. Abaikan pesan ini bila sudah membayar. Terima kasih, {{ao}}.';

/**
 * The payment reminder named the whole loan amount as the installment. It now names the installment;
 * a template someone has already edited is left as they wrote it.
 */
export class InstallmentReminder1763915000000 implements MigrationInterface {
  name = 'InstallmentReminder1763915000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.query(`UPDATE ${qr.connection.driver.escape('message_template')} SET body = ? WHERE code = ? AND body = ?`, [AFTER, 'PAYMENT_REMINDER', BEFORE]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.query(`UPDATE ${qr.connection.driver.escape('message_template')} SET body = ? WHERE code = ? AND body = ?`, [BEFORE, 'PAYMENT_REMINDER', AFTER]);
  }
}
