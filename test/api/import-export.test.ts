import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import readXlsxFile from 'read-excel-file/node';
import writeXlsxFile from 'write-excel-file/node';
import type { ImportProgress } from '@prospek/shared';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';
import { connect } from '../helpers/sockets.js';

const messy = readFileSync(new URL('../fixtures/event-signups.csv', import.meta.url));

describe.each(databaseTargets)('lead import and export on $kind', (target) => {
  let server: TestServer;
  let marketing: string;
  let officer: string;

  beforeAll(async () => {
    server = await startServer(target);
    [marketing, officer] = await Promise.all([server.login('marketing@prospek.test'), server.login('officer1@prospek.test')]);
  });
  afterAll(() => server?.close());

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const upload = async (token: string, fileName: string, body: Uint8Array, params = '') => {
    const response = await fetch(`${server.url}/imports?fileName=${encodeURIComponent(fileName)}${params}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      body: new Uint8Array(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };
  const waitDone = async (token: string, id: string, polls = 200) => {
    for (let i = 0; i < polls; i++) {
      const found = expectData(
        await server.gql<{ leadImport: { status: string; importedRows: number; rejectedRows: number; rejectedUrl: string | null } }>(
          `query($id: ID!) { leadImport(id: $id) { status importedRows rejectedRows rejectedUrl } }`,
          { id },
          { token },
        ),
      ).leadImport;
      if (found.status === 'DONE' || found.status === 'FAILED') return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('import did not finish');
  };

  it('imports exactly the valid rows of a messy sheet and lists the others with their reasons', async () => {
    // An open lead already has Budi's number: his row is a duplicate.
    await createLead(server, officer, { fullName: 'Budi lama', phone: '0813 2222 3333' });
    const campaign = expectData(
      await server.gql<{ createCampaign: { id: string } }>(
        `mutation { createCampaign(input: { name: "Bazar Ramadan", channel: EVENT, startDate: "2026-11-01", endDate: "2026-12-31", status: ACTIVE }) { id } }`,
        {},
        { token: marketing },
      ),
    ).createCampaign;
    const uploaded = await upload(marketing, 'daftar hadir bazar.csv', messy, `&campaignId=${campaign.id}`);
    expect(uploaded.status).toBe(201);
    expect(uploaded.body.totalRows).toBe(10);
    expect(uploaded.body.headers).toEqual(['Nama', 'No HP', 'NIK', 'Plafon', 'Sumber', 'Usaha', 'Catatan']);
    expect(uploaded.body.mapping).toEqual({
      fullName: 'Nama',
      phone: 'No HP',
      nik: 'NIK',
      estimatedAmount: 'Plafon',
      source: 'Sumber',
      companyName: 'Usaha',
      notes: 'Catatan',
    });
    expect(uploaded.body.preview[0]).toEqual({
      rowNumber: 2,
      cells: ['Siti Aminah', '0812-1111-2222', '', '1.500.000', 'Brosur', 'Warung Siti', 'Ibu PKK RW 03'],
    });

    // Checking first writes nothing and foretells the import; a mapping without names is refused.
    const check = (mapping: Record<string, string>) =>
      server.gql<{
        checkImport: {
          validRows: number;
          rejectedRows: number;
          duplicateRows: number;
          problems: Array<{ rowNumber: number; outcome: string; reason: string; reasons: Array<{ code: string; value: string | null; max: number | null }> }>;
        };
      }>(
        `query($id: ID!, $mapping: ImportMappingInput!) { checkImport(importId: $id, mapping: $mapping) { validRows rejectedRows duplicateRows problems { rowNumber outcome reason reasons { code value max } } } }`,
        { id: uploaded.body.id, mapping },
        { token: marketing },
      );
    const foretold = expectData(await check(uploaded.body.mapping)).checkImport;
    expect(foretold).toMatchObject({ validRows: 3, rejectedRows: 5, duplicateRows: 2 });
    expect(foretold.problems.map((p) => p.rowNumber)).toEqual([4, 5, 7, 8, 9, 10, 11]);
    expect(foretold.problems.find((p) => p.rowNumber === 11)).toEqual({
      rowNumber: 11,
      outcome: 'REJECTED',
      reason: 'sumber tidak dikenal: Radio',
      reasons: [{ code: 'SOURCE_UNKNOWN', value: 'Radio', max: null }],
    });
    // Every refusal says why by code too, for the interface to word in either language.
    expect(foretold.problems.every((p) => p.reasons.length > 0)).toBe(true);
    expect(foretold.problems.filter((p) => p.outcome === 'DUPLICATE').flatMap((p) => p.reasons.map((r) => r.code))).toEqual(['PHONE_EXISTS', 'PHONE_EXISTS']);
    expect(errorCode(await check({ phone: 'No HP' }))).toBe('BAD_USER_INPUT');
    const [{ n: leadsBefore }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')} WHERE ${q('campaignId')} = ?`, [
      Number(campaign.id),
    ]);
    expect(Number(leadsBefore)).toBe(0);

    const me = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: marketing })).me;
    const socket = connect(server.url, marketing);
    const progress: ImportProgress[] = [];
    const finished = new Promise<void>((resolve) =>
      socket.on('import:progress', (p) => {
        progress.push(p);
        if (p.status === 'DONE') resolve();
      }),
    );
    await new Promise((resolve) => socket.once('connect', () => resolve(undefined)));
    try {
      const started = expectData(
        await server.gql<{ importLeads: { status: string } }>(
          `mutation($id: ID!, $mapping: ImportMappingInput!) { importLeads(importId: $id, mapping: $mapping) { status } }`,
          { id: uploaded.body.id, mapping: uploaded.body.mapping },
          { token: marketing },
        ),
      ).importLeads;
      expect(started.status).toBe('RUNNING');
      const done = await waitDone(marketing, uploaded.body.id);
      expect(done).toMatchObject({ status: 'DONE', importedRows: 3, rejectedRows: 7 });
      // The last progress message follows the commit that set DONE: awaited as it arrives, not guessed with a delay.
      await finished;
      expect(progress[progress.length - 1]).toMatchObject({ importId: uploaded.body.id, status: 'DONE', imported: 3, rejected: 7 });
      expect(me.id).toBeTruthy();

      const imported = await server.app.dataSource.query(
        `SELECT ${q('fullName')}, ${q('phone')}, ${q('estimatedAmount')}, ${q('source')}, ${q('companyName')}, ${q('ownerId')}, ${q('campaignId')} FROM ${q('lead')} WHERE ${q('campaignId')} = ? ORDER BY ${q('id')}`,
        [Number(campaign.id)],
      );
      expect(imported.map((l: Record<string, unknown>) => [l.fullName, l.phone, String(l.estimatedAmount), l.source, l.companyName])).toEqual([
        ['Siti Aminah', '+6281211112222', '150000000', 'BROCHURE', 'Warung Siti'],
        ['Dewi "Ayu" Lestari', '+6285733334444', '1250000000', 'EVENT', 'CV Ayu, Jaya'],
        ['Agus Salim', '+6287855556666', '75000000000', 'OTHER', 'PT Salim Abadi'],
      ]);
      expect(imported.every((l: Record<string, unknown>) => l.ownerId === null)).toBe(true);

      const bytes = Buffer.from(await (await fetch(`${server.url}${done.rejectedUrl}`)).arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so Excel reads UTF-8
      const lines = bytes.subarray(3).toString('utf8').trim().split(/\r?\n/);
      expect(lines[0]).toBe('Baris;Nama;No HP;NIK;Plafon;Sumber;Usaha;Catatan;Alasan');
      expect(lines).toHaveLength(8);
      const reasons = Object.fromEntries(lines.slice(1).map((line) => [line.split(';')[1], line]));
      expect(reasons['Budi Hartono']).toContain('Duplikat');
      expect(reasons['Siti Aminah (lagi)']).toContain('Duplikat');
      expect(reasons['Row Tanpa Nomor']).toContain('tidak ada nomor telepon');
      expect(reasons['Nomor Salah']).toContain('nomor telepon tidak valid');
      expect(reasons['NIK Pendek']).toContain('NIK harus 16 angka');
      expect(reasons['Jumlah Aneh']).toContain('jumlah tidak valid');
      // The stored rows keep the codes beside the Indonesian text.
      const stored = await server.app.dataSource.query(
        `SELECT ${q('rowNumber')}, ${q('reason')}, ${q('reasonsJson')} FROM ${q('lead_import_row')} WHERE ${q('importId')} = ? AND ${q('outcome')} IN ('REJECTED', 'DUPLICATE') ORDER BY ${q('rowNumber')}`,
        [Number(uploaded.body.id)],
      );
      expect(stored).toHaveLength(7);
      expect(JSON.parse(stored.find((r: { rowNumber: number }) => r.rowNumber === 11).reasonsJson)).toEqual([{ code: 'SOURCE_UNKNOWN', value: 'Radio' }]);
      expect(stored.every((r: { reasonsJson: string }) => JSON.parse(r.reasonsJson).length > 0)).toBe(true);
      expect(reasons['Sumber Aneh']).toContain('sumber tidak dikenal');
    } finally {
      socket.close();
    }
  });

  it('imports an XLSX workbook, and refuses a file that is not one', async () => {
    const sheet = [
      [{ value: 'Nama Lengkap' }, { value: 'Telepon' }, { value: 'Kebutuhan Dana' }],
      [{ value: 'Wahyu Pratama' }, { value: '081355557777' }, { value: '2.000.000' }],
      [{ value: 'Rina Marlina' }, { value: '0857 1234 9876' }, { value: 3000000, type: Number }],
    ];
    const xlsx = await writeXlsxFile(sheet).toBuffer();
    const uploaded = await upload(officer, 'referensi.xlsx', xlsx);
    expect(uploaded.body.mapping).toMatchObject({ fullName: 'Nama Lengkap', phone: 'Telepon', estimatedAmount: 'Kebutuhan Dana' });
    expectData(
      await server.gql(
        `mutation($id: ID!, $mapping: ImportMappingInput!) { importLeads(importId: $id, mapping: $mapping) { id } }`,
        { id: uploaded.body.id, mapping: uploaded.body.mapping },
        { token: officer },
      ),
    );
    expect(await waitDone(officer, uploaded.body.id)).toMatchObject({ status: 'DONE', importedRows: 2, rejectedRows: 0 });
    const me = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: officer })).me;
    const [rina] = await server.app.dataSource.query(`SELECT ${q('ownerId')}, ${q('estimatedAmount')} FROM ${q('lead')} WHERE ${q('phone')} = ?`, [
      '+6285712349876',
    ]);
    expect(String(rina.ownerId)).toBe(me.id); // an officer's import is theirs
    expect(String(rina.estimatedAmount)).toBe('300000000');

    const broken = await upload(officer, 'rusak.xlsx', new Uint8Array([0x50, 0x4b, 1, 2, 3]));
    expect(broken.status).toBe(400);
    expect(broken.body.error).toBe('BAD_USER_INPUT');
    expect((await upload('nope', 'x.csv', messy)).status).toBe(401);
    // Marketing imports through a campaign, or its leads would leave its own board.
    const [{ n: importsBefore }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead_import')}`);
    const withoutCampaign = await upload(marketing, 'tanpa kampanye.csv', messy);
    expect(withoutCampaign.status).toBe(400);
    expect(withoutCampaign.body.error).toBe('BAD_USER_INPUT');
    const [{ n: importsAfter }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead_import')}`);
    expect(Number(importsAfter)).toBe(Number(importsBefore));
  });

  it.runIf(target.kind === 'sqlite')(
    'imports 50,000 rows in one go, refusing only the bad ones',
    async () => {
      const rows = 50_000;
      const lines = ['Nama;No HP;Plafon'];
      for (let i = 0; i < rows; i++) {
        const bad = i % 1000 === 999; // one row in a thousand has no usable phone
        lines.push(`Peserta Expo ${i};${bad ? '12345' : `0819${String(50_000_000 + i)}`};${(1 + (i % 90)).toLocaleString('id-ID')}.000.000`);
      }
      const uploaded = await upload(officer, 'expo-besar.csv', Buffer.from(lines.join('\r\n')));
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.totalRows).toBe(rows);
      expectData(
        await server.gql(
          `mutation($id: ID!, $mapping: ImportMappingInput!) { importLeads(importId: $id, mapping: $mapping) { id } }`,
          { id: uploaded.body.id, mapping: uploaded.body.mapping },
          { token: officer },
        ),
      );
      expect(await waitDone(officer, uploaded.body.id, 6000)).toMatchObject({ status: 'DONE', importedRows: rows - 50, rejectedRows: 50 });
      const [{ n }] = await server.app.dataSource.query(`SELECT COUNT(*) AS n FROM ${q('lead')} WHERE ${q('fullName')} LIKE 'Peserta Expo %'`);
      expect(Number(n)).toBe(rows - 50);
      const [{ changes }] = await server.app.dataSource.query(
        `SELECT COUNT(*) AS changes FROM ${q('lead_stage_change')} s JOIN ${q('lead')} l ON l.${q('id')} = s.${q('leadId')} WHERE l.${q('fullName')} LIKE 'Peserta Expo %'`,
      );
      expect(Number(changes)).toBe(rows - 50);
      const [last] = await server.app.dataSource.query(`SELECT ${q('phone')}, ${q('estimatedAmount')} FROM ${q('lead')} WHERE ${q('fullName')} = ?`, [
        `Peserta Expo ${rows - 2}`,
      ]);
      expect(last).toMatchObject({ phone: `+62819${50_000_000 + rows - 2}` });
    },
    300_000,
  );

  it('exports the leads the viewer sees, as CSV and XLSX', async () => {
    const filter = { source: 'REFERRAL' };
    const total = expectData(
      await server.gql<{ leads: { totalCount: number } }>(`query($f: LeadFilterInput) { leads(filter: $f) { totalCount } }`, { f: filter }, { token: officer }),
    ).leads.totalCount;
    const csvUrl = expectData(
      await server.gql<{ leadExportUrl: string }>(`query($f: LeadFilterInput) { leadExportUrl(format: "csv", filter: $f) }`, { f: filter }, { token: officer }),
    ).leadExportUrl;
    const csv = Buffer.from(await (await fetch(`${server.url}${csvUrl}`)).arrayBuffer())
      .subarray(3)
      .toString('utf8')
      .trim()
      .split(/\r?\n/);
    expect(csv[0].split(';').slice(0, 3)).toEqual(['ID', 'Nama', 'Usaha']);
    expect(csv.length - 1).toBe(total);
    // People's words, not codes: Indonesian unless the exporting user reads English.
    expect(csv.slice(1).every((line) => line.includes(';Referensi;'))).toBe(true);
    const xlsxUrl = expectData(
      await server.gql<{ leadExportUrl: string }>(
        `query($f: LeadFilterInput) { leadExportUrl(format: "xlsx", filter: $f) }`,
        { f: filter },
        { token: officer },
      ),
    ).leadExportUrl;
    const workbook = Buffer.from(await (await fetch(`${server.url}${xlsxUrl}`)).arrayBuffer());
    const [{ data }] = await readXlsxFile(workbook);
    expect(data.length - 1).toBe(total);
    expect((await fetch(`${server.url}${csvUrl.replace(/token=[^&]+/, 'token=forged')}`)).status).toBe(401);
  });

  it('writes stages, sources and segments in the asked language, and imports what it wrote', async () => {
    const lead = await createLead(server, officer, { fullName: 'Galih Pratama', companyName: 'Bengkel Galih', segment: 'MICRO', source: 'WALK_IN' });
    const exported = async (lang: string | null) => {
      const url = expectData(
        await server.gql<{ leadExportUrl: string }>(
          `query($f: LeadFilterInput) { leadExportUrl(format: "csv", filter: $f) }`,
          { f: { search: 'Bengkel Galih' } },
          { token: officer },
        ),
      ).leadExportUrl;
      const text = Buffer.from(await (await fetch(`${server.url}${url}${lang ? `&lang=${lang}` : ''}`)).arrayBuffer())
        .subarray(3)
        .toString('utf8');
      return parse(text, { delimiter: ';' }) as string[][];
    };
    const [idHead, idRow] = await exported(null);
    const cell = (head: string[], row: string[], heading: string) => row[head.indexOf(heading)];
    expect([cell(idHead, idRow, 'Sumber'), cell(idHead, idRow, 'Segmen'), cell(idHead, idRow, 'Tahap')]).toEqual(['Datang langsung', 'Mikro', 'Baru']);
    const [enHead, enRow] = await exported('en');
    expect([cell(enHead, enRow, 'Source'), cell(enHead, enRow, 'Segment'), cell(enHead, enRow, 'Stage')]).toEqual(['Walk-in', 'Micro', 'New']);
    expect(enRow[0]).toBe(lead.id);

    // The exported file, with new phone numbers so that its rows are new leads, goes back in whole.
    for (const [lang, head, row, phone] of [
      ['id', idHead, idRow, '081399990001'],
      ['en', enHead, enRow, '081399990002'],
    ] as const) {
      const copy = row.map((value, i) => (head[i] === 'Telepon' || head[i] === 'Phone' ? phone : head[i] === 'WhatsApp' ? '' : value));
      const file = Buffer.from([head, copy].map((r) => r.join(';')).join('\r\n'));
      const uploaded = await upload(officer, `ekspor-${lang}.csv`, file);
      expect(uploaded.status).toBe(201);
      expect(uploaded.body.mapping).toMatchObject({ source: lang === 'id' ? 'Sumber' : 'Source', segment: lang === 'id' ? 'Segmen' : 'Segment' });
      expectData(
        await server.gql(
          `mutation($id: ID!, $mapping: ImportMappingInput!) { importLeads(importId: $id, mapping: $mapping) { id } }`,
          { id: uploaded.body.id, mapping: uploaded.body.mapping },
          { token: officer },
        ),
      );
      expect(await waitDone(officer, uploaded.body.id)).toMatchObject({ status: 'DONE', importedRows: 1, rejectedRows: 0 });
      const [copied] = await server.app.dataSource.query(`SELECT ${q('source')}, ${q('segment')} FROM ${q('lead')} WHERE ${q('phone')} = ?`, [
        `+62${phone.slice(1)}`,
      ]);
      expect(copied).toEqual({ source: 'WALK_IN', segment: 'MICRO' });
    }
  });

  it('writes formula-like text into CSV as text, and times as Jakarta wall clock', async () => {
    const lead = await createLead(server, officer, {
      fullName: '=HYPERLINK("http://contoh.invalid","Klik")',
      companyName: '@Toko Formula',
      phone: '081277778888',
    });
    const url = expectData(
      await server.gql<{ leadExportUrl: string }>(
        `query($f: LeadFilterInput) { leadExportUrl(format: "csv", filter: $f) }`,
        { f: { search: 'Toko Formula' } },
        { token: officer },
      ),
    ).leadExportUrl;
    const lines = Buffer.from(await (await fetch(`${server.url}${url}`)).arrayBuffer())
      .subarray(3)
      .toString('utf8')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(2);
    const cells = parse(lines[1], { delimiter: ';' })[0] as string[];
    expect(cells.slice(0, 4)).toEqual([lead.id, `'=HYPERLINK("http://contoh.invalid","Klik")`, "'@Toko Formula", '+6281277778888']);
    expect(cells[cells.length - 1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
  });
});
