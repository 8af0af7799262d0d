/**
 * The access matrix: every Query and Mutation that takes an id (found by walking the live schema) is
 * listed in MATRIX with how a record outside the caller's reach is tried against it. A new operation
 * with an id argument fails the first test until it gets its row here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEAD_STAGES, TASK_STATUSES, moneyToDecimal } from '@prospek/shared';
import { signInStaff } from '../helpers/access.js';
import type { Staff, Who } from '../helpers/access.js';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import { matched, uploadStatement } from '../helpers/bank-statements.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

/** Every record of the fixture carries this word, so a leak shows in any answer. */
const SECRET = 'Rahasia';
const MISSING = '987654321';

interface Fixture extends Staff {
  lead: string;
  leadVersion: number;
  poolLead: string;
  bdgLead: string;
  client: string;
  bdgClient: string;
  offer: string;
  clientOffer: string;
  activity: string;
  clientActivity: string;
  task: string;
  taskVersion: number;
  bdgTask: string;
  bdgTaskVersion: number;
  campaign: string;
  spareCampaign: string;
  spareCampaignVersion: number;
  bdgCampaign: string;
  bdgCampaignVersion: number;
  leadImport: string;
  /** A loan book upload of the demo manager's (head office). */
  loanImport: string;
  notification: string;
  product: string;
  loanOffer: string;
  loan: string;
  repayment: string;
  /** Another loan of officer1's client, months in arrears, its collection case and the column it stands in. */
  overdueLoan: string;
  collectionCase: string;
  collectionColumn: string;
  /** A case of officer2's, in the Bandung branch. */
  bdgCollectionCase: string;
  /** A draft invoice to officer1's client, an issued one (with PPN, November), and the manager's draft payable on the head office's campaign. */
  invoice: string;
  invoiceVersion: number;
  issuedInvoice: string;
  /** A payment of officer1's client, allocated to its issued invoice. */
  payment: string;
  payable: string;
  /** A complaint of officer1's client (head office), still open. */
  complaint: string;
  complaintVersion: number;
  complaintCategory: string;
  /** A bank statement of the head office with one line proposed to `issuedInvoice`; officer2's loan in Bandung. */
  statement: string;
  statementLine: string;
  bdgLoan: string;
}

interface Probe {
  /** The argument path it tries, e.g. `id` or `input.ownerId`. */
  arg: string;
  who: Who[];
  run(ctx: ProbeContext, who: Who): Promise<void>;
}

