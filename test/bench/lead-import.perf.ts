/**
 * `npm run bench`: importing 50,000 rows (upload, check, import in one go) on MySQL. Prints the times;
 * the target is under 30 seconds for the whole import.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import type { TestDatabase } from '../helpers/databases.js';
import { expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const mysql = databaseTargets.find((t) => t.kind === 'mysql');
const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 50_000);

function sheet(rows: number): Buffer {
  const lines = ['Nama;No HP;NIK;Plafon;Sumber;Usaha'];
  for (let i = 0; i < rows; i++) {
    const phone = `0812${String(30_000_000 + i).padStart(8, '0')}`;
    const bad = i % 50 === 49; // one row in fifty is refused
    lines.push(
      `Peserta ${i};${bad ? '12345' : phone};;${(1 + (i % 90)) * 1_000_000 === 0 ? '' : `${((1 + (i % 90)) * 1_000_000).toLocaleString('id-ID')}`};Acara;Usaha ${i % 300}`,
    );
  }
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`);
}

describe.runIf(mysql)(`lead import benchmark (${ROWS} rows, MySQL)`, () => {
  let database: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    database = await mysql!.create();
    server = await startServer({ database });
  });
  afterAll(async () => {
    await server?.close();
    await database?.drop();
  });

  it('imports the file', async () => {
    const token = await server.login('marketing@prospek.test');
    const campaign = expectData(
      await server.gql<{ createCampaign: { id: string } }>(
        `mutation { createCampaign(input: { name: "Expo Akbar", channel: EVENT, startDate: "2026-11-01", endDate: "2026-12-31", status: ACTIVE }) { id } }`,
        {},
        { token },
      ),
    ).createCampaign;
    const file = sheet(ROWS);
    const started = Date.now();
    const response = await fetch(`${server.url}/imports?fileName=peserta.csv&campaignId=${campaign.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: new Uint8Array(file),
    });
    const uploaded = (await response.json()) as { id: string; mapping: Record<string, string> };
    const uploadedAt = Date.now();
    expectData(
      await server.gql(
        `mutation($id: ID!, $m: ImportMappingInput!) { importLeads(importId: $id, mapping: $m) { id } }`,
        { id: uploaded.id, m: uploaded.mapping },
        { token },
      ),
    );
    let status = { status: 'RUNNING', importedRows: 0, rejectedRows: 0 };
    while (status.status === 'RUNNING') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      status = expectData(
        await server.gql<{ leadImport: typeof status }>(
          `query($id: ID!) { leadImport(id: $id) { status importedRows rejectedRows } }`,
          { id: uploaded.id },
          { token },
        ),
      ).leadImport;
    }
    const done = Date.now();
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    process.stdout.write(
      `\nLead import of ${ROWS} rows (${(file.length / 1_048_576).toFixed(1)} MB CSV): ${status.status}, ${status.importedRows} imported, ${status.rejectedRows} refused\n` +
        `  upload and preview ${seconds(uploadedAt - started)} s, check and import ${seconds(done - uploadedAt)} s, total ${seconds(done - started)} s (target < 30 s)\n\n`,
    );
  });
});
