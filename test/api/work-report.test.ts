/**
 * The officer's work report over the fixed book of test/helpers/report-fixture.ts (officer A in the WITA
 * branch): figures of a month and a week cut at WITA midnight, who may read, submit and acknowledge,
 * the PDF read back by a real parser, the CSV, and the mail to the manager through a real SMTP listener.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { User } from '../../server/src/modules/user/user.entity.js';
import { WorkReportNote } from '../../server/src/modules/work-report/work-report.entity.js';
import { databaseTargets } from '../helpers/databases.js';
import { pdfText } from '../helpers/pdf.js';
import { seedReportFixture } from '../helpers/report-fixture.js';
import type { ReportFixture } from '../helpers/report-fixture.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const NOW = new Date('2026-12-07T03:00:00Z');
const NOVEMBER = { kind: 'MONTH', date: '2026-11-15' };

const REPORT = `query($officerId: ID!, $period: WorkReportPeriodInput!) { workReport(officerId: $officerId, period: $period) {
  id officer { id name } office { name } kind from to timeZone status plans obstacles managerComment version pdfUrl csvUrl
  acknowledgedBy { name }
  figures { newLeads leadsMoved stageMoves followUps { type count } followUpsDone visits offers { count amount } won { count amount }
    lost { count amount } disbursed { count amount } noa dueInPeriod paidOfDue collectionRate repaymentsReceived outstanding loansInArrears
    arrears par30 grades { grade count outstanding } invoicesIssued { count amount } invoicesCollected complaintsReceived complaintsResolved
    complaintsOpen targets { metric target actual achievement } }
  recommendations { code title evidence { label value } links { type id } } } }`;
const LIST = `query($period: WorkReportPeriodInput!, $officeId: ID) { workReports(period: $period, officeId: $officeId) {
  id officer { id name } office { name } from to status } }`;
const SUBMIT = `mutation($input: SubmitWorkReportInput!) { submitWorkReport(input: $input) { id status plans obstacles version } }`;
const ACKNOWLEDGE = `mutation($input: AcknowledgeWorkReportInput!) { acknowledgeWorkReport(input: $input) {
  id status managerComment version acknowledgedBy { name } } }`;
const SET_TARGETS = `mutation($input: SetTargetsInput!) { setTargets(input: $input) { id } }`;

interface Report {
  id: string | null;
  status: string;
  version: number;
  plans: string | null;
  pdfUrl: string;
  csvUrl: string;
  figures: Record<string, any>;
  recommendations: Array<{ code: string; title: string; evidence: Array<{ label: string; value: string }>; links: Array<{ type: string; id: string }> }>;
}

async function smtpListener(): Promise<{ port: number; mails: ParsedMail[]; close(): Promise<void> }> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return { port, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe.each(databaseTargets)('work reports on $kind', (target) => {
  let smtp: Awaited<ReturnType<typeof smtpListener>>;
  let server: TestServer;
  let fx: ReportFixture;
  let manager: string;
  let officerA: string;
  let officerB: string;
  let officer1: string;
  let managerSorong: string;
  let a: string;
  const report = async (token: string, period: Record<string, string> = NOVEMBER, officerId = a) =>
    server.gql<{ workReport: Report }>(REPORT, { officerId, period }, { token });

  beforeAll(async () => {
    smtp = await smtpListener();
    server = await startServer(target, { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'Prospek <laporan@bpr.test>' }, { now: () => NOW });
    fx = await seedReportFixture(server.app.dataSource);
    a = String(fx.officerA.id);
    const m = server.app.dataSource.manager;
    const template = await m.findOneByOrFail(User, { email: 'manager@prospek.test' });
    await m.save(
      User,
      m.create(User, {
        email: 'kc.sorong@prospek.test',
        name: 'Kepala Sorong',
        role: 'MANAGER',
        officeId: fx.witId,
        passwordHash: template.passwordHash,
        active: true,
      }),
    );
    [manager, officerA, officerB, officer1, managerSorong] = await Promise.all([
      server.login('manager@prospek.test'),
      server.login('ao.kendari@prospek.test'),
      server.login('ao.sorong@prospek.test'),
      server.login('officer1@prospek.test'),
      server.login('kc.sorong@prospek.test'),
    ]);
    expectData(
      await server.gql(
        SET_TARGETS,
        {
          input: {
            month: '2026-11',
            targets: [
              { officerId: a, metric: 'DISBURSEMENT', value: '240000000.00' },
              { officerId: a, metric: 'VISITS', value: '4' },
            ],
          },
        },
        { token: manager },
      ),
    );
  });
  afterAll(async () => {
    await server?.close();
    await smtp?.close();
  });

  it('counts the officer’s month in the office’s zone, with the book, targets and what to act on', async () => {
    const r = expectData(await report(officerA)).workReport;
    expect(r).toMatchObject({ id: null, status: 'DRAFT', version: 0, kind: 'MONTH', from: '2026-11-01', to: '2026-11-30', timeZone: 'WITA' });
    expect(r).toMatchObject({ officer: { id: a, name: 'Wayan Kendari' }, office: { name: 'Kantor Cabang Kendari' } });
    // L3 at 00:30 on 1 November WITA counts, L4 at 00:30 on 1 December does not; L3's move at 23:30 on the 30th counts.
    expect(r.figures).toMatchObject({ newLeads: 3, leadsMoved: 3, stageMoves: 6 });
    // The visit at 00:10 on 1 December WITA belongs to December.
    expect(r.figures.followUps).toEqual([
      { type: 'CALL', count: 1 },
      { type: 'VISIT', count: 1 },
    ]);
    expect(r.figures).toMatchObject({
      followUpsDone: 2,
      visits: 1,
      offers: { count: 1, amount: '100000000.00' },
      won: { count: 1, amount: '100000000.00' },
      lost: { count: 1, amount: '50000000.00' },
      disbursed: { count: 2, amount: '120000000.00' },
      noa: 1,
      // The older loan's November installment: 5,000,000 principal + 1 % of 60,000,000, unpaid.
      dueInPeriod: '5600000.00',
      paidOfDue: '0.00',
      collectionRate: 0,
      repaymentsReceived: '0.00',
      outstanding: '180000000.00',
      loansInArrears: 1,
      par30: 0.333333,
      invoicesIssued: { count: 0, amount: '0.00' },
      complaintsOpen: 0,
    });
    expect(r.figures.grades.slice(0, 2)).toEqual([
      { grade: 1, count: 2, outstanding: '120000000.00' },
      { grade: 2, count: 1, outstanding: '60000000.00' },
    ]);
    const target = (metric: string) => r.figures.targets.find((t: { metric: string }) => t.metric === metric);
    expect(target('DISBURSEMENT')).toEqual({ metric: 'DISBURSEMENT', target: '240000000.00', actual: '120000000.00', achievement: 0.5 });
    expect(target('VISITS')).toEqual({ metric: 'VISITS', target: '4', actual: '1', achievement: 0.25 });
    expect(r.recommendations[0]).toEqual({
      code: 'ARREARS',
      title: 'Komang Lama',
      evidence: expect.arrayContaining([
        { label: 'DAYS_PAST_DUE', value: '45' },
        { label: 'GRADE', value: '2' },
      ]),
      links: [
        { type: 'LOAN', id: String(fx.loanIds[2]) },
        { type: 'CLIENT', id: expect.any(String) },
      ],
    });
    // Both open leads sat idle past their stage's limit; the longest idle first.
    const stale = r.recommendations.filter((x) => x.code === 'STALE_LEAD');
    expect(stale.map((x) => x.evidence.find((e) => e.label === 'STAGE')?.value)).toEqual(['CONTACTED', 'NEW']);
    expect(stale[0].links[0].type).toBe('LEAD');
  });

  it('cuts a week Monday to Sunday', async () => {
    const r = expectData(await report(manager, { kind: 'WEEK', date: '2026-11-04' })).workReport;
    expect(r).toMatchObject({ from: '2026-11-02', to: '2026-11-08' });
    expect(r.figures).toMatchObject({ newLeads: 2, leadsMoved: 2, stageMoves: 3, followUpsDone: 1, won: { count: 0 }, dueInPeriod: '0.00' });
  });

  it('lets an officer read only their own and a manager their office tree', async () => {
    for (const token of [officerB, officer1, managerSorong]) {
      const answer = await report(token);
      expect(errorCode(answer)).toBe('NOT_FOUND');
      expect(JSON.stringify(answer)).not.toContain('Wayan');
    }
    expectData(await report(manager));
    const own = expectData(await server.gql<{ workReports: Array<{ officer: { name: string } }> }>(LIST, { period: NOVEMBER }, { token: officerA }));
    expect(own.workReports.map((w) => w.officer.name)).toEqual(['Wayan Kendari']);
    const sorong = expectData(await server.gql<{ workReports: Array<{ officer: { name: string } }> }>(LIST, { period: NOVEMBER }, { token: managerSorong }));
    expect(sorong.workReports.map((w) => w.officer.name)).toEqual(['Yohanes Sorong']);
    const region = expectData(
      await server.gql<{ workReports: Array<{ officer: { name: string }; status: string }> }>(
        LIST,
        { period: NOVEMBER, officeId: String(fx.regionId) },
        { token: manager },
      ),
    );
    expect(region.workReports.map((w) => [w.officer.name, w.status])).toEqual([
      ['Wayan Kendari', 'DRAFT'],
      ['Yohanes Sorong', 'DRAFT'],
    ]);
    expect(errorCode(await server.gql(LIST, { period: NOVEMBER, officeId: String(fx.witaId) }, { token: managerSorong }))).toBe('NOT_FOUND');
  });

  it('refuses bad notes and periods not begun, writing nothing', async () => {
    const tooLong = await server.gql(SUBMIT, { input: { period: NOVEMBER, plans: 'x'.repeat(4001), obstacles: null, version: null } }, { token: officerA });
    expect(errorCode(tooLong)).toBe('BAD_USER_INPUT');
    expect(tooLong.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'plans', code: 'TOO_LONG' })]);
    const future = await server.gql(
      SUBMIT,
      { input: { period: { kind: 'MONTH', date: '2027-01-10' }, plans: 'a', obstacles: null, version: null } },
      { token: officerA },
    );
    expect(errorCode(future)).toBe('BAD_USER_INPUT');
    expect(future.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'period.date', reason: 'WORK_REPORT_FUTURE' })]);
    expect(errorCode(await server.gql(SUBMIT, { input: { period: { kind: 'YEAR', date: '2026-11-01' }, plans: 'a' } }, { token: officerA }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await server.gql(SUBMIT, { input: { period: NOVEMBER, plans: 'a', obstacles: null, version: null } }, { token: manager }))).toBe(
      'FORBIDDEN',
    );
    expect(await server.app.dataSource.manager.count(WorkReportNote)).toBe(0);
  });

  it('submits the officer’s notes, tells and mails the manager, and takes the manager’s acknowledgement', async () => {
    const plans = 'Kunjungi Komang Lama minggu pertama; presentasi KUR di pasar.';
    const submitted = expectData(
      await server.gql<{ submitWorkReport: Report }>(
        SUBMIT,
        { input: { period: NOVEMBER, plans: `  ${plans} `, obstacles: 'Hujan deras, jalan rusak.', version: 0 } },
        { token: officerA },
      ),
    ).submitWorkReport;
    expect(submitted).toMatchObject({ status: 'SUBMITTED', plans, obstacles: 'Hujan deras, jalan rusak.', version: 1 });
    // A second tab with the version it read before is refused.
    expect(errorCode(await server.gql(SUBMIT, { input: { period: NOVEMBER, plans: 'lama', obstacles: null, version: 0 } }, { token: officerA }))).toBe(
      'CONFLICT',
    );

    const notices = expectData(
      await server.gql<{ notifications: { nodes: Array<{ type: string; link: string }> } }>(
        `{ notifications(first: 20) { nodes { type link } } }`,
        {},
        { token: manager },
      ),
    );
    expect(notices.notifications.nodes).toContainEqual({ type: 'REPORT_SUBMITTED', link: `/work-reports/${a}?kind=MONTH&date=2026-11-01` });
    expect(await server.app.services.mail.runOnce()).toBe(1);
    const mail = smtp.mails.find((x) => x.subject?.includes('Wayan Kendari'));
    expect(mail?.to && !Array.isArray(mail.to) ? mail.to.text : '').toBe('manager@prospek.test');
    expect(mail?.text).toContain(plans);
    const attached = await pdfText(new Uint8Array(mail?.attachments[0].content ?? []));
    expect(attached).toContain('Laporan kerja bulanan');
    expect(attached).toContain('Wayan Kendari');

    expect(errorCode(await server.gql(ACKNOWLEDGE, { input: { id: submitted.id, version: 1, comment: 'Baik' } }, { token: managerSorong }))).toBe('NOT_FOUND');
    expect(errorCode(await server.gql(ACKNOWLEDGE, { input: { id: submitted.id, version: 1, comment: 'Baik' } }, { token: officerA }))).toBe('FORBIDDEN');
    const acknowledged = expectData(
      await server.gql<{ acknowledgeWorkReport: Report & { managerComment: string; acknowledgedBy: { name: string } } }>(
        ACKNOWLEDGE,
        { input: { id: submitted.id, version: 1, comment: 'Prioritaskan penagihan Komang Lama.' } },
        { token: manager },
      ),
    ).acknowledgeWorkReport;
    expect(acknowledged).toMatchObject({
      status: 'ACKNOWLEDGED',
      version: 2,
      managerComment: 'Prioritaskan penagihan Komang Lama.',
      acknowledgedBy: { name: 'Hendra Gunawan' },
    });
    const again = await server.gql(SUBMIT, { input: { period: NOVEMBER, plans: 'ubah', obstacles: null, version: 2 } }, { token: officerA });
    expect(again.errors?.[0].extensions?.fieldErrors).toEqual([expect.objectContaining({ reason: 'WORK_REPORT_ACKNOWLEDGED' })]);
    const officerNotices = expectData(
      await server.gql<{ notifications: { nodes: Array<{ type: string }> } }>(`{ notifications(first: 20) { nodes { type } } }`, {}, { token: officerA }),
    );
    expect(officerNotices.notifications.nodes.map((n) => n.type)).toContain('REPORT_ACKNOWLEDGED');
    const audit = await server.app.dataSource.query(
      `SELECT COUNT(*) AS n FROM audit_entry WHERE ${server.app.dataSource.driver.escape('entityType')} = 'WorkReport'`,
    );
    expect(Number(audit[0].n)).toBe(2);
  });

  it('downloads the report as a PDF and a CSV through signed links', async () => {
    const r = expectData(await report(manager)).workReport;
    const pdf = await fetch(`${server.url}${r.pdfUrl}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(text).toContain('Wayan Kendari');
    expect(text).toContain('Rp 100.000.000');
    expect(text).toContain('Kunjungi Komang Lama');
    expect(text).toContain('Prioritaskan penagihan Komang Lama.');
    expect(text).toContain('Komang Lama');

    const csv = await (await fetch(`${server.url}${r.csvUrl}`)).text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('section,item,value');
    expect(lines).toEqual(
      expect.arrayContaining([
        'report,officer,Wayan Kendari',
        'leads,new,3',
        'follow_ups,VISIT,1',
        'won,amount,100000000.00',
        'loans,disbursed_amount,120000000.00',
        'collection,due,5600000.00',
        'book,par30,0.333333',
        'target,DISBURSEMENT,240000000.00',
        'notes,obstacles,"Hujan deras, jalan rusak."',
      ]),
    );
    // A link is for its user and its report only.
    expect((await fetch(`${server.url}${r.pdfUrl.replace(`officerId=${a}`, `officerId=${fx.officerB.id}`)}`)).status).toBe(401);
    expect((await fetch(`${server.url}/work-reports/report.csv?officerId=${a}&kind=MONTH&date=2026-11-01&token=forged`)).status).toBe(401);
  });
});