interface ProbeContext {
  server: TestServer;
  f: Fixture;
  gql(who: Who, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult>;
  setClock(date: Date): void;
}

type Vars = (f: Fixture) => Record<string, unknown>;
type Data = NonNullable<GraphQLResult['data']>;
type Row = Record<string, string | number | bigint | boolean | Date | null>;

function leaksNothing(result: GraphQLResult): void {
  expect(JSON.stringify(result)).not.toContain(SECRET);
}

/** The record answers NOT_FOUND to `who`, with none of its data; to `insider` (a read) it answers. */
function notFound(arg: string, who: Who[], query: string, vars: Vars, insider?: Who): Probe {
  return {
    arg,
    who,
    async run(ctx, as) {
      const result = await ctx.gql(as, query, vars(ctx.f));
      expect(errorCode(result), `${as}: ${JSON.stringify(result.errors)}`).toBe('NOT_FOUND');
      leaksNothing(result);
      if (insider) expectData(await ctx.gql(insider, query, vars(ctx.f)));
    },
  };
}

/** An id inside the input that names a record out of reach is answered exactly like an id that names nothing. */
function sameAsMissing(
  arg: string,
  who: Who[],
  query: string,
  vars: (f: Fixture, id: string) => Record<string, unknown>,
  outOfReach: (f: Fixture) => string,
): Probe {
  const shape = (r: GraphQLResult) => ({
    code: errorCode(r),
    fields: ((r.errors?.[0]?.extensions?.fieldErrors ?? []) as Array<{ field: string; code: string }>).map((e) => `${e.field}:${e.code}`),
  });
  return {
    arg,
    who,
    async run(ctx, as) {
      const outside = await ctx.gql(as, query, vars(ctx.f, outOfReach(ctx.f)));
      const missing = await ctx.gql(as, query, vars(ctx.f, MISSING));
      expect(shape(missing).code, `${as} with a missing id: ${JSON.stringify(missing)}`).toBeDefined();
      expect(shape(outside), `${as}: ${JSON.stringify(outside.errors)}`).toEqual(shape(missing));
      leaksNothing(outside);
    },
  };
}

/** Refused by role before any record is read. */
function forbidden(arg: string, who: Who[], query: string, vars: Vars): Probe {
  return {
    arg,
    who,
    async run(ctx, as) {
      const result = await ctx.gql(as, query, vars(ctx.f));
      expect(errorCode(result), `${as}: ${JSON.stringify(result.errors)}`).toBe('FORBIDDEN');
    },
  };
}

/** Not record-scoped: the record is meant for everyone signed in. */
function open(arg: string, who: Who[], query: string, vars: Vars): Probe {
  return {
    arg,
    who,
    async run(ctx, as) {
      expectData(await ctx.gql(as, query, vars(ctx.f)));
    },
  };
}

/** A list or board filtered on an id: the record out of reach is neither listed nor counted. */
function excluded(
  arg: string,
  who: Who[],
  query: string,
  vars: Vars,
  read: (data: Data) => { ids: string[]; count?: number },
  target: (f: Fixture) => string,
  insider: Who,
): Probe {
  return {
    arg,
    who,
    async run(ctx, as) {
      const result = await ctx.gql(as, query, vars(ctx.f));
      const seen = read(expectData(result));
      expect(seen.ids).not.toContain(target(ctx.f));
      if (seen.count !== undefined) expect(seen.count, `${as} counts what it may not see`).toBe(seen.ids.length);
      leaksNothing(result);
      const inside = read(expectData(await ctx.gql(insider, query, vars(ctx.f))));
      expect(inside.ids).toContain(target(ctx.f));
    },
  };
}

function custom(arg: string, who: Who[], run: Probe['run']): Probe {
  return { arg, who, run };
}

/** The ids (first column) of the CSV export a link answers. */
async function exportedIds(server: TestServer, url: string): Promise<string[]> {
  const csv = await (await fetch(`${server.url}${url}`)).text();
  return csv
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(';')[0].replace(/"/g, ''));
}

/** An export filtered on a record out of reach holds no row; the same link made by the manager holds it. */
function exportProbe(arg: string, who: Who[], filter: Vars, target: (f: Fixture) => string): Probe {
  return custom(arg, who, async (ctx, as) => {
    const rows = async (by: Who) =>
      exportedIds(
        ctx.server,
        expectData(await ctx.gql(by, `query($f: LeadFilterInput) { leadExportUrl(filter: $f) }`, { f: filter(ctx.f) })).leadExportUrl as string,
      );
    // The export holds what the viewer's own list holds (marketing's campaigns may have brought some of
    // another officer's leads), and never the lead out of reach.
    const exported = await rows(as);
    expect(exported).not.toContain(target(ctx.f));
    expect([...exported].sort()).toEqual([...(await listed(ctx, as, filter(ctx.f)))].sort());
    expect(await rows('manager')).toContain(target(ctx.f));
  });
}

/** The period reports: an office or officer out of reach answers NOT_FOUND; marketing has none of them but campaign return. */
const REPORT_QUERIES = {
  salesFunnel: `query($o: ID) { salesFunnel(from: "2026-10-01", to: "2026-10-31", officerId: $o) { stages { stage entered } } }`,
  pipelineVelocity: `query($o: ID) { pipelineVelocity(from: "2026-10-01", to: "2026-10-31", officerId: $o) { medianDaysToWin } }`,
  winLoss: `query($o: ID) { winLoss(from: "2026-10-01", to: "2026-10-31", officerId: $o) { wonCount rows { label } } }`,
  forecast: `query($o: ID) { forecast(from: "2026-10-01", to: "2026-12-31", officerId: $o) { months { month } } }`,
  portfolioTrend: `query($o: ID) { portfolioTrend(from: "2026-01-01", to: "2026-10-31", officerId: $o) { points { monthEnd } } }`,
  campaignReturn: `query($o: ID) { campaignReturn(from: "2026-10-01", to: "2026-10-31", officerId: $o) { rows { name } } }`,
  receivablesTrend: `query($o: ID) { receivablesTrend(from: "2026-01-01", to: "2026-10-31", officerId: $o) { points { periodEnd outstanding } } }`,
  complaintSlaTrend: `query($o: ID) { complaintSlaTrend(from: "2026-01-01", to: "2026-10-31", officerId: $o) { points { period compliance } } }`,
};

/** The money view: cash flow like the reports; budgets for managers and marketing; the journal for managers. */
const CASH_FLOW = `query($o: ID) { cashFlow(from: "2026-10-01", to: "2026-11-30", officerId: $o) { months { month moneyIn } } }`;
const RECOMMENDATIONS = `query($o: ID) { recommendations(from: "2026-10-01", to: "2026-11-30", officeId: $o) { code title detail evidence { label value } links { type id } } }`;
const BUDGET_VS_ACTUAL = `query($o: ID) { budgetVsActual(from: "2026-10-01", to: "2026-11-30", officeId: $o) { lines { kind name spend } } }`;
const JOURNAL_EXPORT = `query($o: ID) { journalExport(month: "2026-11", officeId: $o) { lineCount debitTotal } }`;

function reportRows(): Record<string, { probes: Probe[] }> {
  const names = ['salesFunnel', 'pipelineVelocity', 'winLoss', 'forecast', 'portfolioTrend', 'receivablesTrend', 'complaintSlaTrend'] as const;
  return Object.fromEntries(
    names.map((name) => {
      const byOfficer = REPORT_QUERIES[name];
      const byOffice = byOfficer.replace('officerId', 'officeId');
      return [
        name,
        {
          probes: [
            notFound('officerId', ['officer4', 'officer2', 'managerBdg'], byOfficer, (f) => ({ o: f.ids.officer1 }), 'manager'),
            notFound('officeId', ['officer2', 'managerBdg'], byOffice, (f) => ({ o: f.offices.ho }), 'manager'),
            forbidden('officerId', ['marketing'], byOfficer, (f) => ({ o: f.ids.officer1 })),
          ],
        },
      ];
    }),
  );
}

const leadBoardRead = (data: Data) => {
  const columns = data.leadBoard.columns as Array<{ count: number; cards: Array<{ id: string }> }>;
  return { ids: columns.flatMap((c) => c.cards.map((card) => card.id)), count: columns.reduce((n, c) => n + c.count, 0) };
};
const taskBoardRead = (data: Data) => {
  const columns = data.taskBoard.columns as Array<{ count: number; cards: Array<{ id: string }> }>;
  return { ids: columns.flatMap((c) => c.cards.map((card) => card.id)), count: columns.reduce((n, c) => n + c.count, 0) };
};
const ids = (list: Array<{ id: string }>) => list.map((x) => x.id);
/** Every node of a paged list field, page after page. */
async function everyNode(server: TestServer, token: string, field: string, args = ''): Promise<Array<{ id: string }>> {
  const nodes: Array<{ id: string }> = [];
  let after: string | null = null;
  for (;;) {
    const query = `query($after: String) { ${field}(${[args, 'first: 100', 'after: $after'].filter(Boolean).join(', ')}) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    const page = expectData(await server.gql(query, { after }, { token }))[field] as {
      nodes: Array<{ id: string }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor;
  }
}
/** The ids of the leads `who` lists under `filter` (the demo data keeps these under a page). */
const listed = async (ctx: ProbeContext, who: Who, filter: Record<string, unknown>) =>
  ids(
    expectData(await ctx.gql(who, `query($f: LeadFilterInput) { leads(filter: $f, first: 100) { nodes { id } } }`, { f: filter })).leads.nodes as Array<{
      id: string;
    }>,
  );

const OUTSIDERS_OF_LEAD: Who[] = ['officer4', 'officer2', 'managerBdg', 'marketing', 'marketingBdg'];
const OUTSIDERS_OF_CLIENT: Who[] = ['officer4', 'officer2', 'managerBdg', 'marketing'];
const OUTSIDERS_OF_TASK: Who[] = ['officer4', 'officer2', 'managerBdg', 'marketingBdg'];
const OUTSIDERS_OF_OFFICE: Who[] = ['officer2', 'managerBdg', 'marketingBdg'];
const NOT_ADMINS: Who[] = ['manager', 'officer1', 'marketing'];

/** Moving one's own card next to a card out of reach lands it where a missing neighbour would. */
function anchorProbe(arg: 'input.afterId' | 'input.beforeId', board: 'lead' | 'task'): Probe {
  const who: Who = board === 'lead' ? 'officer2' : 'marketingBdg';
  return custom(arg, [who], async (ctx, as) => {
    const own = board === 'lead' ? ctx.f.bdgLead : ctx.f.bdgTask;
    const other = board === 'lead' ? ctx.f.lead : ctx.f.task;
    const mutation =
      board === 'lead'
        ? `mutation($input: MoveLeadInput!) { moveLead(input: $input) { position version } }`
        : `mutation($input: MoveTaskInput!) { moveTask(input: $input) { task { position version } } }`;
    const column = board === 'lead' ? { stage: 'NEW' } : { status: 'TODO' };
    const version = async () => {
      const q = ctx.server.app.dataSource.driver.escape.bind(ctx.server.app.dataSource.driver);
      const [row] = await ctx.server.app.dataSource.query(
        `SELECT ${q('version')} AS v FROM ${q(board === 'lead' ? 'lead' : 'marketing_task')} WHERE ${q('id')} = ?`,
        [Number(own)],
      );
      return Number(row.v);
    };
    const move = async (anchor: string) => {
      const data = expectData(
        await ctx.gql(as, mutation, { input: { id: own, ...column, [arg.slice('input.'.length)]: anchor, expectedVersion: await version() } }),
      );
      return board === 'lead' ? (data.moveLead.position as string) : (data.moveTask.task.position as string);
    };
    const whenMissing = await move(MISSING);
    const whenOutOfReach = await move(other);
    expect(whenOutOfReach).toBe(whenMissing);
  });
}

/** officer2 moving its own collection case next to officer1's lands it where a missing neighbour would. */
function caseAnchorProbe(arg: 'input.afterId' | 'input.beforeId'): Probe {
  return custom(arg, ['officer2'], async (ctx, as) => {
    const own = ctx.f.bdgCollectionCase;
    const q = ctx.server.app.dataSource.driver.escape.bind(ctx.server.app.dataSource.driver);
    const read = async (id: string) =>
      (await ctx.server.app.dataSource.query(`SELECT ${q('status')} AS s, ${q('version')} AS v FROM ${q('collection_case')} WHERE ${q('id')} = ?`, [
        Number(id),
      ])) as Array<{ s: string; v: number | string }>;
    // Both cases stand in one column, where a neighbour that counted would move the card.
    expect((await read(own))[0].s).toBe(ctx.f.collectionColumn);
    const move = async (anchor: string) => {
      const [row] = await read(own);
      const result = await ctx.gql(as, `mutation($input: MoveCollectionCaseInput!) { moveCollectionCase(input: $input) { position client { name } } }`, {
        input: { id: own, status: row.s, [arg.slice('input.'.length)]: anchor, expectedVersion: Number(row.v) },
      });
      leaksNothing(result);
      return expectData(result).moveCollectionCase.position as string;
    };
    const whenMissing = await move(MISSING);
    const whenOutOfReach = await move(ctx.f.collectionCase);
    expect(whenOutOfReach).toBe(whenMissing);
  });
}

const collectionBoardRead = (data: Data) => {
  const columns = data.collectionBoard.columns as Array<{ count: number; cards: Array<{ loanId: string }> }>;
  return { ids: columns.flatMap((c) => c.cards.map((card) => card.loanId)), count: columns.reduce((n, c) => n + c.count, 0) };
};
const COLLECTION_OUTSIDERS: Who[] = ['officer4', 'officer2', 'managerBdg'];

const COMPLAINT_OUTSIDERS: Who[] = ['officer4', 'officer2', 'managerBdg'];
const COMPLAINT_FILTERS = ['ownerId', 'officeId', 'clientId', 'category'] as const;
const complaintFilter = (f: Fixture, key: (typeof COMPLAINT_FILTERS)[number]) => ({
  [key]: key === 'ownerId' ? f.ids.officer1 : key === 'officeId' ? f.offices.ho : key === 'clientId' ? f.client : f.complaintCategory,
});

const MATRIX: Record<string, { probes: Probe[]; note?: string }> = {
  complaint: {
    probes: [
      notFound('id', COMPLAINT_OUTSIDERS, `query($id: ID!) { complaint(id: $id) { id description client { name } } }`, (f) => ({ id: f.complaint }), 'manager'),
      forbidden('id', ['marketing'], `query($id: ID!) { complaint(id: $id) { id } }`, (f) => ({ id: f.complaint })),
    ],
    note: 'complaints: officers their own, managers their office tree, admins all; marketing none',
  },
  complaints: {
    probes: COMPLAINT_FILTERS.map((key) =>
      excluded(
        `filter.${key}`,
        COMPLAINT_OUTSIDERS,
        `query($f: ComplaintFilter) { complaints(filter: $f, first: 100) { totalCount nodes { id description client { name } } } }`,
        (f) => ({ f: complaintFilter(f, key) }),
        (d) => ({ ids: ids(d.complaints.nodes), count: d.complaints.totalCount }),
        (f) => f.complaint,
        'manager',
      ),
    ),
  },
  bankStatement: {
    note: 'Statements to managers of the office tree and admins; officers see lines, not statements',
    probes: [
      notFound(
        'id',
        ['managerBdg'],
        `query($id: ID!) { bankStatement(id: $id) { id account lines(first: 10) { nodes { remark } } } }`,
        (f) => ({ id: f.statement }),
        'manager',
      ),
      forbidden('id', ['officer1', 'marketing'], `query($id: ID!) { bankStatement(id: $id) { id } }`, (f) => ({ id: f.statement })),
    ],
  },
  reconciliationBoard: {
    note: 'Lines to managers of the office tree and admins, and to the officer of the client a line is about',
    probes: [
      excluded(
        'statementId',
        ['officer2', 'officer4', 'managerBdg'],
        `query($s: ID) { reconciliationBoard(statementId: $s, perColumn: 100) { columns { count cards { id remark client { name } } } } }`,
        (f) => ({ s: f.statement }),
        (d) => {
          const columns = d.reconciliationBoard.columns as Array<{ count: number; cards: Array<{ id: string }> }>;
          return { ids: columns.flatMap((c) => ids(c.cards)), count: columns.reduce((n, c) => n + c.count, 0) };
        },
        (f) => f.statementLine,
        'officer1',
      ),
      forbidden('statementId', ['marketing'], `query($s: ID) { reconciliationBoard(statementId: $s) { columns { count } } }`, (f) => ({ s: f.statement })),
    ],
  },
  reconciliationColumn: {
    probes: [
      excluded(
        'statementId',
        ['officer2', 'officer4', 'managerBdg'],
        `query($s: ID) { reconciliationColumn(state: PROPOSED, statementId: $s, first: 100) { cards { id remark } } }`,
        (f) => ({ s: f.statement }),
        (d) => ({ ids: ids(d.reconciliationColumn.cards) }),
        (f) => f.statementLine,
        'manager',
      ),
    ],
  },
  confirmStatementMatch: {
    probes: [
      notFound(
        'input.lineId',
        ['officer2', 'officer4', 'managerBdg'],
        `mutation($input: ConfirmStatementMatchInput!) { confirmStatementMatch(input: $input) { id } }`,
        (f) => ({
          input: { lineId: f.statementLine },
        }),
      ),
      forbidden('input.lineId', ['marketing'], `mutation($input: ConfirmStatementMatchInput!) { confirmStatementMatch(input: $input) { id } }`, (f) => ({
        input: { lineId: f.statementLine },
      })),
      sameAsMissing(
        'input.invoiceId',
        ['officer1'],
        `mutation($input: ConfirmStatementMatchInput!) { confirmStatementMatch(input: $input) { id } }`,
        (f, id) => ({ input: { lineId: f.statementLine, invoiceId: id } }),
        (f) => f.payable,
      ),
      sameAsMissing(
        'input.loanId',
        ['officer1'],
        `mutation($input: ConfirmStatementMatchInput!) { confirmStatementMatch(input: $input) { id } }`,
        (f, id) => ({ input: { lineId: f.statementLine, loanId: id } }),
        (f) => f.bdgLoan,
      ),
    ],
  },
  rejectStatementMatch: {
    probes: [
      notFound(
        'input.lineId',
        ['officer2', 'officer4', 'managerBdg'],
        `mutation($input: RejectStatementMatchInput!) { rejectStatementMatch(input: $input) { id } }`,
        (f) => ({
          input: { lineId: f.statementLine, reason: 'Uji' },
        }),
      ),
      forbidden('input.lineId', ['marketing'], `mutation($input: RejectStatementMatchInput!) { rejectStatementMatch(input: $input) { id } }`, (f) => ({
        input: { lineId: f.statementLine, reason: 'Uji' },
      })),
    ],
  },
  unmatchStatementLine: {
    note: 'The line’s reach as for confirming it; the posted money is reversed through its own service',
    probes: [
      notFound(
        'input.lineId',
        ['officer2', 'officer4', 'managerBdg'],
        `mutation($input: UnmatchStatementLineInput!) { unmatchStatementLine(input: $input) { id } }`,
        (f) => ({ input: { lineId: f.statementLine, reason: 'Uji' } }),
      ),
      forbidden('input.lineId', ['marketing'], `mutation($input: UnmatchStatementLineInput!) { unmatchStatementLine(input: $input) { id } }`, (f) => ({
        input: { lineId: f.statementLine, reason: 'Uji' },
      })),
    ],
  },
  statementMatchCandidates: {
    note: 'Searched for a line in reach only; what it finds is open in the statement’s offices (an officer’s: their own clients’)',
    probes: [
      notFound(
        'lineId',
        ['officer2', 'officer4', 'managerBdg'],
        `query($id: ID!) { statementMatchCandidates(lineId: $id) { id label party } }`,
        (f) => ({ id: f.statementLine }),
        'manager',
      ),
      forbidden('lineId', ['marketing'], `query($id: ID!) { statementMatchCandidates(lineId: $id) { id } }`, (f) => ({ id: f.statementLine })),
    ],
  },
  complaintBoard: {
    probes: COMPLAINT_FILTERS.map((key) =>
      excluded(
        `filter.${key}`,
        COMPLAINT_OUTSIDERS,
        `query($f: ComplaintFilter) { complaintBoard(filter: $f, perColumn: 100) { columns { count cards { id client { name } } } } }`,
        (f) => ({ f: complaintFilter(f, key) }),
        (d) => {
          const columns = d.complaintBoard.columns as Array<{ count: number; cards: Array<{ id: string }> }>;
          return { ids: columns.flatMap((c) => ids(c.cards)), count: columns.reduce((n, c) => n + c.count, 0) };
        },
        (f) => f.complaint,
        'manager',
      ),
    ),
  },
  complaintColumn: {
    probes: COMPLAINT_FILTERS.map((key) =>
      excluded(
        `filter.${key}`,
        COMPLAINT_OUTSIDERS,
        `query($f: ComplaintFilter) { complaintColumn(status: OPEN, filter: $f, first: 100) { cards { id client { name } } } }`,
        (f) => ({ f: complaintFilter(f, key) }),
        (d) => ({ ids: ids(d.complaintColumn.cards) }),
        (f) => f.complaint,
        'manager',
      ),
    ),
  },
  createComplaint: {
    probes: (['clientId', 'leadId', 'loanId', 'invoiceId', 'productId', 'category'] as const).map((key) =>
      sameAsMissing(
        `input.${key}`,
        COMPLAINT_OUTSIDERS,
        `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { id } }`,
        (f, id) => ({
          input: {
            ...(key === 'leadId' ? { leadId: id } : { clientId: key === 'clientId' ? id : f.client }),
            ...(key === 'loanId' || key === 'invoiceId' || key === 'productId' ? { [key]: id } : {}),
            category: key === 'category' ? id : f.complaintCategory,
            channel: 'PHONE',
            description: 'Pengaduan uji akses',
            receivedAt: '2026-11-20',
          },
        }),
        (f) => (key === 'leadId' ? f.lead : f.client),
      ),
    ),
  },
  moveComplaint: {
    probes: (['id', 'afterId', 'beforeId'] as const).map((key) =>
      notFound(`input.${key}`, COMPLAINT_OUTSIDERS, `mutation($input: MoveComplaintInput!) { moveComplaint(input: $input) { id } }`, (f) => ({
        input: { id: f.complaint, status: 'IN_PROGRESS', expectedVersion: f.complaintVersion, ...(key === 'id' ? {} : { [key]: f.complaint }) },
      })),
    ),
  },
  extendComplaint: {
    probes: [
      notFound(
        'id',
        COMPLAINT_OUTSIDERS,
        `mutation($id: ID!) { extendComplaint(id: $id, reason: "Uji", toldVia: PHONE, toldOn: "2026-01-05") { id } }`,
        (f) => ({ id: f.complaint }),
      ),
    ],
  },
  reopenComplaint: {
    probes: [notFound('id', COMPLAINT_OUTSIDERS, `mutation($id: ID!) { reopenComplaint(id: $id, reason: "Uji") { id } }`, (f) => ({ id: f.complaint }))],
  },
  resolveComplaint: {
    probes: (['id', 'policyId'] as const).map((key) =>
      notFound(`input.${key}`, COMPLAINT_OUTSIDERS, `mutation($input: ResolveComplaintInput!) { resolveComplaint(input: $input) { id } }`, (f) => ({
        input: { id: f.complaint, resolution: 'Uji', policyId: '1', outcome: 'UPHELD', answerChannel: 'LETTER', answeredOn: '2026-11-21' },
      })),
    ),
  },
  reassignComplaint: {
    probes: [
      notFound('id', ['managerBdg'], `mutation($id: ID!, $o: ID!) { reassignComplaint(id: $id, ownerId: $o) { id } }`, (f) => ({
        id: f.complaint,
        o: f.ids.officer2,
      })),
      notFound('ownerId', ['managerBdg'], `mutation($id: ID!, $o: ID!) { reassignComplaint(id: $id, ownerId: $o) { id } }`, (f) => ({
        id: f.complaint,
        o: f.ids.officer4,
      })),
      forbidden('id', ['officer1', 'officer2', 'marketing'], `mutation($id: ID!, $o: ID!) { reassignComplaint(id: $id, ownerId: $o) { id } }`, (f) => ({
        id: f.complaint,
        o: f.ids.officer4,
      })),
    ],
    note: 'managers hand complaints of their offices to officers of their offices',
  },
  workCalendar: {
    probes: [
      notFound(
        'officeId',
        ['officer2', 'managerBdg'],
        `query($o: ID) { workCalendar(year: 2026, officeId: $o) { region } }`,
        (f) => ({ o: f.offices.ho }),
        'manager',
      ),
    ],
  },
  setHoliday: {
    probes: [
      notFound('input.officeId', ['managerBdg'], `mutation($input: SetHolidayInput!) { setHoliday(input: $input) { region } }`, (f) => ({
        input: { date: '2026-11-30', name: 'Uji', officeId: f.offices.ho },
      })),
      forbidden('input.officeId', ['officer1', 'marketing'], `mutation($input: SetHolidayInput!) { setHoliday(input: $input) { region } }`, (f) => ({
        input: { date: '2026-11-30', name: 'Uji', officeId: f.offices.ho },
      })),
    ],
  },
  removeHoliday: {
    probes: [
      notFound('input.officeId', ['managerBdg'], `mutation($input: RemoveHolidayInput!) { removeHoliday(input: $input) { region } }`, (f) => ({
        input: { date: '2026-12-25', officeId: f.offices.ho },
      })),
      forbidden('input.officeId', ['officer1', 'marketing'], `mutation($input: RemoveHolidayInput!) { removeHoliday(input: $input) { region } }`, (f) => ({
        input: { date: '2026-12-25', officeId: f.offices.ho },
      })),
    ],
  },
  complaintReport: {
    probes: [
      notFound(
        'officeId',
        ['managerBdg', 'officer2'],
        `query($o: ID) { complaintReport(from: "2026-01-01", to: "2026-12-31", officeId: $o) { total } }`,
        (f) => ({
          o: f.offices.ho,
        }),
      ),
      forbidden('officeId', ['marketing'], `query($o: ID) { complaintReport(from: "2026-01-01", to: "2026-12-31", officeId: $o) { total } }`, (f) => ({
        o: f.offices.ho,
      })),
    ],
  },
  complaintReportCsvUrl: {
    probes: [
      notFound('officeId', ['managerBdg', 'officer2'], `query($o: ID) { complaintReportCsvUrl(from: "2026-01-01", to: "2026-12-31", officeId: $o) }`, (f) => ({
        o: f.offices.ho,
      })),
      forbidden('officeId', ['marketing'], `query($o: ID) { complaintReportCsvUrl(from: "2026-01-01", to: "2026-12-31", officeId: $o) }`, (f) => ({
        o: f.offices.ho,
      })),
      custom('officeId', ['officer4', 'managerBdg'], async (ctx, as) => {
        const file = async (by: Who, o: string | null) => {
          const url = expectData(await ctx.gql(by, `query($o: ID) { complaintReportCsvUrl(from: "2026-01-01", to: "2026-12-31", officeId: $o) }`, { o }))
            .complaintReportCsvUrl as string;
          return (await fetch(`${ctx.server.url}${url}`)).text();
        };
        expect(await file(as, null)).not.toContain(SECRET);
        expect(await file('manager', ctx.f.offices.ho)).toContain(SECRET);
      }),
    ],
    note: 'the report’s rows as a file: the same reach as the report',
  },
  saveComplaintCategory: {
    probes: [
      forbidden('input.id', ['officer1', 'marketing'], `mutation($input: ComplaintCatalogInput!) { saveComplaintCategory(input: $input) { id } }`, (f) => ({
        input: { id: f.complaintCategory, name: 'Diubah' },
      })),
    ],
    note: 'a list every office shares: managers and admins keep it',
  },
  saveResolutionPolicy: {
    probes: [
      forbidden('input.id', ['officer1', 'marketing'], `mutation($input: ComplaintCatalogInput!) { saveResolutionPolicy(input: $input) { id } }`, () => ({
        input: { id: '1', name: 'Diubah' },
      })),
    ],
  },

  // --- Queries ---
  activity: {
    probes: [
      notFound('id', ['officer4', 'managerBdg', 'marketing'], `query($id: ID!) { activity(id: $id) { id notes } }`, (f) => ({ id: f.activity }), 'officer1'),
      notFound(
        'id',
        ['officer4', 'managerBdg', 'marketing'],
        `query($id: ID!) { activity(id: $id) { id notes } }`,
        (f) => ({ id: f.clientActivity }),
        'manager',
      ),
    ],
  },
  agenda: {
    probes: [
      notFound(
        'ownerId',
        ['officer4', 'managerBdg', 'marketing'],
        `query($o: ID) { agenda(ownerId: $o, date: "2026-11-23") { date today { id } } }`,
        (f) => ({ o: f.ids.officer1 }),
        'manager',
      ),
    ],
  },
  auditTrail: {
    probes: [
      notFound(
        'entityId',
        ['managerBdg'],
        `query($id: ID!) { auditTrail(entityType: "Lead", entityId: $id, first: 100) { nodes { id } } }`,
        (f) => ({ id: f.lead }),
        'manager',
      ),
      notFound(
        'entityId',
        ['managerBdg'],
        `query($id: ID!) { auditTrail(entityType: "User", entityId: $id, first: 100) { nodes { id } } }`,
        (f) => ({ id: f.ids.officer1 }),
        'manager',
      ),
      forbidden(
        'entityId',
        ['officer1', 'marketing'],
        `query($id: ID!) { auditTrail(entityType: "Lead", entityId: $id, first: 100) { nodes { id } } }`,
        (f) => ({ id: f.lead }),
      ),
      ...(['Client', 'Offer', 'Campaign', 'Task', 'LeadImport'] as const).map((type) =>
        notFound(
          'entityId',
          ['managerBdg'],
          `query($id: ID!) { auditTrail(entityType: "${type}", entityId: $id, first: 100) { nodes { id } } }`,
          (f) => ({
            id: { Client: f.client, Offer: f.offer, Campaign: f.campaign, Task: f.task, LeadImport: f.leadImport }[type],
          }),
          'manager',
        ),
      ),
    ],
    note: 'managers and admins only; the record itself must be within reach',
  },
  auditEntries: {
    probes: [
      excluded(
        'filter.actorId',
        ['managerBdg'],
        `query($a: ID) { auditEntries(filter: { actorId: $a }, first: 100) { totalCount nodes { id actorId } } }`,
        (f) => ({ a: f.ids.officer1 }),
        (d) => ({ ids: (d.auditEntries.nodes as Array<{ actorId: string }>).map((e) => e.actorId), count: d.auditEntries.totalCount }),
        (f) => f.ids.officer1,
        'manager',
      ),
      forbidden('filter.actorId', ['officer1', 'marketing'], `query($a: ID) { auditEntries(filter: { actorId: $a }) { totalCount } }`, (f) => ({
        a: f.ids.officer1,
      })),
    ],
    note: 'managers and admins only; a manager sees the entries of the people of the offices they reach',
  },
  retryJob: {
    probes: [
      forbidden('id', ['manager', 'managerBdg', 'officer1', 'marketing'], `mutation($id: String!) { retryJob(id: $id) { id state } }`, () => ({
        id: 'loan-positions.2026-11-23',
      })),
    ],
    note: 'admins only: background jobs are the whole system’s',
  },
  boardColumnSettings: {
    probes: [
      notFound(
        'officeId',
        OUTSIDERS_OF_OFFICE,
        `query($o: ID) { boardColumnSettings(board: "tasks", officeId: $o) { columnKey wipLimit } }`,
        (f) => ({ o: f.offices.ho }),
        'manager',
      ),
    ],
    note: 'an office’s WIP limits, for those who reach the office',
  },
  campaign: {
    probes: [
      notFound('id', ['officer2', 'managerBdg', 'marketingBdg'], `query($id: ID!) { campaign(id: $id) { id name } }`, (f) => ({ id: f.campaign }), 'marketing'),
    ],
  },
  client: {
    probes: [notFound('id', OUTSIDERS_OF_CLIENT, `query($id: ID!) { client(id: $id) { id name } }`, (f) => ({ id: f.client }), 'officer1')],
  },
  clients: {
    probes: [
      excluded(
        'filter.officerId',
        ['officer4', 'managerBdg', 'marketing'],
        `query($o: ID) { clients(filter: { officerId: $o }, first: 100) { totalCount nodes { id name } } }`,
        (f) => ({ o: f.ids.officer1 }),
        (d) => ({ ids: ids(d.clients.nodes), count: d.clients.totalCount }),
        (f) => f.client,
        'manager',
      ),
    ],
  },
  collectionBoard: {
    probes: (['officerId', 'officeId'] as const).flatMap((key) => [
      excluded(
        `filter.${key}`,
        COLLECTION_OUTSIDERS,
        `query($f: CollectionBoardFilter) { collectionBoard(filter: $f, perColumn: 100) { columns { count cards { loanId client { name } } } } }`,
        (f) => ({ f: { [key]: key === 'officerId' ? f.ids.officer1 : f.offices.ho } }),
        collectionBoardRead,
        (f) => f.overdueLoan,
        'manager',
      ),
      forbidden(`filter.${key}`, ['marketing'], `query($f: CollectionBoardFilter) { collectionBoard(filter: $f) { columns { count } } }`, (f) => ({
        f: { [key]: key === 'officerId' ? f.ids.officer1 : f.offices.ho },
      })),
    ]),
    note: 'cases of the loans in reach: officers their own, managers their office tree, admins all; marketing none',
  },
  collectionColumn: {
    probes: (['officerId', 'officeId'] as const).flatMap((key) => [
      excluded(
        `filter.${key}`,
        COLLECTION_OUTSIDERS,
        `query($s: CollectionColumn!, $f: CollectionBoardFilter) { collectionColumn(status: $s, filter: $f, first: 100) { cards { loanId client { name } } } }`,
        (f) => ({ s: f.collectionColumn, f: { [key]: key === 'officerId' ? f.ids.officer1 : f.offices.ho } }),
        (d) => ({ ids: (d.collectionColumn.cards as Array<{ loanId: string }>).map((c) => c.loanId) }),
        (f) => f.overdueLoan,
        'officer1',
      ),
      forbidden(
        `filter.${key}`,
        ['marketing'],
        `query($s: CollectionColumn!, $f: CollectionBoardFilter) { collectionColumn(status: $s, filter: $f) { cards { loanId } } }`,
        (f) => ({ s: f.collectionColumn, f: { [key]: key === 'officerId' ? f.ids.officer1 : f.offices.ho } }),
      ),
    ]),
  },
  collectionSheet: {
    probes: [
      notFound(
        'officerId',
        COLLECTION_OUTSIDERS,
        `query($o: ID) { collectionSheet(officerId: $o, date: "2026-11-23") { officer { name } rows { loanId clientName } } }`,
        (f) => ({ o: f.ids.officer1 }),
        'manager',
      ),
      forbidden('officerId', ['marketing'], `query($o: ID) { collectionSheet(officerId: $o) { date } }`, (f) => ({ o: f.ids.officer1 })),
    ],
    note: 'officers their own sheet, managers those of the officers of their office tree, admins anyone’s',
  },
  lead: {
    probes: [
      notFound('id', OUTSIDERS_OF_LEAD, `query($id: ID!) { lead(id: $id) { id fullName } }`, (f) => ({ id: f.lead }), 'officer1'),
      notFound('id', ['officer2', 'managerBdg', 'marketingBdg'], `query($id: ID!) { lead(id: $id) { id fullName } }`, (f) => ({ id: f.poolLead }), 'officer4'),
    ],
  },
  invoice: {
    probes: [
      notFound('id', OUTSIDERS_OF_CLIENT, `query($id: ID!) { invoice(id: $id) { id total lines { description } } }`, (f) => ({ id: f.invoice }), 'officer1'),
      notFound(
        'id',
        ['officer1', 'managerBdg', 'marketingBdg'],
        `query($id: ID!) { invoice(id: $id) { id supplierName } }`,
        (f) => ({ id: f.payable }),
        'manager',
      ),
    ],
    note: 'receivables like their client; payables to managers of the office tree and marketing of the office',
  },
  invoices: {
    probes: [
      ...(['clientId', 'officeId'] as const).map((key) =>
        excluded(
          `filter.${key}`,
          OUTSIDERS_OF_CLIENT,
          `query($f: InvoiceFilterInput) { invoices(filter: $f, first: 100) { totalCount nodes { id } } }`,
          (f) => ({ f: { [key]: key === 'clientId' ? f.client : f.offices.ho } }),
          (d) => ({ ids: ids(d.invoices.nodes), count: d.invoices.totalCount }),
          (f) => f.invoice,
          'manager',
        ),
      ),
      excluded(
        'filter.campaignId',
        ['officer1', 'managerBdg', 'marketingBdg'],
        `query($f: InvoiceFilterInput) { invoices(filter: $f, first: 100) { totalCount nodes { id } } }`,
        (f) => ({ f: { campaignId: f.campaign } }),
        (d) => ({ ids: ids(d.invoices.nodes), count: d.invoices.totalCount }),
        (f) => f.payable,
        'manager',
      ),
    ],
  },
  createInvoice: {
    probes: [
      sameAsMissing(
        'input.clientId',
        OUTSIDERS_OF_CLIENT,
        `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
        (_f, id) => ({
          input: {
            kind: 'RECEIVABLE',
            clientId: id,
            issueDate: '2026-11-20',
            dueDate: '2026-11-30',
            lines: [{ description: 'x', quantity: 1, unitPrice: '1.00', taxCode: 'EXEMPT' }],
          },
        }),
        (f) => f.client,
      ),
      sameAsMissing(
        'input.campaignId',
        ['managerBdg', 'marketingBdg'],
        `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
        (_f, id) => ({
          input: {
            kind: 'PAYABLE',
            supplierName: 'x',
            campaignId: id,
            issueDate: '2026-11-20',
            dueDate: '2026-11-30',
            lines: [{ description: 'x', quantity: 1, unitPrice: '1.00', taxCode: 'EXEMPT' }],
          },
        }),
        (f) => f.campaign,
      ),
      sameAsMissing(
        'input.officeId',
        ['managerBdg', 'marketingBdg', 'officer2'],
        `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id } }`,
        (_f, id) => ({
          input: {
            kind: 'PAYABLE',
            supplierName: 'x',
            officeId: id,
            issueDate: '2026-11-20',
            dueDate: '2026-11-30',
            lines: [{ description: 'x', quantity: 1, unitPrice: '1.00', taxCode: 'EXEMPT' }],
          },
        }),
        (f) => f.offices.ho,
      ),
    ],
  },
  updateInvoice: {
    probes: [
      notFound('input.id', OUTSIDERS_OF_CLIENT, `mutation($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { id } }`, (f) => ({
        input: { id: f.invoice, version: f.invoiceVersion, notes: 'x' },
      })),
      sameAsMissing(
        'input.campaignId',
        ['manager'],
        `mutation($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { id } }`,
        (f, id) => ({ input: { id: f.payable, version: 1, campaignId: id } }),
        (f) => f.bdgCampaign,
      ),
    ],
  },
  issueInvoice: {
    probes: [notFound('id', OUTSIDERS_OF_CLIENT, `mutation($id: ID!) { issueInvoice(id: $id, channel: PDF) { id number } }`, (f) => ({ id: f.invoice }))],
  },
  cancelInvoice: {
    probes: [notFound('id', OUTSIDERS_OF_CLIENT, `mutation($id: ID!) { cancelInvoice(id: $id, reason: "x") { id } }`, (f) => ({ id: f.issuedInvoice }))],
  },
  markInvoiceHandedOver: {
    probes: [
      notFound('id', OUTSIDERS_OF_CLIENT, `mutation($id: ID!) { markInvoiceHandedOver(id: $id, date: "2026-11-21", receivedBy: "x") { id } }`, (f) => ({
        id: f.issuedInvoice,
      })),
    ],
  },
  recordPayment: {
    probes: [
      sameAsMissing(
        'input.clientId',
        OUTSIDERS_OF_CLIENT,
        `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`,
        (_f, id) => ({ input: { direction: 'IN', amount: '1.00', date: '2026-11-21', method: 'CASH', clientId: id } }),
        (f) => f.client,
      ),
      sameAsMissing(
        'input.officeId',
        ['managerBdg', 'officer1', 'marketing'],
        `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`,
        (_f, id) => ({ input: { direction: 'OUT', amount: '1.00', date: '2026-11-21', method: 'CASH', supplierName: 'x', officeId: id } }),
        (f) => f.offices.ho,
      ),
      sameAsMissing(
        'input.allocations.invoiceId',
        ['officer2'],
        `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`,
        (f, id) => ({
          input: {
            direction: 'IN',
            amount: '1.00',
            date: '2026-11-21',
            method: 'CASH',
            clientId: f.bdgClient,
            allocations: [{ invoiceId: id, amount: '1.00' }],
          },
        }),
        (f) => f.issuedInvoice,
      ),
    ],
  },
  reversePayment: {
    probes: [notFound('id', OUTSIDERS_OF_CLIENT, `mutation($id: ID!) { reversePayment(id: $id, reason: "x") { id } }`, (f) => ({ id: f.payment }))],
  },
  receivablesAging: {
    probes: (['officeId', 'officerId'] as const).map((key) =>
      custom(key, OUTSIDERS_OF_CLIENT, async (ctx, as) => {
        const query = `query($o: ID, $p: ID) { receivablesAging(officeId: $o, officerId: $p, asOf: "2026-11-23") { total rows { client { id name } } } }`;
        const vars = key === 'officeId' ? { o: ctx.f.offices.ho } : { p: ctx.f.ids.officer1 };
        const clients = async (who: Who) =>
          expectData(await ctx.gql(who, query, vars)).receivablesAging.rows.map((r: { client: { id: string } }) => r.client.id);
        const result = await ctx.gql(as, query, vars);
        leaksNothing(result);
        expect(await clients(as)).not.toContain(ctx.f.client);
        expect(await clients('manager')).toContain(ctx.f.client);
      }),
    ),
  },
  taxSummary: {
    probes: [
      custom('officeId', OUTSIDERS_OF_CLIENT, async (ctx, as) => {
        const query = `query($o: ID) { taxSummary(month: "2026-11", officeId: $o) { lines { invoiceId partyName } } }`;
        const lines = async (who: Who) =>
          expectData(await ctx.gql(who, query, { o: ctx.f.offices.ho })).taxSummary.lines.map((l: { invoiceId: string }) => l.invoiceId);
        expect(await lines(as)).not.toContain(ctx.f.issuedInvoice);
        expect(await lines('manager')).toContain(ctx.f.issuedInvoice);
      }),
    ],
  },
  loan: {
    probes: [notFound('id', OUTSIDERS_OF_CLIENT, `query($id: ID!) { loan(id: $id) { id principal client { name } } }`, (f) => ({ id: f.loan }), 'officer1')],
  },
  loans: {
    probes: (['officerId', 'officeId', 'clientId'] as const).map((key) =>
      excluded(
        `filter.${key}`,
        ['officer4', 'officer2', 'managerBdg', 'marketing'],
        `query($f: LoanFilterInput) { loans(filter: $f, first: 100) { totalCount nodes { id client { name } } } }`,
        (f) => ({ f: { [key]: key === 'officerId' ? f.ids.officer1 : key === 'officeId' ? f.offices.ho : f.client } }),
        (d) => ({ ids: ids(d.loans.nodes), count: d.loans.totalCount }),
        (f) => f.loan,
        'manager',
      ),
    ),
  },
  loanMonthEnds: {
    probes: (['officerId', 'officeId'] as const).map((key) =>
      custom(key, ['officer4', 'officer2', 'managerBdg'], async (ctx, as) => {
        // The fixture's loan was disbursed in October: its month end is closed by the fixture's day.
        await ctx.server.app.services.monthEnds.closeMonths(FIXTURE_NOW);
        const query = `query($o: ID) { loanMonthEnds(monthEnd: "2026-10-31", ${key}: $o, first: 100) { totalCount nodes { loanId client { name } } } }`;
        const id = key === 'officerId' ? ctx.f.ids.officer1 : ctx.f.offices.ho;
        const read = (r: GraphQLResult) => expectData(r).loanMonthEnds as { totalCount: number; nodes: Array<{ loanId: string }> };
        const outside = await ctx.gql(as, query, { o: id });
        expect(read(outside).nodes.map((n) => n.loanId)).not.toContain(ctx.f.loan);
        expect(read(outside).totalCount, `${as} counts what it may not see`).toBe(read(outside).nodes.length);
        leaksNothing(outside);
        expect(read(await ctx.gql('manager', query, { o: id })).nodes.map((n) => n.loanId)).toContain(ctx.f.loan);
      }),
    ),
  },
  loanMonthEndExportUrl: {
    probes: [
      custom('officeId', ['managerBdg'], async (ctx, as) => {
        await ctx.server.app.services.monthEnds.closeMonths(FIXTURE_NOW);
        const rows = async (by: Who) => {
          const url = expectData(await ctx.gql(by, `query($o: ID) { loanMonthEndExportUrl(monthEnd: "2026-10-31", officeId: $o) }`, { o: ctx.f.offices.ho }))
            .loanMonthEndExportUrl as string;
          const csv = await (await fetch(`${ctx.server.url}${url}`)).text();
          if (by === as) expect(csv).not.toContain(SECRET);
          return csv
            .split('\n')
            .slice(1)
            .filter((line) => line.trim() !== '')
            .map((line) => line.split(';')[3].replace(/"/g, ''));
        };
        expect(await rows(as)).toEqual([]);
        expect(await rows('manager')).toContain(ctx.f.loan);
      }),
    ],
  },
  ...reportRows(),
  campaignReturn: {
    probes: [
      notFound('officerId', ['officer4', 'officer2', 'managerBdg', 'marketingBdg'], REPORT_QUERIES.campaignReturn, (f) => ({ o: f.ids.officer1 }), 'manager'),
      notFound(
        'officeId',
        ['officer2', 'managerBdg', 'marketingBdg'],
        REPORT_QUERIES.campaignReturn.replace('officerId', 'officeId'),
        (f) => ({ o: f.offices.ho }),
        'manager',
      ),
    ],
  },
  cashFlow: {
    probes: [
      notFound('officerId', ['officer4', 'officer2', 'managerBdg'], CASH_FLOW, (f) => ({ o: f.ids.officer1 }), 'manager'),
      notFound('officeId', ['officer2', 'managerBdg'], CASH_FLOW.replace('officerId', 'officeId'), (f) => ({ o: f.offices.ho }), 'manager'),
      forbidden('officerId', ['marketing'], CASH_FLOW, (f) => ({ o: f.ids.officer1 })),
    ],
  },
  budgetVsActual: {
    probes: [
      notFound('officeId', ['managerBdg', 'marketingBdg'], BUDGET_VS_ACTUAL, (f) => ({ o: f.offices.ho }), 'manager'),
      forbidden('officeId', ['officer1'], BUDGET_VS_ACTUAL, (f) => ({ o: f.offices.ho })),
    ],
  },
  recommendations: {
    probes: [notFound('officeId', ['officer2', 'managerBdg', 'marketingBdg'], RECOMMENDATIONS, (f) => ({ o: f.offices.ho }), 'manager')],
  },
  journalExport: {
    probes: [
      notFound('officeId', ['managerBdg'], JOURNAL_EXPORT, (f) => ({ o: f.offices.ho }), 'manager'),
      forbidden('officeId', ['officer1', 'marketing'], JOURNAL_EXPORT, (f) => ({ o: f.offices.ho })),
    ],
  },
  setAccountMapping: {
    note: "admins only: the product named is not a record in anyone else's reach",
    probes: [
      forbidden(
        'input.productId',
        ['manager', 'officer1', 'marketing'],
        `mutation($i: SetAccountMappingInput!) { setAccountMapping(input: $i) { id } }`,
        (f) => ({
          i: { account: 'INTEREST_INCOME', productId: f.product, code: '4-1101', name: 'Pendapatan bunga mikro' },
        }),
      ),
    ],
  },
  officerPerformance: {
    probes: [
      notFound(
        'officerId',
        ['officer4', 'officer2', 'managerBdg'],
        `query($o: ID) { officerPerformance(month: "2026-10", officerId: $o) { rows { officer { name } } } }`,
        (f) => ({ o: f.ids.officer1 }),
        'manager',
      ),
      notFound(
        'officeId',
        ['officer2', 'managerBdg'],
        `query($o: ID) { officerPerformance(month: "2026-10", officeId: $o) { rows { officer { name } } } }`,
        (f) => ({ o: f.offices.ho }),
        'manager',
      ),
      forbidden('officerId', ['marketing'], `query($o: ID) { officerPerformance(month: "2026-10", officerId: $o) { rows { officer { name } } } }`, (f) => ({
        o: f.ids.officer1,
      })),
    ],
  },
  targets: {
    probes: [
      notFound(
        'officeId',
        ['officer2', 'managerBdg'],
        `query($o: ID) { targets(month: "2026-10", officeId: $o) { metric value } }`,
        (f) => ({ o: f.offices.ho }),
        'manager',
      ),
    ],
  },
  workReport: {
    probes: [
      notFound(
        'officerId',
        ['officer4', 'officer2', 'managerBdg'],
        `query($o: ID!) { workReport(officerId: $o, period: { kind: MONTH, date: "2026-10-01" }) { officer { name } plans } }`,
        (f) => ({ o: f.ids.officer1 }),
        'manager',
      ),
      forbidden('officerId', ['marketing'], `query($o: ID!) { workReport(officerId: $o, period: { kind: MONTH, date: "2026-10-01" }) { plans } }`, (f) => ({
        o: f.ids.officer1,
      })),
    ],
  },
  workReports: {
    probes: [
      notFound(
        'officeId',
        ['officer2', 'managerBdg'],
        `query($o: ID) { workReports(period: { kind: MONTH, date: "2026-10-01" }, officeId: $o) { officer { name } } }`,
        (f) => ({ o: f.offices.ho }),
        'manager',
      ),
    ],
  },
  acknowledgeWorkReport: {
    probes: [
      // officer1 submits October's report; a manager of another branch cannot acknowledge it, an officer may not at all.
      custom('input.id', ['managerBdg', 'officer1'], async (ctx, as) => {
        const submit = `mutation { submitWorkReport(input: { period: { kind: MONTH, date: "2026-10-01" }, plans: "Rencana ${SECRET}" }) { id version } }`;
        const read = `query($o: ID!) { workReport(officerId: $o, period: { kind: MONTH, date: "2026-10-01" }) { id version status } }`;
        let report = expectData(await ctx.gql('officer1', read, { o: ctx.f.ids.officer1 })).workReport as { id: string | null; version: number };
        if (report.id === null) report = expectData(await ctx.gql('officer1', submit)).submitWorkReport as { id: string; version: number };
        const acknowledge = `mutation($i: AcknowledgeWorkReportInput!) { acknowledgeWorkReport(input: $i) { id status plans } }`;
        const result = await ctx.gql(as, acknowledge, { i: { id: report.id, version: report.version, comment: null } });
        expect(errorCode(result), `${as}: ${JSON.stringify(result.errors)}`).toBe(as === 'officer1' ? 'FORBIDDEN' : 'NOT_FOUND');
        leaksNothing(result);
        const after = expectData(await ctx.gql('officer1', read, { o: ctx.f.ids.officer1 })).workReport as { status: string };
        expect(after.status).toBe('SUBMITTED');
      }),
    ],
  },
  setTarget: {
    probes: [
      notFound(
        'input.officerId',
        ['managerBdg'],
        `mutation($i: SetTargetInput!) { setTarget(input: $i) { id } }`,
        (f) => ({ i: { officerId: f.ids.officer1, month: '2026-10', metric: 'VISITS', value: '5' } }),
        'manager',
      ),
      forbidden('input.officerId', ['officer1', 'marketing'], `mutation($i: SetTargetInput!) { setTarget(input: $i) { id } }`, (f) => ({
        i: { officerId: f.ids.officer1, month: '2026-10', metric: 'VISITS', value: '5' },
      })),
    ],
  },
  setTargets: {
    probes: [
      notFound(
        'input.targets.officerId',
        ['managerBdg'],
        `mutation($i: SetTargetsInput!) { setTargets(input: $i) { id } }`,
        (f) => ({ i: { month: '2026-10', targets: [{ officerId: f.ids.officer1, metric: 'NOA', value: '2' }] } }),
        'manager',
      ),
      forbidden('input.targets.officerId', ['officer4', 'marketing'], `mutation($i: SetTargetsInput!) { setTargets(input: $i) { id } }`, (f) => ({
        i: { month: '2026-10', targets: [{ officerId: f.ids.officer1, metric: 'NOA', value: '2' }] },
      })),
    ],
  },
  portfolioQuality: {
    probes: (['officerId', 'officeId'] as const).map((key) =>
      // officer4 works in the head office too: its own loans there count, so only the officer filter applies.
      custom(key, key === 'officerId' ? ['officer4', 'officer2', 'managerBdg'] : ['officer2', 'managerBdg'], async (ctx, as) => {
        const query = `query($o: ID) { portfolioQuality(${key}: $o) { loanCount outstandingPrincipal } }`;
        const id = key === 'officerId' ? ctx.f.ids.officer1 : ctx.f.offices.ho;
        const outside = expectData(await ctx.gql(as, query, { o: id })).portfolioQuality as { loanCount: number };
        // Nothing of officer1's book (in the head office) counts for them; the manager's tree holds it.
        expect(outside.loanCount, `${as} counts loans out of reach`).toBe(0);
        expect((expectData(await ctx.gql('manager', query, { o: id })).portfolioQuality as { loanCount: number }).loanCount).toBeGreaterThan(0);
      }),
    ),
  },
  leadBoard: {
    probes: [
      excluded(
        'filter.ownerId',
        ['officer4', 'managerBdg', 'marketing'],
        `query($f: LeadFilterInput) { leadBoard(filter: $f, perColumn: 100) { columns { count cards { id fullName } } } }`,
        (f) => ({ f: { ownerId: f.ids.officer1 } }),
        leadBoardRead,
        (f) => f.lead,
        'manager',
      ),
      excluded(
        'filter.campaignId',
        ['officer2', 'marketingBdg', 'managerBdg'],
        `query($f: LeadFilterInput) { leadBoard(filter: $f, perColumn: 100) { columns { count cards { id fullName } } } }`,
        (f) => ({ f: { campaignId: f.campaign } }),
        leadBoardRead,
        (f) => f.poolLead,
        'marketing',
      ),
    ],
  },
  leadColumn: {
    probes: [
      excluded(
        'filter.ownerId',
        ['officer4', 'managerBdg', 'marketing'],
        `query($f: LeadFilterInput) { leadColumn(stage: NEW, filter: $f, first: 100) { cards { id fullName } } }`,
        (f) => ({ f: { ownerId: f.ids.officer1 } }),
        (d) => ({ ids: ids(d.leadColumn.cards) }),
        (f) => f.lead,
        'officer1',
      ),
      excluded(
        'filter.campaignId',
        ['officer2', 'marketingBdg', 'managerBdg'],
        `query($f: LeadFilterInput) { leadColumn(stage: NEW, filter: $f, first: 100) { cards { id fullName } } }`,
        (f) => ({ f: { campaignId: f.campaign } }),
        (d) => ({ ids: ids(d.leadColumn.cards) }),
        (f) => f.poolLead,
        'marketing',
      ),
    ],
  },
  leadExportUrl: {
    probes: [
      exportProbe(
        'filter.ownerId',
        ['officer4', 'managerBdg', 'marketing'],
        (f) => ({ ownerId: f.ids.officer1 }),
        (f) => f.lead,
      ),
      exportProbe(
        'filter.campaignId',
        ['officer2', 'managerBdg', 'marketingBdg'],
        (f) => ({ campaignId: f.campaign }),
        (f) => f.poolLead,
      ),
    ],
  },
  checkImport: {
    probes: [
      notFound(
        'importId',
        ['officer4', 'marketing', 'managerBdg'],
        `query($id: ID!) { checkImport(importId: $id, mapping: { fullName: "Nama", phone: "Telepon" }) { validRows problems { reason } } }`,
        (f) => ({ id: f.leadImport }),
        'officer1',
      ),
    ],
  },
  checkLoanImport: {
    note: 'Managers (their office tree) and admins import loan books',
    probes: [
      forbidden(
        'importId',
        ['officer1', 'marketing'],
        `query($id: ID!) { checkLoanImport(importId: $id, mapping: { externalNumber: "No Pinjaman", client: "NIK", product: "NIK", principal: "NIK", annualRate: "NIK", tenorMonths: "NIK", disbursementDate: "NIK", firstDueDate: "NIK" }) { validRows } }`,
        (f) => ({ id: f.loanImport }),
      ),
      notFound(
        'importId',
        ['managerBdg'],
        `query($id: ID!) { checkLoanImport(importId: $id, mapping: { externalNumber: "No Pinjaman", client: "NIK", product: "NIK", principal: "NIK", annualRate: "NIK", tenorMonths: "NIK", disbursementDate: "NIK", firstDueDate: "NIK" }) { validRows problems { reason } } }`,
        (f) => ({ id: f.loanImport }),
        'manager',
      ),
    ],
  },
  leadImport: {
    probes: [
      notFound(
        'id',
        ['officer4', 'marketing', 'managerBdg'],
        `query($id: ID!) { leadImport(id: $id) { id fileName preview { cells } } }`,
        (f) => ({ id: f.leadImport }),
        'officer1',
      ),
    ],
  },
  leads: {
    probes: [
      excluded(
        'filter.ownerId',
        ['officer4', 'managerBdg', 'marketing'],
        `query($f: LeadFilterInput) { leads(filter: $f, first: 100) { totalCount nodes { id fullName } } }`,
        (f) => ({ f: { ownerId: f.ids.officer1 } }),
        (d) => ({ ids: ids(d.leads.nodes), count: d.leads.totalCount }),
        (f) => f.lead,
        'manager',
      ),
      excluded(
        'filter.campaignId',
        ['officer2', 'marketingBdg', 'managerBdg'],
        `query($f: LeadFilterInput) { leads(filter: $f, first: 100) { totalCount nodes { id fullName } } }`,
        (f) => ({ f: { campaignId: f.campaign } }),
        (d) => ({ ids: ids(d.leads.nodes), count: d.leads.totalCount }),
        (f) => f.poolLead,
        'marketing',
      ),
    ],
  },
  offer: {
    probes: [
      notFound('id', ['officer4', 'managerBdg', 'marketing'], `query($id: ID!) { offer(id: $id) { id amount } }`, (f) => ({ id: f.offer }), 'officer1'),
      notFound('id', ['officer4', 'managerBdg', 'marketing'], `query($id: ID!) { offer(id: $id) { id amount } }`, (f) => ({ id: f.clientOffer }), 'officer1'),
    ],
  },
  offers: {
    probes: [
      excluded(
        'filter.leadId',
        ['officer4', 'managerBdg', 'marketing'],
        `query($id: ID) { offers(filter: { leadId: $id }, first: 100) { nodes { id } } }`,
        (f) => ({ id: f.lead }),
        (d) => ({ ids: ids(d.offers.nodes) }),
        (f) => f.offer,
        'officer1',
      ),
      excluded(
        'filter.clientId',
        ['officer4', 'managerBdg', 'marketing'],
        `query($id: ID) { offers(filter: { clientId: $id }, first: 100) { nodes { id } } }`,
        (f) => ({ id: f.client }),
        (d) => ({ ids: ids(d.offers.nodes) }),
        (f) => f.clientOffer,
        'officer1',
      ),
    ],
  },
  office: {
    probes: [notFound('id', OUTSIDERS_OF_OFFICE, `query($id: ID!) { office(id: $id) { id name } }`, (f) => ({ id: f.offices.ho }), 'officer1')],
  },
  product: {
    probes: [open('id', ['officer2', 'marketingBdg', 'managerBdg'], `query($id: ID!) { product(id: $id) { id code } }`, (f) => ({ id: f.product }))],
    note: 'the product catalog is read by everyone signed in',
  },
  staleLeads: {
    probes: [
      custom('ownerId', ['officer4', 'managerBdg', 'marketing'], async (ctx, as) => {
        ctx.setClock(new Date('2027-03-01T03:00:00Z'));
        try {
          const query = `query($o: ID) { staleLeads(ownerId: $o, first: 100) { nodes { id fullName } } }`;
          const theirs = ids(expectData(await ctx.gql(as, query, { o: ctx.f.ids.officer1 })).staleLeads.nodes);
          expect(theirs).not.toContain(ctx.f.lead);
          const reachable = new Set(await listed(ctx, as, { ownerId: ctx.f.ids.officer1 }));
          expect(theirs.filter((id) => !reachable.has(id))).toEqual([]);
          expect(ids(expectData(await ctx.gql('manager', query, { o: ctx.f.ids.officer1 })).staleLeads.nodes)).toContain(ctx.f.lead);
        } finally {
          ctx.setClock(FIXTURE_NOW);
        }
      }),
    ],
  },
  task: {
    probes: [notFound('id', OUTSIDERS_OF_TASK, `query($id: ID!) { task(id: $id) { id title } }`, (f) => ({ id: f.task }), 'marketing')],
  },
  taskAssignees: {
    probes: [notFound('taskId', OUTSIDERS_OF_TASK, `query($id: ID) { taskAssignees(taskId: $id) { id name } }`, (f) => ({ id: f.task }), 'marketing')],
  },
  taskBoard: {
    probes: [
      excluded(
        'filter.campaignId',
        ['officer2', 'marketingBdg', 'managerBdg'],
        `query($f: TaskFilterInput) { taskBoard(filter: $f, perColumn: 100) { columns { count cards { id title } } } }`,
        (f) => ({ f: { campaignId: f.campaign } }),
        taskBoardRead,
        (f) => f.task,
        'marketing',
      ),
      excluded(
        'filter.assigneeId',
        ['officer4', 'marketingBdg', 'managerBdg'],
        `query($f: TaskFilterInput) { taskBoard(filter: $f, perColumn: 100) { columns { count cards { id title } } } }`,
        (f) => ({ f: { assigneeId: f.ids.marketing } }),
        taskBoardRead,
        (f) => f.task,
        'manager',
      ),
    ],
  },
  taskColumn: {
    probes: [
      excluded(
        'filter.campaignId',
        ['officer2', 'marketingBdg', 'managerBdg'],
        `query($f: TaskFilterInput) { taskColumn(status: TODO, filter: $f) { cards { id title } } }`,
        (f) => ({ f: { campaignId: f.campaign } }),
        (d) => ({ ids: ids(d.taskColumn.cards) }),
        (f) => f.task,
        'marketing',
      ),
      excluded(
        'filter.assigneeId',
        ['officer4', 'marketingBdg', 'managerBdg'],
        `query($f: TaskFilterInput) { taskColumn(status: TODO, filter: $f) { cards { id title } } }`,
        (f) => ({ f: { assigneeId: f.ids.marketing } }),
        (d) => ({ ids: ids(d.taskColumn.cards) }),
        (f) => f.task,
        'officer1',
      ),
    ],
  },
  timeline: {
    probes: [
      notFound(
        'leadId',
        ['officer4', 'managerBdg', 'marketing'],
        `query($id: ID) { timeline(leadId: $id, first: 100) { nodes { kind summary } } }`,
        (f) => ({ id: f.lead }),
        'officer1',
      ),
      notFound(
        'clientId',
        ['officer4', 'managerBdg', 'marketing'],
        `query($id: ID) { timeline(clientId: $id, first: 100) { nodes { kind summary } } }`,
        (f) => ({ id: f.client }),
        'officer1',
      ),
    ],
  },
  user: {
    probes: [notFound('id', OUTSIDERS_OF_OFFICE, `query($id: ID!) { user(id: $id) { id email } }`, (f) => ({ id: f.ids.officer1 }), 'manager')],
  },
  users: {
    probes: [
      excluded(
        'filter.officeId',
        OUTSIDERS_OF_OFFICE,
        `query($o: ID) { users(filter: { officeId: $o }, first: 100) { nodes { id email } } }`,
        (f) => ({ o: f.offices.ho }),
        (d) => ({ ids: ids(d.users.nodes) }),
        (f) => f.ids.officer1,
        'officer4',
      ),
    ],
  },

  // --- Mutations ---
  acceptOffer: {
    probes: [notFound('id', ['officer4', 'managerBdg', 'marketing'], `mutation($id: ID!) { acceptOffer(id: $id) { id } }`, (f) => ({ id: f.offer }))],
  },
  archiveLead: { probes: [notFound('id', OUTSIDERS_OF_LEAD, `mutation($id: ID!) { archiveLead(id: $id) { id } }`, (f) => ({ id: f.lead }))] },
  archiveTask: {
    probes: [
      notFound('id', OUTSIDERS_OF_TASK, `mutation($id: ID!, $v: Int!) { archiveTask(id: $id, expectedVersion: $v) { id } }`, (f) => ({
        id: f.task,
        v: f.taskVersion,
      })),
    ],
  },
  claimLead: {
    probes: [
      notFound('id', ['officer2', 'officer3'], `mutation($id: ID!) { claimLead(id: $id) { id } }`, (f) => ({ id: f.poolLead })),
      notFound('id', ['officer4'], `mutation($id: ID!) { claimLead(id: $id) { id } }`, (f) => ({ id: f.bdgLead })),
    ],
  },
  commentTask: {
    probes: [notFound('taskId', OUTSIDERS_OF_TASK, `mutation($id: ID!) { commentTask(taskId: $id, body: "Halo") { id } }`, (f) => ({ id: f.task }))],
  },
  completeActivity: {
    probes: [
      notFound(
        'input.id',
        ['officer4', 'managerBdg', 'marketing'],
        `mutation($id: ID!) { completeActivity(input: { id: $id, outcome: REACHED }) { completed { id } } }`,
        (f) => ({ id: f.activity }),
      ),
    ],
  },
  createCampaign: {
    probes: [
      sameAsMissing(
        'input.officeId',
        ['marketingBdg', 'managerBdg'],
        `mutation($input: CampaignFieldsInput!) { createCampaign(input: $input) { id } }`,
        (_f, id) => ({ input: { name: 'Brosur', channel: 'BROCHURE', startDate: '2026-12-01', endDate: '2026-12-31', officeId: id } }),
        (f) => f.offices.ho,
      ),
      open('input.productId', ['marketingBdg'], `mutation($input: CampaignFieldsInput!) { createCampaign(input: $input) { id } }`, (f) => ({
        input: { name: 'Brosur KUR', channel: 'BROCHURE', startDate: '2026-12-01', endDate: '2026-12-31', productId: f.product },
      })),
    ],
  },
  createClient: {
    probes: [
      sameAsMissing(
        'input.officerId',
        ['managerBdg', 'officer2'],
        `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`,
        (_f, id) => ({ input: { type: 'PERSON', name: 'Nasabah Baru', officerId: id } }),
        (f) => f.ids.officer1,
      ),
    ],
  },
  createLead: {
    probes: [
      sameAsMissing(
        'input.campaignId',
        ['marketingBdg', 'officer2'],
        `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
        (_f, id) => ({ input: { fullName: 'Calon Baru', source: 'EVENT', estimatedAmount: '1000000.00', campaignId: id } }),
        (f) => f.campaign,
      ),
      sameAsMissing(
        'input.officeId',
        ['managerBdg'],
        `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
        (_f, id) => ({ input: { fullName: 'Calon Baru', source: 'EVENT', estimatedAmount: '1000000.00', officeId: id } }),
        (f) => f.offices.ho,
      ),
      sameAsMissing(
        'input.ownerId',
        ['managerBdg', 'officer2'],
        `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`,
        (_f, id) => ({ input: { fullName: 'Calon Baru', source: 'EVENT', estimatedAmount: '1000000.00', ownerId: id } }),
        (f) => f.ids.officer1,
      ),
      open('input.productId', ['officer2'], `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, (f) => ({
        input: { fullName: 'Calon KUR', source: 'EVENT', estimatedAmount: '1000000.00', productId: f.product },
      })),
    ],
  },
  createMessageTemplate: {
    probes: [
      forbidden('input.id', ['officer1', 'marketing'], `mutation($input: MessageTemplateInput!) { createMessageTemplate(input: $input) { id } }`, () => ({
        input: { id: '1', code: 'X', name: 'X', body: 'Halo' },
      })),
    ],
    note: 'message templates are shared by the whole institution and edited by managers and admins; a new one ignores input.id',
  },
  createOffer: {
    probes: [
      notFound('input.leadId', ['officer4', 'managerBdg', 'marketing'], `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, (f) => ({
        input: { leadId: f.lead, productId: f.product, amount: '20000000.00', tenorMonths: 12, annualRate: 6 },
      })),
      notFound('input.clientId', ['officer4', 'managerBdg', 'marketing'], `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, (f) => ({
        input: { clientId: f.client, productId: f.product, amount: '20000000.00', tenorMonths: 12, annualRate: 6 },
      })),
      open('input.productId', ['officer2'], `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, (f) => ({
        input: { leadId: f.bdgLead, productId: f.product, amount: '20000000.00', tenorMonths: 12, annualRate: 6 },
      })),
    ],
  },
  createOffice: {
    probes: [
      forbidden('input.parentId', NOT_ADMINS, `mutation($input: CreateOfficeInput!) { createOffice(input: $input) { id } }`, (f) => ({
        input: { code: 'KC-X', name: 'X', parentId: f.offices.ho },
      })),
    ],
    note: 'admins only, and admins reach every office',
  },
  createTask: {
    probes: [
      sameAsMissing(
        'input.campaignId',
        ['officer2', 'marketingBdg'],
        `mutation($input: TaskFieldsInput!) { createTask(input: $input) { id } }`,
        (_f, id) => ({ input: { title: 'Minta brosur', campaignId: id } }),
        (f) => f.campaign,
      ),
      sameAsMissing(
        'input.leadId',
        ['officer4', 'officer2'],
        `mutation($input: TaskFieldsInput!) { createTask(input: $input) { id } }`,
        (_f, id) => ({ input: { title: 'Minta brosur', leadId: id } }),
        (f) => f.lead,
      ),
      sameAsMissing(
        'input.assigneeId',
        ['officer2'],
        `mutation($input: TaskFieldsInput!) { createTask(input: $input) { id } }`,
        (_f, id) => ({ input: { title: 'Minta brosur', assigneeId: id } }),
        (f) => f.ids.marketing,
      ),
    ],
  },
  createUser: {
    probes: [
      forbidden('input.officeId', NOT_ADMINS, `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, (f) => ({
        input: { email: 'x@prospek.test', name: 'X', role: 'OFFICER', officeId: f.offices.ho, password: 'rahasia123' },
      })),
    ],
    note: 'admins only',
  },
  disburseLoan: {
    probes: [
      sameAsMissing(
        'input.offerId',
        ['officer4', 'officer2', 'managerBdg', 'marketing'],
        `mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { id } }`,
        (_f, id) => ({ input: { offerId: id, disbursementDate: '2026-11-20', firstDueDate: '2026-12-20' } }),
        (f) => f.loanOffer,
      ),
    ],
  },
  postRepayment: {
    probes: [
      sameAsMissing(
        'input.loanId',
        ['officer4', 'officer2', 'managerBdg', 'marketing'],
        `mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { id } }`,
        (_f, id) => ({ input: { loanId: id, amount: '1000.00', valueDate: '2026-11-22', channel: 'CASH' } }),
        (f) => f.loan,
      ),
    ],
  },
  postRepayments: {
    probes: [
      custom('input.items.loanId', ['officer4', 'officer2', 'managerBdg'], async (ctx, as) => {
        const query = `mutation($input: PostRepaymentsInput!) { postRepayments(input: $input) { outcome repaymentId loanId outstandingPrincipal errorCode errorField } }`;
        const item = (loanId: string, key: string) => ({ key, loanId, amount: '1000.00', valueDate: '2026-11-22', channel: 'CASH' });
        const [outside, missing] = expectData(
          await ctx.gql(as, query, { input: { items: [item(ctx.f.loan, `reach-${as}-1`), item(MISSING, `reach-${as}-2`)] } }),
        ).postRepayments as Array<Record<string, unknown>>;
        // A loan out of reach is refused exactly as a loan that does not exist, with none of its figures.
        expect({ ...outside, loanId: null }).toEqual({ ...missing, loanId: null });
        expect(outside).toMatchObject({ outcome: 'REFUSED', repaymentId: null, outstandingPrincipal: null, errorCode: 'NOT_ALLOWED' });
      }),
      forbidden('input.items.loanId', ['marketing'], `mutation($input: PostRepaymentsInput!) { postRepayments(input: $input) { outcome } }`, (f) => ({
        input: { items: [{ key: 'reach-marketing', loanId: f.loan, amount: '1000.00', valueDate: '2026-11-22', channel: 'CASH' }] },
      })),
    ],
    note: 'each payment of the file as postRepayment: a loan out of reach is refused as a missing one',
  },
  recordPaymentPromise: {
    probes: [
      sameAsMissing(
        'input.loanId',
        COLLECTION_OUTSIDERS,
        `mutation($input: RecordPaymentPromiseInput!) { recordPaymentPromise(input: $input) { id } }`,
        (_f, id) => ({ input: { loanId: id, promiseDate: '2026-11-25', promiseAmount: '100000.00' } }),
        (f) => f.overdueLoan,
      ),
      forbidden('input.loanId', ['marketing'], `mutation($input: RecordPaymentPromiseInput!) { recordPaymentPromise(input: $input) { id } }`, (f) => ({
        input: { loanId: f.overdueLoan, promiseDate: '2026-11-25', promiseAmount: '100000.00' },
      })),
    ],
  },
  restructureLoan: {
    probes: [
      sameAsMissing(
        'input.loanId',
        ['managerBdg'],
        `mutation($input: RestructureLoanInput!) { restructureLoan(input: $input) { id } }`,
        (_f, id) => ({
          input: { loanId: id, kind: 'RESCHEDULING', newTenorMonths: 24, newAnnualRate: 6, effectiveDate: '2026-11-23', reason: 'Usaha sepi' },
        }),
        (f) => f.loan,
      ),
      forbidden('input.loanId', ['officer1', 'marketing'], `mutation($input: RestructureLoanInput!) { restructureLoan(input: $input) { id } }`, (f) => ({
        input: { loanId: f.loan, kind: 'RESCHEDULING', newTenorMonths: 24, newAnnualRate: 6, effectiveDate: '2026-11-23', reason: 'Usaha sepi' },
      })),
    ],
    note: 'managers (their office tree) and admins restructure',
  },
  writeOffLoan: {
    probes: [
      sameAsMissing(
        'input.loanId',
        ['managerBdg'],
        `mutation($input: WriteOffLoanInput!) { writeOffLoan(input: $input) { id } }`,
        (_f, id) => ({ input: { loanId: id, date: '2026-11-23', reason: 'Macet', version: 1 } }),
        (f) => f.loan,
      ),
      forbidden('input.loanId', ['officer1', 'marketing'], `mutation($input: WriteOffLoanInput!) { writeOffLoan(input: $input) { id } }`, (f) => ({
        input: { loanId: f.loan, date: '2026-11-23', reason: 'Macet', version: 1 },
      })),
    ],
    note: 'managers (their office tree) and admins write loans off',
  },
  restoreLead: { probes: [notFound('id', OUTSIDERS_OF_LEAD, `mutation($id: ID!) { restoreLead(id: $id) { id } }`, (f) => ({ id: f.lead }))] },
  reverseRepayment: {
    probes: [
      notFound('id', ['officer4', 'officer2', 'managerBdg'], `mutation($id: ID!) { reverseRepayment(id: $id, reason: "Salah catat") { id } }`, (f) => ({
        id: f.repayment,
      })),
      forbidden('id', ['marketing'], `mutation($id: ID!) { reverseRepayment(id: $id, reason: "Salah catat") { id } }`, (f) => ({ id: f.repayment })),
    ],
  },
  updateLoanProductTerms: {
    probes: [
      forbidden(
        'input.productId',
        NOT_ADMINS,
        `mutation($input: UpdateLoanProductTermsInput!) { updateLoanProductTerms(input: $input) { productId } }`,
        (f) => ({ input: { productId: f.product, allocationPreset: 'PRINCIPAL_FIRST', graceDays: 0, toleranceAmount: '0', penaltyPercentPerDay: 0 } }),
      ),
    ],
    note: 'admins only',
  },
  deactivateUser: {
    probes: [forbidden('id', NOT_ADMINS, `mutation($id: ID!) { deactivateUser(id: $id) { id } }`, (f) => ({ id: f.ids.officer2 }))],
    note: 'admins only',
  },
  declineOffer: {
    probes: [
      notFound('id', ['officer4', 'managerBdg', 'marketing'], `mutation($id: ID!) { declineOffer(id: $id, reason: "Tidak jadi") { id } }`, (f) => ({
        id: f.offer,
      })),
    ],
  },
  importLoans: {
    note: 'Managers (their office tree) and admins import loan books',
    probes: [
      forbidden(
        'importId',
        ['officer1', 'marketing'],
        `mutation($id: ID!) { importLoans(importId: $id, mapping: { externalNumber: "No Pinjaman", client: "NIK", product: "NIK", principal: "NIK", annualRate: "NIK", tenorMonths: "NIK", disbursementDate: "NIK", firstDueDate: "NIK" }) { id } }`,
        (f) => ({ id: f.loanImport }),
      ),
      notFound(
        'importId',
        ['managerBdg'],
        `mutation($id: ID!) { importLoans(importId: $id, mapping: { externalNumber: "No Pinjaman", client: "NIK", product: "NIK", principal: "NIK", annualRate: "NIK", tenorMonths: "NIK", disbursementDate: "NIK", firstDueDate: "NIK" }) { id } }`,
        (f) => ({ id: f.loanImport }),
      ),
    ],
  },
  importLeads: {
    probes: [
      notFound(
        'importId',
        ['officer4', 'marketing', 'managerBdg'],
        `mutation($id: ID!) { importLeads(importId: $id, mapping: { fullName: "Nama", phone: "Telepon" }) { id } }`,
        (f) => ({ id: f.leadImport }),
      ),
    ],
  },
  logActivity: {
    probes: [
      notFound('input.leadId', ['officer4', 'managerBdg', 'marketing'], `mutation($input: LogActivityInput!) { logActivity(input: $input) { id } }`, (f) => ({
        input: { leadId: f.lead, type: 'CALL', outcome: 'REACHED' },
      })),
      notFound('input.clientId', ['officer4', 'managerBdg', 'marketing'], `mutation($input: LogActivityInput!) { logActivity(input: $input) { id } }`, (f) => ({
        input: { clientId: f.client, type: 'CALL', outcome: 'REACHED' },
      })),
    ],
  },
  markNotificationsRead: {
    probes: [
      custom('ids', ['officer2', 'manager', 'admin'], async (ctx, as) => {
        const marked = expectData(
          await ctx.gql(as, `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`, { ids: [ctx.f.notification] }),
        ).markNotificationsRead;
        expect(marked).toBe(0);
        const mine = expectData(await ctx.gql('officer1', `{ notifications(unreadOnly: true, first: 100) { nodes { id } } }`)).notifications.nodes;
        expect(ids(mine)).toContain(ctx.f.notification);
      }),
    ],
    note: 'notifications belong to one user: others’ ids are ignored',
  },
  moveCollectionCase: {
    probes: [
      notFound(
        'input.id',
        COLLECTION_OUTSIDERS,
        `mutation($input: MoveCollectionCaseInput!) { moveCollectionCase(input: $input) { id client { name } } }`,
        (f) => ({ input: { id: f.collectionCase, status: 'CONTACTED', expectedVersion: 1 } }),
      ),
      forbidden('input.id', ['marketing'], `mutation($input: MoveCollectionCaseInput!) { moveCollectionCase(input: $input) { id } }`, (f) => ({
        input: { id: f.collectionCase, status: 'CONTACTED', expectedVersion: 1 },
      })),
      caseAnchorProbe('input.afterId'),
      caseAnchorProbe('input.beforeId'),
    ],
  },
  moveLead: {
    probes: [
      notFound('input.id', OUTSIDERS_OF_LEAD, `mutation($input: MoveLeadInput!) { moveLead(input: $input) { id } }`, (f) => ({
        input: { id: f.lead, stage: 'CONTACTED', expectedVersion: f.leadVersion },
      })),
      anchorProbe('input.afterId', 'lead'),
      anchorProbe('input.beforeId', 'lead'),
    ],
  },
  moveTask: {
    probes: [
      notFound('input.id', OUTSIDERS_OF_TASK, `mutation($input: MoveTaskInput!) { moveTask(input: $input) { task { id } } }`, (f) => ({
        input: { id: f.task, status: 'IN_PROGRESS', expectedVersion: f.taskVersion },
      })),
      anchorProbe('input.afterId', 'task'),
      anchorProbe('input.beforeId', 'task'),
    ],
  },
  presentOffer: {
    probes: [notFound('id', ['officer4', 'managerBdg', 'marketing'], `mutation($id: ID!) { presentOffer(id: $id) { id } }`, (f) => ({ id: f.offer }))],
  },
  reactivateUser: {
    probes: [forbidden('id', NOT_ADMINS, `mutation($id: ID!) { reactivateUser(id: $id) { id } }`, (f) => ({ id: f.ids.officer2 }))],
    note: 'admins only',
  },
  reassignLead: {
    probes: [
      notFound('id', ['managerBdg'], `mutation($id: ID!, $o: ID!) { reassignLead(id: $id, ownerId: $o, reason: "Cuti") { id } }`, (f) => ({
        id: f.lead,
        o: f.ids.officer2,
      })),
      forbidden('id', ['officer1', 'marketing'], `mutation($id: ID!, $o: ID!) { reassignLead(id: $id, ownerId: $o, reason: "Cuti") { id } }`, (f) => ({
        id: f.lead,
        o: f.ids.officer4,
      })),
      sameAsMissing(
        'ownerId',
        ['managerBdg'],
        `mutation($id: ID!, $o: ID!) { reassignLead(id: $id, ownerId: $o, reason: "Cuti") { id } }`,
        (f, id) => ({ id: f.bdgLead, o: id }),
        (f) => f.ids.officer1,
      ),
    ],
  },
  reassignPortfolio: {
    probes: [
      sameAsMissing(
        'fromOfficerId',
        ['managerBdg'],
        `mutation($from: ID!, $to: ID!) { reassignPortfolio(fromOfficerId: $from, toOfficerId: $to, reason: "Mutasi") { leads } }`,
        (f, id) => ({ from: id, to: f.ids.officer3 }),
        (f) => f.ids.officer1,
      ),
      sameAsMissing(
        'toOfficerId',
        ['managerBdg'],
        `mutation($from: ID!, $to: ID!) { reassignPortfolio(fromOfficerId: $from, toOfficerId: $to, reason: "Mutasi") { leads } }`,
        (f, id) => ({ from: f.ids.officer3, to: id }),
        (f) => f.ids.officer1,
      ),
      forbidden(
        'fromOfficerId',
        ['officer1', 'marketing'],
        `mutation($from: ID!, $to: ID!) { reassignPortfolio(fromOfficerId: $from, toOfficerId: $to, reason: "Mutasi") { leads } }`,
        (f) => ({ from: f.ids.officer1, to: f.ids.officer4 }),
      ),
    ],
  },
  resetPassword: {
    probes: [forbidden('id', NOT_ADMINS, `mutation($id: ID!) { resetPassword(id: $id) { temporaryPassword } }`, (f) => ({ id: f.ids.officer2 }))],
    note: 'admins only',
  },
  scheduleActivity: {
    probes: [
      notFound(
        'input.leadId',
        ['officer4', 'managerBdg', 'marketing'],
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        (f) => ({ input: { leadId: f.lead, type: 'CALL', dueAt: '2026-11-30T03:00:00.000Z' } }),
      ),
      notFound(
        'input.clientId',
        ['officer4', 'managerBdg', 'marketing'],
        `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`,
        (f) => ({ input: { clientId: f.client, type: 'CALL', dueAt: '2026-11-30T03:00:00.000Z' } }),
      ),
    ],
  },
  setLeadDocument: {
    probes: [
      notFound('leadId', OUTSIDERS_OF_LEAD, `mutation($id: ID!) { setLeadDocument(leadId: $id, code: "KTP", received: true) { id } }`, (f) => ({ id: f.lead })),
    ],
  },
  updateBoardColumnSetting: {
    probes: [
      notFound(
        'officeId',
        ['managerBdg'],
        `mutation($o: ID) { updateBoardColumnSetting(board: "tasks", columnKey: "REVIEW", wipLimit: 9, hardLimit: true, officeId: $o) { wipLimit } }`,
        (f) => ({ o: f.offices.ho }),
      ),
      forbidden(
        'officeId',
        ['officer1', 'marketing'],
        `mutation($o: ID) { updateBoardColumnSetting(board: "tasks", columnKey: "REVIEW", wipLimit: 9, hardLimit: true, officeId: $o) { wipLimit } }`,
        (f) => ({ o: f.offices.ho }),
      ),
    ],
    note: 'managers set the limits of offices they reach; admins any',
  },
  updateCampaign: {
    probes: [
      notFound('input.id', ['managerBdg', 'marketingBdg'], `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id } }`, (f) => ({
        input: { id: f.campaign, expectedVersion: 1, name: 'Diubah' },
      })),
      custom('input.officeId', ['marketing'], async (ctx, as) => {
        const result = await ctx.gql(as, `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id officeId } }`, {
          input: { id: ctx.f.spareCampaign, expectedVersion: ctx.f.spareCampaignVersion, officeId: ctx.f.offices.bdg },
        });
        // Marketing cannot move its campaign to an office it does not run campaigns for.
        expect(result.data?.updateCampaign ?? null).toBeNull();
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
      }),
      open('input.productId', ['marketingBdg'], `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id } }`, (f) => ({
        input: { id: f.bdgCampaign, expectedVersion: f.bdgCampaignVersion, productId: f.product },
      })),
    ],
  },
  updateClient: {
    probes: [
      notFound('input.id', ['officer4', 'officer2', 'managerBdg'], `mutation($input: UpdateClientInput!) { updateClient(input: $input) { id } }`, (f) => ({
        input: { id: f.client, expectedVersion: 1, name: 'Diubah' },
      })),
      forbidden('input.id', ['marketing'], `mutation($input: UpdateClientInput!) { updateClient(input: $input) { id } }`, (f) => ({
        input: { id: f.client, expectedVersion: 1, name: 'Diubah' },
      })),
      sameAsMissing(
        'input.officerId',
        ['managerBdg'],
        `mutation($input: UpdateClientInput!) { updateClient(input: $input) { id } }`,
        (f, id) => ({ input: { id: f.bdgClient, expectedVersion: 1, officerId: id } }),
        (f) => f.ids.officer1,
      ),
    ],
  },
  updateLead: {
    probes: [
      notFound('input.id', OUTSIDERS_OF_LEAD, `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { id } }`, (f) => ({
        input: { id: f.lead, expectedVersion: f.leadVersion, companyName: 'CV Bocor' },
      })),
      sameAsMissing(
        'input.campaignId',
        ['officer2'],
        `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { id } }`,
        (f, id) => ({ input: { id: f.bdgLead, expectedVersion: 1, campaignId: id } }),
        (f) => f.campaign,
      ),
      custom('input.productId', ['officer2'], async (ctx, as) => {
        const { version } = expectData(await ctx.gql(as, `query($id: ID!) { lead(id: $id) { version } }`, { id: ctx.f.bdgLead })).lead as { version: number };
        expectData(
          await ctx.gql(as, `mutation($input: UpdateLeadInput!) { updateLead(input: $input) { id } }`, {
            input: { id: ctx.f.bdgLead, expectedVersion: version, productId: ctx.f.product },
          }),
        );
      }),
    ],
  },
  updateMessageTemplate: {
    probes: [
      forbidden('input.id', ['officer1', 'marketing'], `mutation($input: MessageTemplateInput!) { updateMessageTemplate(input: $input) { id } }`, () => ({
        input: { id: '1', expectedVersion: 1, name: 'X' },
      })),
    ],
    note: 'message templates are shared by the whole institution and edited by managers and admins',
  },
  updateOffice: {
    probes: [
      forbidden('input.id', NOT_ADMINS, `mutation($input: UpdateOfficeInput!) { updateOffice(input: $input) { id } }`, (f) => ({
        input: { id: f.offices.bdg, expectedVersion: 1, name: 'X' },
      })),
      forbidden('input.parentId', NOT_ADMINS, `mutation($input: UpdateOfficeInput!) { updateOffice(input: $input) { id } }`, (f) => ({
        input: { id: f.offices.bdg, expectedVersion: 1, parentId: f.offices.ho },
      })),
    ],
    note: 'admins only',
  },
  updateProduct: {
    probes: [
      forbidden('input.id', NOT_ADMINS, `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { id } }`, (f) => ({
        input: { id: f.product, expectedVersion: 1, name: 'X' },
      })),
    ],
    note: 'the catalog is the admins’',
  },
  updateTask: {
    probes: [
      notFound('input.id', OUTSIDERS_OF_TASK, `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }`, (f) => ({
        input: { id: f.task, expectedVersion: f.taskVersion, title: 'Bocor' },
      })),
      sameAsMissing(
        'input.campaignId',
        ['officer2'],
        `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }`,
        (f, id) => ({ input: { id: f.bdgTask, expectedVersion: 1, campaignId: id } }),
        (f) => f.campaign,
      ),
      sameAsMissing(
        'input.leadId',
        ['officer2'],
        `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }`,
        (f, id) => ({ input: { id: f.bdgTask, expectedVersion: 1, leadId: id } }),
        (f) => f.lead,
      ),
      sameAsMissing(
        'input.assigneeId',
        ['officer2'],
        `mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id } }`,
        (f, id) => ({ input: { id: f.bdgTask, expectedVersion: 1, assigneeId: id } }),
        (f) => f.ids.marketing,
      ),
    ],
  },
  updateUser: {
    probes: [
      forbidden('input.id', NOT_ADMINS, `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, (f) => ({
        input: { id: f.ids.officer2, expectedVersion: 1, name: 'X' },
      })),
      forbidden('input.officeId', NOT_ADMINS, `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id } }`, (f) => ({
        input: { id: f.ids.officer2, expectedVersion: 1, officeId: f.offices.ho },
      })),
    ],
    note: 'admins only',
  },
};

const FIXTURE_NOW = new Date('2026-11-23T03:00:00Z');

interface IntrospectedType {
  kind: string;
  name: string | null;
  ofType: IntrospectedType | null;
}
interface IntrospectedField {
  name: string;
  type: IntrospectedType;
}
interface IntrospectedSchema {
  queryType: { name: string };
  mutationType: { name: string };
  types: Array<{ kind: string; name: string; fields: Array<{ name: string; args: IntrospectedField[] }> | null; inputFields: IntrospectedField[] | null }>;
}

const INTROSPECTION = `{
  __schema {
    queryType { name }
    mutationType { name }
    types { kind name fields { name args { name type { ...T } } } inputFields { name type { ...T } } }
  }
}
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }`;

/** Every operation of the live schema with the paths of its id-like arguments. */
async function idTakingOperations(server: TestServer): Promise<Map<string, string[]>> {
  const schema = expectData(await server.gql<{ __schema: IntrospectedSchema }>(INTROSPECTION)).__schema;
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const named = (t: IntrospectedType): IntrospectedType => (t.ofType ? named(t.ofType) : t);
  const idLike = (name: string) => /^ids?$|Ids?$/.test(name);
  const paths = (field: IntrospectedField, prefix: string, seen: Set<string>): string[] => {
    const type = named(field.type);
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    if (type.name === 'ID' || idLike(field.name)) return [path];
    if (type.kind !== 'INPUT_OBJECT' || !type.name || seen.has(type.name)) return [];
    const input = types.get(type.name);
    return (input?.inputFields ?? []).flatMap((f) => paths(f, path, new Set([...seen, type.name as string])));
  };
  const result = new Map<string, string[]>();
  for (const root of [schema.queryType.name, schema.mutationType.name]) {
    for (const op of types.get(root)?.fields ?? []) {
      const found = op.args.flatMap((arg) => paths(arg, '', new Set()));
      if (found.length > 0) result.set(op.name, found.sort());
    }
  }
  return result;
}

describe.each(databaseTargets)('the access matrix on $kind', (target) => {
  let server: TestServer;
  let f: Fixture;
  let now = FIXTURE_NOW;
  let ctx: ProbeContext;
  let before: Record<string, unknown>;

  const q = (name: string) => server.app.dataSource.driver.escape(name);
  const sql = (text: string, params: unknown[] = []) => server.app.dataSource.query(text, params) as Promise<Row[]>;

  /** What a refused write must leave untouched: the fixture's rows and their audit trails. */
  async function snapshot(): Promise<Record<string, unknown>> {
    const row = async (table: string, id: string) => (await sql(`SELECT * FROM ${q(table)} WHERE ${q('id')} = ?`, [Number(id)]))[0];
    const audits = await sql(`SELECT COUNT(*) AS n FROM ${q('audit_entry')}`);
    return {
      lead: await row('lead', f.lead),
      poolLead: await row('lead', f.poolLead),
      client: await row('client', f.client),
      offer: await row('offer', f.offer),
      clientOffer: await row('offer', f.clientOffer),
      activity: await row('activity', f.activity),
      task: await row('marketing_task', f.task),
      campaign: await row('campaign', f.campaign),
      leadImport: await row('lead_import', f.leadImport),
      loan: await row('loan', f.loan),
      overdueLoan: await row('loan', f.overdueLoan),
      invoice: await row('invoice', f.invoice),
      issuedInvoice: await row('invoice', f.issuedInvoice),
      payable: await row('invoice', f.payable),
      payments: (await sql(`SELECT COUNT(*) AS n FROM ${q('payment')}`))[0],
      repayments: (await sql(`SELECT COUNT(*) AS n FROM ${q('loan_repayment')}`))[0],
      collectionCase: await row('collection_case', f.collectionCase),
      complaint: await row('complaint', f.complaint),
      complaintEvents: (await sql(`SELECT COUNT(*) AS n FROM ${q('complaint_event')}`))[0],
      holidays: (await sql(`SELECT COUNT(*) AS n FROM ${q('work_calendar_day')}`))[0],
      promises: (await sql(`SELECT COUNT(*) AS n FROM ${q('payment_promise')}`))[0],
      scheduleVersions: (await sql(`SELECT COUNT(*) AS n FROM ${q('loan_schedule_version')}`))[0],
      comments: (await sql(`SELECT COUNT(*) AS n FROM ${q('task_comment')} WHERE ${q('taskId')} = ?`, [Number(f.task)]))[0],
      activities: (
        await sql(`SELECT COUNT(*) AS n FROM ${q('activity')} WHERE ${q('leadId')} = ? OR ${q('clientId')} = ?`, [Number(f.lead), Number(f.client)])
      )[0],
      offers: (await sql(`SELECT COUNT(*) AS n FROM ${q('offer')} WHERE ${q('leadId')} = ? OR ${q('clientId')} = ?`, [Number(f.lead), Number(f.client)]))[0],
      officer1Leads: (await sql(`SELECT COUNT(*) AS n FROM ${q('lead')} WHERE ${q('ownerId')} = ?`, [Number(f.ids.officer1)]))[0],
      auditOfFixture: (
        await sql(
          `SELECT COUNT(*) AS n FROM ${q('audit_entry')} WHERE (${q('entityType')} = 'Lead' AND ${q('entityId')} IN (?, ?)) OR (${q('entityType')} = 'Client' AND ${q('entityId')} = ?)`,
          [f.lead, f.poolLead, f.client],
        )
      )[0],
      auditTotal: audits[0],
    };
  }

  beforeAll(async () => {
    server = await startServer(target, {}, { now: () => now });
    const staff = await signInStaff(server);
    const t = staff.tokens;
    const gql = async (who: Who, query: string, variables: Record<string, unknown> = {}) =>
      expectData(await server.gql<Data>(query, variables, { token: t[who] }));
    const product = expectData(
      await server.gql<{ products: { nodes: Array<{ id: string; code: string }> } }>(
        '{ products(first: 100) { nodes { id code } } }',
        {},
        { token: t.officer1 },
      ),
    ).products.nodes.find((p) => p.code === 'KUR-MIKRO')!.id;

    const lead = await createLead(server, t.officer1, { fullName: `${SECRET} Satu`, phone: '081299990001' });
    const bdgLead = await createLead(server, t.officer2, { fullName: 'Bandung Dua', phone: '081299990002' });
    const campaignOf = async (who: Who, name: string) =>
      (
        await gql(who, `mutation($input: CampaignFieldsInput!) { createCampaign(input: $input) { id version } }`, {
          input: { name, channel: 'EVENT', startDate: '2026-11-01', endDate: '2026-12-31', status: 'ACTIVE' },
        })
      ).createCampaign as { id: string; version: number };
    const campaign = await campaignOf('marketing', `${SECRET} Pameran`);
    const spare = await campaignOf('marketing', `${SECRET} Cadangan`);
    const bdgCampaign = await campaignOf('marketingBdg', 'Pameran Bandung');
    const poolLead = (
      await gql('marketing', `mutation($input: CreateLeadInput!) { createLead(input: $input) { id } }`, {
        input: { fullName: `${SECRET} Kolam`, source: 'EVENT', estimatedAmount: '5000000.00', campaignId: campaign.id, phone: '081299990003' },
      })
    ).createLead.id as string;
    const clientOf = async (who: Who, name: string, phone: string) =>
      (await gql(who, `mutation($input: ClientFieldsInput!) { createClient(input: $input) { id } }`, { input: { type: 'PERSON', name, phone } })).createClient
        .id as string;
    const client = await clientOf('officer1', `${SECRET} Nasabah`, '081299990004');
    const bdgClient = await clientOf('officer2', 'Nasabah Bandung', '081299990005');
    const offerOn = async (target: Record<string, string>) =>
      (
        await gql('officer1', `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, {
          input: { ...target, productId: product, amount: '20000000.00', tenorMonths: 12, annualRate: 6 },
        })
      ).createOffer.id as string;
    const offer = await offerOn({ leadId: lead.id });
    const clientOffer = await offerOn({ clientId: client });
    const schedule = async (target: Record<string, string>) =>
      (
        await gql('officer1', `mutation($input: ScheduleActivityInput!) { scheduleActivity(input: $input) { id } }`, {
          input: { ...target, type: 'VISIT', dueAt: '2026-11-23T04:00:00.000Z', notes: `${SECRET} kunjungan` },
        })
      ).scheduleActivity.id as string;
    const activity = await schedule({ leadId: lead.id });
    const clientActivity = await schedule({ clientId: client });
    const task = (
      await gql('officer1', `mutation($input: TaskFieldsInput!) { createTask(input: $input) { id version } }`, {
        input: { title: `${SECRET} brosur`, campaignId: campaign.id, leadId: lead.id, assigneeId: staff.ids.marketing },
      })
    ).createTask as { id: string; version: number };
    const bdgTask = (
      await gql('officer2', `mutation($input: TaskFieldsInput!) { createTask(input: $input) { id version } }`, { input: { title: 'Spanduk Bandung' } })
    ).createTask as { id: string; version: number };
    const upload = await fetch(`${server.url}/imports?fileName=${SECRET}.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.officer1}`, 'content-type': 'application/octet-stream' },
      body: `Nama;Telepon\n${SECRET} Impor;081299990006\n`,
    });
    expect(upload.status).toBe(201);
    const leadImport = ((await upload.json()) as { id: string }).id;
    const loanUpload = await fetch(`${server.url}/imports?kind=LOANS&fileName=${SECRET}.csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${t.manager}`, 'content-type': 'application/octet-stream' },
      body: `No Pinjaman;NIK\n${SECRET}-1;3171014501900003\n`,
    });
    expect(loanUpload.status).toBe(201);
    const loanImport = ((await loanUpload.json()) as { id: string }).id;
    // A notification for officer1: a lead handed over by the manager.
    const handed = await createLead(server, t.officer4, { fullName: `${SECRET} Serahan`, phone: '081299990007' });
    await gql('manager', `mutation($id: ID!, $o: ID!) { reassignLead(id: $id, ownerId: $o, reason: "Cuti") { id } }`, { id: handed.id, o: staff.ids.officer1 });
    const notification = (await gql('officer1', '{ notifications(unreadOnly: true, first: 100) { nodes { id link } } }')).notifications.nodes.find(
      (n: { link: string }) => n.link === `/leads/${handed.id}`,
    ).id as string;

    // A loan of officer1's client, disbursed from an accepted offer, with one repayment.
    const loanOffer = await offerOn({ clientId: client });
    for (const op of ['presentOffer', 'acceptOffer']) await gql('officer1', `mutation($id: ID!) { ${op}(id: $id) { id } }`, { id: loanOffer });
    const loan = (
      await gql('officer1', `mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { id } }`, {
        input: { offerId: loanOffer, disbursementDate: '2026-10-20', firstDueDate: '2026-11-20' },
      })
    ).disburseLoan.id as string;
    const repayment = (
      await gql('officer1', `mutation($input: PostRepaymentInput!) { postRepayment(input: $input) { repayments { id } } }`, {
        input: { loanId: loan, amount: '500000.00', valueDate: '2026-11-21', channel: 'TRANSFER', reference: `${SECRET}-TRX` },
      })
    ).postRepayment.repayments[0].id as string;
    // Loans months in arrears, each with a case on the collection board: officer1's client's and officer2's Bandung client's.
    const overdue = async (who: Who, clientId: string) => {
      const offerId = (
        await gql(who, `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, {
          input: { clientId, productId: product, amount: '20000000.00', tenorMonths: 12, annualRate: 6 },
        })
      ).createOffer.id as string;
      for (const op of ['presentOffer', 'acceptOffer']) await gql(who, `mutation($id: ID!) { ${op}(id: $id) { id } }`, { id: offerId });
      return (
        await gql(who, `mutation($input: DisburseLoanInput!) { disburseLoan(input: $input) { id } }`, {
          input: { offerId, disbursementDate: '2026-08-20', firstDueDate: '2026-09-20' },
        })
      ).disburseLoan.id as string;
    };
    const invoiceLines = [{ description: `${SECRET} jasa`, quantity: 1, unitPrice: '1000000.00', taxCode: 'PPN' }];
    const invoiceOf = async (who: Who, input: Record<string, unknown>) =>
      (await gql(who, `mutation($input: CreateInvoiceInput!) { createInvoice(input: $input) { id version } }`, { input })).createInvoice as {
        id: string;
        version: number;
      };
    const receivable = { kind: 'RECEIVABLE', clientId: client, issueDate: '2026-11-20', dueDate: '2026-11-30', lines: invoiceLines };
    const invoice = await invoiceOf('officer1', receivable);
    const issuedInvoice = (await invoiceOf('officer1', receivable)).id;
    await gql('officer1', `mutation($id: ID!) { issueInvoice(id: $id, channel: PDF) { id } }`, { id: issuedInvoice });
    const payment = (
      (
        await gql('officer1', `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { id } }`, {
          input: { direction: 'IN', amount: '1.00', date: '2026-11-21', method: 'CASH', clientId: client, reference: SECRET },
        })
      ).recordPayment as { id: string }
    ).id;
    const payable = (
      await invoiceOf('manager', {
        kind: 'PAYABLE',
        supplierName: `${SECRET} Percetakan`,
        campaignId: campaign.id,
        issueDate: '2026-11-20',
        dueDate: '2026-11-30',
        lines: invoiceLines,
      })
    ).id;
    const overdueLoan = await overdue('officer1', client);
    const bdgLoan = await overdue('officer2', bdgClient);
    const caseOf = async (loanId: string) => {
      const e = (name: string) => server.app.dataSource.driver.escape(name);
      const [row] = (await server.app.dataSource.query(
        `SELECT ${e('id')} AS id, ${e('status')} AS status FROM ${e('collection_case')} WHERE ${e('loanId')} = ?`,
        [Number(loanId)],
      )) as Array<{ id: number | string; status: string }>;
      expect(row, `a collection case of loan ${loanId}`).toBeDefined();
      return { id: String(row.id), status: row.status };
    };
    const collectionCase = await caseOf(overdueLoan);
    const bdgCollectionCase = (await caseOf(bdgLoan)).id;

    const complaintCategory = ((await gql('officer1', '{ complaintCategories { id } }')).complaintCategories as Array<{ id: string }>)[0].id;
    const complaint = (
      await gql('officer1', `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { id version } }`, {
        input: { clientId: client, category: complaintCategory, channel: 'WALK_IN', description: `${SECRET} pengaduan`, receivedAt: '2026-11-20' },
      })
    ).createComplaint as { id: string; version: number };
    const statementCsv = ['Tanggal;Keterangan;Jumlah', '30/11/2026;SETORAN KLIRING;1.109.999,00'].join('\n');
    const statement = (await uploadStatement(server, t.manager, 'mutasi.csv', statementCsv, { account: '1230001' })).body.id as string;
    await matched(server, t.manager, statement);
    const statementLine = (
      (await gql('manager', `query($id: ID!) { bankStatement(id: $id) { lines(first: 1) { nodes { id target { id } } } } }`, { id: statement }))
        .bankStatement as {
        lines: { nodes: Array<{ id: string; target: { id: string } | null }> };
      }
    ).lines.nodes[0];
    expect(statementLine.target?.id, 'the statement line is proposed to the issued invoice').toBe(issuedInvoice);
    f = {
      ...staff,
      statement,
      statementLine: statementLine.id,
      bdgLoan,
      invoice: invoice.id,
      invoiceVersion: invoice.version,
      issuedInvoice,
      payment,
      payable,
      complaint: complaint.id,
      complaintVersion: complaint.version,
      complaintCategory,
      lead: lead.id,
      leadVersion: lead.version,
      poolLead,
      bdgLead: bdgLead.id,
      client,
      bdgClient,
      offer,
      clientOffer,
      activity,
      clientActivity,
      task: task.id,
      taskVersion: task.version,
      bdgTask: bdgTask.id,
      bdgTaskVersion: bdgTask.version,
      campaign: campaign.id,
      spareCampaign: spare.id,
      spareCampaignVersion: spare.version,
      bdgCampaign: bdgCampaign.id,
      bdgCampaignVersion: bdgCampaign.version,
      leadImport,
      loanImport,
      notification,
      product,
      loanOffer,
      loan,
      repayment,
      overdueLoan,
      collectionCase: collectionCase.id,
      collectionColumn: collectionCase.status,
      bdgCollectionCase,
    };
    ctx = {
      server,
      f,
      gql: (who, query, variables = {}) => server.gql(query, variables, { token: t[who] }),
      setClock: (date) => {
        now = date;
      },
    };
    before = await snapshot();
  });
  afterAll(() => server?.close());

  it('has a row for every operation of the schema that takes an id, and for each of its id arguments', async () => {
    const operations = await idTakingOperations(server);
    const missing: string[] = [];
    for (const [op, paths] of operations) {
      const covered = new Set(MATRIX[op]?.probes.map((p) => p.arg) ?? []);
      for (const path of paths) if (!covered.has(path)) missing.push(`${op}(${path})`);
    }
    expect(missing, 'operations taking an id without an access probe').toEqual([]);
    const stale = Object.keys(MATRIX).filter((op) => !operations.has(op));
    expect(stale, 'rows for operations the schema no longer has').toEqual([]);
    const extra = Object.entries(MATRIX).flatMap(([op, row]) =>
      row.probes
        .map((p) => p.arg)
        .filter((arg) => !operations.get(op)?.includes(arg))
        .map((arg) => `${op}(${arg})`),
    );
    expect(extra, 'probes of arguments the schema does not have').toEqual([]);
  });

  const rows = Object.entries(MATRIX).flatMap(([op, row]) => row.probes.flatMap((probe) => probe.who.map((who) => ({ op, probe, who, note: row.note ?? '' }))));
  it.each(rows)('$op($probe.arg) as $who', async ({ probe, who }) => {
    await probe.run(ctx, who);
  });

  it('left every record out of reach as it was', async () => {
    expect(await snapshot()).toEqual({ ...before, auditTotal: expect.anything() });
  });

  // --- Lists and totals: what each viewer may see, computed here straight from the tables. ---

  const VIEWERS: Who[] = ['admin', 'manager', 'managerBdg', 'officer1', 'officer2', 'officer4', 'marketing', 'marketingBdg'];

  async function reach(who: Who) {
    const [me] = await sql(`SELECT ${q('id')}, ${q('role')}, ${q('officeId')} FROM ${q('user')} WHERE ${q('id')} = ?`, [Number(f.ids[who])]);
    const offices = await sql(`SELECT ${q('id')}, ${q('parentId')} FROM ${q('office')}`);
    const subtree = new Set<number>([Number(me.officeId)]);
    for (let grew = true; grew;) {
      grew = false;
      for (const o of offices) {
        if (o.parentId !== null && subtree.has(Number(o.parentId)) && !subtree.has(Number(o.id))) {
          subtree.add(Number(o.id));
          grew = true;
        }
      }
    }
    const office = Number(me.officeId);
    const myCampaigns = new Set((await sql(`SELECT ${q('id')} FROM ${q('campaign')} WHERE ${q('officeId')} = ?`, [office])).map((c) => Number(c.id)));
    const id = Number(me.id);
    return {
      role: me.role as string,
      id,
      offices: me.role === 'ADMIN' ? null : me.role === 'MANAGER' ? subtree : new Set([office]),
      lead: (l: Row) => {
        switch (me.role) {
          case 'ADMIN':
            return true;
          case 'MANAGER':
            return subtree.has(Number(l.officeId));
          case 'OFFICER':
            return Number(l.ownerId) === id || (l.ownerId === null && Number(l.officeId) === office);
          default:
            return l.campaignId !== null && myCampaigns.has(Number(l.campaignId));
        }
      },
      client: (c: Row) =>
        me.role === 'ADMIN' || (me.role === 'MANAGER' && subtree.has(Number(c.officeId))) || (me.role === 'OFFICER' && Number(c.officerId) === id),
      task: (t: Row) =>
        me.role === 'ADMIN' ||
        (me.role === 'MANAGER' && subtree.has(Number(t.officeId))) ||
        (me.role === 'MARKETING' && Number(t.officeId) === office) ||
        (me.role === 'OFFICER' && (Number(t.requesterId) === id || Number(t.assigneeId) === id)),
    };
  }

  const openLeads = () =>
    sql(
      `SELECT ${q('id')}, ${q('stage')}, ${q('estimatedAmount')}, ${q('ownerId')}, ${q('officeId')}, ${q('campaignId')} FROM ${q('lead')} WHERE ${q('archivedAt')} IS NULL`,
    );

  it.each(VIEWERS)('counts on the lead board, the lead list and the export only what %s may see', async (who) => {
    const r = await reach(who);
    const mine = (await openLeads()).filter(r.lead);
    const token = f.tokens[who];
    const board = expectData(
      await server.gql<{ leadBoard: { columns: Array<{ stage: string; count: number; totalAmount: string; cards: Array<{ id: string }> }> } }>(
        '{ leadBoard(perColumn: 100) { columns { stage count totalAmount cards { id } } } }',
        {},
        { token },
      ),
    ).leadBoard.columns;
    const allowed = new Set(mine.map((l) => String(l.id)));
    for (const stage of LEAD_STAGES) {
      const rows = mine.filter((l) => l.stage === stage);
      const column = board.find((c) => c.stage === stage)!;
      expect({ stage, count: column.count, total: column.totalAmount }).toEqual({
        stage,
        count: rows.length,
        total: moneyToDecimal(rows.reduce((sum, l) => sum + BigInt(l.estimatedAmount as string | number | bigint), 0n)),
      });
      for (const card of column.cards) expect(allowed.has(card.id), `${who} sees lead ${card.id}`).toBe(true);
    }
    const list = expectData(
      await server.gql<{ leads: { totalCount: number; nodes: Array<{ id: string }> } }>('{ leads(first: 100) { totalCount nodes { id } } }', {}, { token }),
    ).leads;
    expect(list.totalCount).toBe(mine.length);
    for (const node of list.nodes) expect(allowed.has(node.id)).toBe(true);
    const url = expectData(await server.gql<{ leadExportUrl: string }>('{ leadExportUrl }', {}, { token })).leadExportUrl;
    const exported = await exportedIds(server, url);
    expect(exported.length).toBe(mine.length);
    expect(exported.every((id) => allowed.has(id))).toBe(true);
  });

  it.each(VIEWERS)('lists only the clients, offers, campaigns, tasks, users and offices %s may see', async (who) => {
    const r = await reach(who);
    const token = f.tokens[who];
    const read = async <T>(query: string) => expectData(await server.gql<T>(query, {}, { token }));

    const clients = (await sql(`SELECT ${q('id')}, ${q('officerId')}, ${q('officeId')} FROM ${q('client')}`)).filter(r.client);
    const clientPage = (await read<{ clients: { totalCount: number; nodes: Array<{ id: string }> } }>('{ clients(first: 100) { totalCount nodes { id } } }'))
      .clients;
    expect(clientPage.totalCount).toBe(clients.length);
    expect(ids(clientPage.nodes).every((id) => clients.some((c) => String(c.id) === id))).toBe(true);

    const leadsById = new Map(
      (await sql(`SELECT ${q('id')}, ${q('ownerId')}, ${q('officeId')}, ${q('campaignId')} FROM ${q('lead')}`)).map((l) => [Number(l.id), l]),
    );
    const clientsById = new Map((await sql(`SELECT ${q('id')}, ${q('officerId')}, ${q('officeId')} FROM ${q('client')}`)).map((c) => [Number(c.id), c]));
    const offers = (await sql(`SELECT ${q('id')}, ${q('leadId')}, ${q('clientId')} FROM ${q('offer')}`)).filter((o) =>
      o.leadId !== null ? r.lead(leadsById.get(Number(o.leadId)) as Row) : r.client(clientsById.get(Number(o.clientId)) as Row),
    );
    const offerList = ids(await everyNode(server, token, 'offers'));
    expect(offerList.sort()).toEqual(offers.map((o) => String(o.id)).sort());

    const campaigns = (await sql(`SELECT ${q('id')}, ${q('officeId')} FROM ${q('campaign')}`)).filter(
      (c) => r.offices === null || r.offices.has(Number(c.officeId)),
    );
    expect(ids(await everyNode(server, token, 'campaigns')).sort()).toEqual(campaigns.map((c) => String(c.id)).sort());

    const tasks = (
      await sql(
        `SELECT ${q('id')}, ${q('status')}, ${q('officeId')}, ${q('requesterId')}, ${q('assigneeId')} FROM ${q('marketing_task')} WHERE ${q('archivedAt')} IS NULL`,
      )
    ).filter(r.task);
    const taskColumns = (
      await read<{ taskBoard: { columns: Array<{ status: string; count: number; cards: Array<{ id: string }> }> } }>(
        '{ taskBoard(perColumn: 100) { columns { status count cards { id } } } }',
      )
    ).taskBoard.columns;
    for (const status of TASK_STATUSES) {
      const column = taskColumns.find((c) => c.status === status)!;
      const expected = tasks.filter((t) => t.status === status).map((t) => String(t.id));
      expect(column.count).toBe(expected.length);
      expect(ids(column.cards).sort()).toEqual(expected.sort());
    }

    const users = (await sql(`SELECT ${q('id')}, ${q('officeId')} FROM ${q('user')} WHERE ${q('active')} = 1`)).filter(
      (u) => r.offices === null || r.offices.has(Number(u.officeId)),
    );
    expect(ids(await everyNode(server, token, 'users')).sort()).toEqual(users.map((u) => String(u.id)).sort());
    const offices = (await sql(`SELECT ${q('id')} FROM ${q('office')}`)).filter((o) => r.offices === null || r.offices.has(Number(o.id)));
    expect(ids(await everyNode(server, token, 'offices')).sort()).toEqual(offices.map((o) => String(o.id)).sort());
  });

  it.each(VIEWERS)('gives %s only their own agenda and notifications, and stale leads within reach', async (who) => {
    const r = await reach(who);
    const token = f.tokens[who];
    const agenda = expectData(
      await server.gql<{ agenda: Record<'overdue' | 'today' | 'upcoming', Array<{ id: string }>> }>(
        '{ agenda(date: "2026-11-23") { overdue { id } today { id } upcoming { id } } }',
        {},
        { token },
      ),
    ).agenda;
    const agendaIds = [...agenda.overdue, ...agenda.today, ...agenda.upcoming].map((a) => Number(a.id));
    if (agendaIds.length > 0) {
      const owners = await sql(
        `SELECT DISTINCT ${q('ownerId')} AS o FROM ${q('activity')} WHERE ${q('id')} IN (${agendaIds.map(() => '?').join(', ')})`,
        agendaIds,
      );
      expect(owners.map((o) => Number(o.o))).toEqual([r.id]);
    }
    if (who === 'officer1') expect(agenda.today.map((a) => a.id)).toContain(f.activity);

    const unread = expectData(await server.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }', {}, { token })).unreadNotificationCount;
    const own = await sql(`SELECT ${q('id')}, ${q('readAt')} FROM ${q('notification')} WHERE ${q('userId')} = ?`, [r.id]);
    expect(ids(await everyNode(server, token, 'notifications')).sort()).toEqual(own.map((n) => String(n.id)).sort());
    expect(unread).toBe(own.filter((n) => n.readAt === null).length);

    now = new Date('2027-03-01T03:00:00Z');
    try {
      const stale = await everyNode(server, token, 'staleLeads');
      const leads = new Map((await openLeads()).map((l) => [String(l.id), l]));
      for (const lead of stale) expect(r.lead(leads.get(lead.id) as Row), `${who} sees stale lead ${lead.id}`).toBe(true);
      if (who === 'officer1' || who === 'manager') expect(ids(stale)).toContain(f.lead);
    } finally {
      now = FIXTURE_NOW;
    }
  });

  it('hides nested records that a visible record points at but the viewer may not see', async () => {
    // officer1's client passes to officer4: officer4 now sees the client, not the lead it came from.
    const lead = await createLead(server, f.tokens.officer1, { fullName: `${SECRET} Menang`, phone: '081299990008' });
    const gql = async (who: Who, query: string, variables: Record<string, unknown> = {}) =>
      expectData(await server.gql<Data>(query, variables, { token: f.tokens[who] }));
    const offer = (
      await gql('officer1', `mutation($input: CreateOfferInput!) { createOffer(input: $input) { id } }`, {
        input: { leadId: lead.id, productId: f.product, amount: '20000000.00', tenorMonths: 12, annualRate: 6 },
      })
    ).createOffer.id as string;
    await gql('officer1', `mutation($id: ID!) { presentOffer(id: $id) { id } }`, { id: offer });
    await gql('officer1', `mutation($id: ID!) { acceptOffer(id: $id) { id } }`, { id: offer });
    const documents = (await gql('officer1', `query($id: ID!) { lead(id: $id) { documentChecklist { code } } }`, { id: lead.id })).lead
      .documentChecklist as Array<{ code: string }>;
    for (const { code } of documents)
      await gql('officer1', `mutation($id: ID!, $code: String!) { setLeadDocument(leadId: $id, code: $code, received: true) { id } }`, { id: lead.id, code });
    const version = (await gql('officer1', `query($id: ID!) { lead(id: $id) { version } }`, { id: lead.id })).lead.version as number;
    await gql('officer1', `mutation($input: MoveLeadInput!) { moveLead(input: $input) { id } }`, {
      input: { id: lead.id, stage: 'WON', expectedVersion: version },
    });
    const won = (await gql('officer1', `query($id: ID!) { lead(id: $id) { stage client { id version } } }`, { id: lead.id })).lead;
    expect(won.stage).toBe('WON');
    await gql('manager', `mutation($input: UpdateClientInput!) { updateClient(input: $input) { id } }`, {
      input: { id: won.client.id, expectedVersion: won.client.version, officerId: f.ids.officer4 },
    });
    const asNewOfficer = (await gql('officer4', `query($id: ID!) { client(id: $id) { id sourceLead { id fullName } } }`, { id: won.client.id })).client;
    expect(asNewOfficer).toEqual({ id: won.client.id, sourceLead: null });
    const asOldOfficer = (await gql('officer1', `query($id: ID!) { lead(id: $id) { id client { id } } }`, { id: lead.id })).lead;
    expect(asOldOfficer).toEqual({ id: lead.id, client: null });
    // The campaign officer4 can see lists only the leads officer4 may see.
    const brought = (
      await gql('officer4', `query($id: ID!) { campaign(id: $id) { leadsBrought(first: 100) { totalCount nodes { id } } } }`, { id: f.campaign })
    ).campaign.leadsBrought;
    expect(ids(brought.nodes)).toEqual([f.poolLead]);
    expect(brought.totalCount).toBe(1);
    expect(
      ids((await gql('marketing', `query($id: ID!) { campaign(id: $id) { leadsBrought { nodes { id } } } }`, { id: f.campaign })).campaign.leadsBrought.nodes),
    ).toContain(f.poolLead);
  });
});
