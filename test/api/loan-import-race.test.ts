/**
 * Two imports of the same loan numbers at once: the later one to reach a number finds it taken after
 * its check and rejects that row as a duplicate, importing the rest, instead of failing as a whole.
 * MySQL only: another connection holds a loan number uncommitted while the import runs into it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, businessDate } from '@prospek/shared';
import { Loan } from '../../server/src/modules/loan/loan.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const HEAD = 'No Pinjaman;NIK / CIF;Produk;Email AO;Plafon;Bunga;Tenor;Metode;Tanggal Pencairan;Angsuran Pertama;Angsuran Dibayar;Sudah Dibayar';
const RUN = `mutation($id: ID!, $mapping: LoanImportMappingInput!) { importLoans(importId: $id, mapping: $mapping) { id status } }`;
const IMPORT = `query($id: ID!) { leadImport(id: $id) { status importedRows rejectedRows } }`;

describe.runIf(mysql)('concurrent loan imports on mysql', () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await startServer(mysql!);
    token = await server.login('admin@prospek.test');
    // Demo data on MySQL takes a while on a busy machine.
  }, 300_000);
  afterAll(() => server?.close());

  it('rejects the row whose number another import took after the check, and imports the others', async () => {
    const source = server.app.dataSource;
    const q = (n: string) => source.driver.escape(n);
    const [client]: Array<{ cif: string }> = await source.query(`SELECT ${q('cif')} AS cif FROM ${q('client')} ORDER BY ${q('id')} LIMIT 1`);
    const [product]: Array<{ code: string }> = await source.query(`SELECT ${q('code')} AS code FROM ${q('product')} WHERE ${q('kind')} = 'LOAN' LIMIT 1`);
    const run = Math.random().toString(36).slice(2, 7).toUpperCase();
    const disbursed = addMonths(businessDate(), -2);
    const text = [
      HEAD,
      ...[1, 2, 3].map((n) => `${run}-${n};${client.cif};${product.code};;5.000.000;12;12;FLAT;${disbursed};${addMonths(disbursed, 1)};1;`),
    ].join('\r\n');
    const response = await fetch(`${server.url}/imports?kind=LOANS&fileName=race.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: Buffer.from(text),
    });
    const uploaded = (await response.json()) as { id: string; mapping: Record<string, string> };

    // The other import: loan number -1 written on its own connection and not committed yet.
    const columns = source
      .getMetadata(Loan)
      .columns.map((c) => c.databaseName)
      .filter((c) => c !== 'id');
    const [template]: Array<{ id: number }> = await source.query(`SELECT ${q('id')} AS id FROM ${q('loan')} ORDER BY ${q('id')} LIMIT 1`);
    const other = source.createQueryRunner();
    await other.connect();
    await other.startTransaction();
    try {
      await other.query(
        `INSERT INTO ${q('loan')} (${columns.map(q).join(', ')})
         SELECT ${columns.map((c) => (c === 'externalNumber' ? '?' : c === 'offerId' ? 'NULL' : q(c))).join(', ')} FROM ${q('loan')} WHERE ${q('id')} = ?`,
        [`${run}-1`, template.id],
      );
      expectData(await server.gql(RUN, { id: uploaded.id, mapping: uploaded.mapping }, { token }));
      // The import checked its numbers (-1 was not there to see) and now waits on the unique index.
      for (;;) {
        const [waiting]: Array<{ n: number | string }> = await source.query(
          `SELECT COUNT(*) AS n FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'`,
        );
        const [state]: Array<{ status: string }> = await source.query(`SELECT ${q('status')} AS status FROM ${q('lead_import')} WHERE ${q('id')} = ?`, [
          Number(uploaded.id),
        ]);
        // Finished without waiting: the assertions below say what went wrong.
        if (Number(waiting.n) > 0 || state.status === 'DONE' || state.status === 'FAILED') break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await other.commitTransaction();
    } finally {
      await other.release();
    }

    let done: { status: string; importedRows: number; rejectedRows: number };
    for (;;) {
      done = expectData(await server.gql<{ leadImport: typeof done }>(IMPORT, { id: uploaded.id }, { token })).leadImport;
      if (done.status === 'DONE' || done.status === 'FAILED') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(done).toEqual({ status: 'DONE', importedRows: 2, rejectedRows: 1 });
    const rows: Array<{ outcome: string; reasonsJson: string | null }> = await source.query(
      `SELECT ${q('outcome')} AS outcome, ${q('reasonsJson')} AS reasonsJson FROM ${q('lead_import_row')} WHERE ${q('importId')} = ? ORDER BY ${q('rowNumber')}`,
      [Number(uploaded.id)],
    );
    expect(rows.map((r) => r.outcome)).toEqual(['DUPLICATE', 'IMPORTED', 'IMPORTED']);
    expect(JSON.parse(rows[0].reasonsJson ?? '[]')).toEqual([{ code: 'LOAN_NUMBER_EXISTS', value: `${run}-1` }]);
    const numbers: Array<{ n: number | string }> = await source.query(`SELECT COUNT(*) AS n FROM ${q('loan')} WHERE ${q('externalNumber')} LIKE ?`, [
      `${run}-%`,
    ]);
    expect(Number(numbers[0].n)).toBe(3);
  });
});
