/**
 * Query limits: an operation over the depth, alias, directive, token or cost limits, or asking a list
 * for more than 100 items, is refused before it runs (no SQL beyond reading the signed-in user),
 * while every operation the web client ships passes, even at the largest page size.
 */
import { Kind, isEnumType, isInputObjectType, isInterfaceType, isListType, isNonNullType, isObjectType, isScalarType, parse, typeFromAST } from 'graphql';
import type { DocumentNode, GraphQLInputType, GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as clientDocuments from '../../client/src/api/generated/graphql.js';
import { createSchema } from '../../server/src/graphql/schema.js';
import { QUERY_LIMITS, checkCost, queryLimitRefusals } from '../../server/src/graphql/query-limits.js';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const PAGE_ARGUMENTS = new Set(['first', 'perColumn']);

/** Every operation the web client sends, with its fragments, as codegen wrote them. */
const operations: Array<[string, string]> = Object.entries(clientDocuments)
  .filter(([name, value]) => name.endsWith('Document') && value instanceof String)
  .map(([name, value]) => [name.replace(/Document$/, ''), String(value)]);

/** Variables of the right types for an operation; page sizes at their largest (100). */
function sampleVariables(schema: GraphQLSchema, document: DocumentNode): Record<string, unknown> {
  const sample = (type: GraphQLInputType): unknown => {
    if (isNonNullType(type)) return sample(type.ofType);
    if (isListType(type)) return [sample(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0].value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type))
          .map((f) => [f.name, sample(f.type)]),
      );
    }
    if (isScalarType(type)) {
      const samples: Record<string, unknown> = {
        ID: '1',
        Int: 1,
        Float: 1,
        Boolean: true,
        Money: '1000.00',
        LocalDate: '2026-03-02',
        DateTimeISO: '2026-03-02T03:00:00.000Z',
      };
      return samples[type.name] ?? 'teks';
    }
    return null;
  };
  const variables: Record<string, unknown> = {};
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const variable of definition.variableDefinitions ?? []) {
      const name = variable.variable.name.value;
      variables[name] = PAGE_ARGUMENTS.has(name) ? 100 : sample(typeFromAST(schema, variable.type as never) as GraphQLInputType);
    }
  }
  return variables;
}

/** `Type.field(argument)` for every field of the schema taking a page size. */
function pagedFields(schema: GraphQLSchema): string[] {
  const found: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if ((!isObjectType(type) && !isInterfaceType(type)) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) if (PAGE_ARGUMENTS.has(arg.name)) found.push(`${type.name}.${field.name}(${arg.name})`);
    }
  }
  return found.sort();
}

describe('the operations the web client ships', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema(null);
  });

  it('all pass every limit, with page sizes at 100', () => {
    expect(operations.length).toBeGreaterThan(50);
    for (const [name, source] of operations) {
      const document = parse(source);
      const variables = sampleVariables(schema, document);
      expect(queryLimitRefusals(schema, source, variables).map((e) => `${name}: ${e.message}`)).toEqual([]);
      // The cost was worked out with these variables, not skipped over a variable it could not read.
      expect(checkCost(schema, document, variables), name).toBeGreaterThan(0);
    }
  });

  it('a full introspection query passes too', async () => {
    const { getIntrospectionQuery } = await import('graphql');
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    expect(queryLimitRefusals(schema, query)).toEqual([]);
  });
});

describe.each(databaseTargets)('query limits on $kind', (target) => {
  let server: TestServer;
  let token: string;
  let statements = 0;
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await createSchema(null);
    // The signed-in user's row is read at most once a second whatever the request: left out of the counts.
    const userRow = /^SELECT \* FROM [`"]user[`"] WHERE [`"]id[`"] = \?$/;
    server = await startServer(target, {}, { onQuery: (sql) => void (userRow.test(sql.trim()) || statements++) });
    token = await server.login('admin@prospek.test');
    // A first board reads what a server reads once (the office tree); the counts below come after it.
    expectData(await server.gql('{ leadBoard(perColumn: 1) { columns { stage } } taskBoard(perColumn: 1) { columns { status } } }', {}, { token }));
  });
  afterAll(() => server?.close());

  /** The answer and the SQL statements the request made. */
  async function counted(query: string, variables: Record<string, unknown> = {}): Promise<{ result: GraphQLResult; statements: number }> {
    const before = statements;
    const result = await server.gql(query, variables, { token });
    return { result, statements: statements - before };
  }

  /** What any request of this user costs before its operation runs. */
  async function baseline(): Promise<number> {
    const { result, statements: count } = await counted('{ __typename }');
    expectData(result);
    return count;
  }

  async function expectRefusedBeforeRunning(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult> {
    const floor = await baseline();
    const { result, statements: count } = await counted(query, variables);
    expect(result.data ?? null).toBeNull();
    expect(count).toBe(floor);
    return result;
  }

  const BOARD = '{ columns { stage count totalAmount hasMore endCursor cards { id fullName stage position estimatedAmount version owner { name } } } }';

  it('refuses 1,000 aliases of a 100-card board before running any of them', async () => {
    const flood = `{ ${Array.from({ length: 1000 }, (_, i) => `b${i}: leadBoard(perColumn: 100) { columns { cards { id } } }`).join(' ')} }`;
    const result = await expectRefusedBeforeRunning(flood);
    expect(errorCode(result)).toBe('QUERY_TOO_COMPLEX');
    expect(JSON.stringify(result).length).toBeLessThan(2000);
    // Its size stops it first; its cost alone would too.
    expect(() => checkCost(schema, parse(flood), {})).toThrow(/cost is over the limit/);

    // Under the token limit, aliases are counted on their own.
    const aliases = await expectRefusedBeforeRunning(`{ ${Array.from({ length: QUERY_LIMITS.aliases + 1 }, (_, i) => `m${i}: me { id }`).join(' ')} }`);
    expect(aliases.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: QUERY_LIMITS.aliases });
    expectData(await server.gql(`{ ${Array.from({ length: QUERY_LIMITS.aliases }, (_, i) => `m${i}: me { id }`).join(' ')} }`, {}, { token }));
  });

  it('weighs page sizes in the cost, from literals and from variables', async () => {
    const one = await counted(`{ leadBoard(perColumn: 100) ${BOARD} }`);
    expectData(one.result);
    expect(one.statements).toBeGreaterThan(await baseline());

    // Just enough boards of 100 cards a column to go over the cost, well within the alias limit.
    const boardCost = checkCost(schema, parse(`{ leadBoard(perColumn: 100) ${BOARD} }`), {});
    const count = Math.floor(QUERY_LIMITS.cost / boardCost) + 1;
    expect(count).toBeLessThanOrEqual(QUERY_LIMITS.aliases);
    const boards = `query($n: Int) { ${Array.from({ length: count }, (_, i) => `b${i}: leadBoard(perColumn: $n) ${BOARD}`).join(' ')} }`;
    const refused = await expectRefusedBeforeRunning(boards, { n: 100 });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: QUERY_LIMITS.cost });
    // The same operation with smaller pages costs less and runs.
    expect(expectData(await server.gql(boards, { n: 10 }, { token })).b0.columns).toHaveLength(8);
  });

  it('refuses a query 31 levels deep, and takes one at the depth limit', async () => {
    const nested = (depth: number) => `{ me { office { ${'parent { '.repeat(depth - 3)}id${' }'.repeat(depth - 3)} } } }`;
    const result = await expectRefusedBeforeRunning(nested(31));
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: QUERY_LIMITS.depth });
    expect(errorCode(await expectRefusedBeforeRunning(nested(QUERY_LIMITS.depth + 1)))).toBe('QUERY_TOO_COMPLEX');
    expectData(await server.gql(nested(QUERY_LIMITS.depth), {}, { token }));
  });

  it('refuses too many directives and too many tokens', async () => {
    const directives = `{ me { ${Array.from({ length: QUERY_LIMITS.directives + 1 }, () => 'id @include(if: true)').join(' ')} } }`;
    expect((await expectRefusedBeforeRunning(directives)).errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'directives' });
    const tokens = `{ me { ${'id '.repeat(QUERY_LIMITS.tokens)}} }`;
    expect((await expectRefusedBeforeRunning(tokens)).errors?.[0].extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      limit: 'tokens',
      max: QUERY_LIMITS.tokens,
    });
  });

  it('caps every list at 100 items, naming the argument, before running', async () => {
    const campaignId = expectData(
      await server.gql<{ campaigns: { nodes: Array<{ id: string }> } }>('{ campaigns(first: 100) { nodes { id } } }', {}, { token }),
    ).campaigns.nodes[0].id;
    // One probe per field of the schema that takes a page size: a new one fails here until it is listed.
    const probes: Record<string, (size: number) => string> = {
      'Query.auditEntries(first)': (n) => `{ auditEntries(first: ${n}) { totalCount } }`,
      'Query.auditTrail(first)': (n) => `{ auditTrail(entityType: "Lead", entityId: "1", first: ${n}) { totalCount } }`,
      'Query.campaigns(first)': (n) => `{ campaigns(first: ${n}) { totalCount } }`,
      'Query.jobs(first)': (n) => `{ jobs(first: ${n}) { totalCount } }`,
      'Query.messageTemplates(first)': (n) => `{ messageTemplates(first: ${n}) { totalCount } }`,
      'Query.notifications(first)': (n) => `{ notifications(first: ${n}) { totalCount } }`,
      'Query.offers(first)': (n) => `{ offers(first: ${n}) { totalCount } }`,
      'Query.offices(first)': (n) => `{ offices(first: ${n}) { totalCount } }`,
      'Query.products(first)': (n) => `{ products(first: ${n}) { totalCount } }`,
      'Query.staleLeads(first)': (n) => `{ staleLeads(first: ${n}) { totalCount } }`,
      'Query.timeline(first)': (n) => `{ timeline(leadId: "1", first: ${n}) { totalCount } }`,
      'Query.users(first)': (n) => `{ users(first: ${n}) { totalCount } }`,
      'Campaign.leadsBrought(first)': (n) => `{ campaign(id: "${campaignId}") { leadsBrought(first: ${n}) { totalCount } } }`,
      'LeadImport.preview(first)': (n) => `{ leadImport(id: "1") { preview(first: ${n}) { rowNumber } } }`,
      'Query.clients(first)': (n) => `{ clients(first: ${n}) { totalCount } }`,
      'Query.collectionBoard(perColumn)': (n) => `{ collectionBoard(perColumn: ${n}) { columns { status } } }`,
      'Query.collectionColumn(first)': (n) => `{ collectionColumn(status: NEW, first: ${n}) { hasMore } }`,
      'Query.leadBoard(perColumn)': (n) => `{ leadBoard(perColumn: ${n}) { columns { stage } } }`,
      'Query.leadColumn(first)': (n) => `{ leadColumn(stage: NEW, first: ${n}) { hasMore } }`,
      'Query.leads(first)': (n) => `{ leads(first: ${n}) { totalCount } }`,
      'Query.loans(first)': (n) => `{ loans(first: ${n}) { totalCount } }`,
      'Query.invoices(first)': (n) => `{ invoices(first: ${n}) { totalCount } }`,
      'Query.receivablesAging(first)': (n) => `{ receivablesAging(first: ${n}) { total } }`,
      'Query.loanMonthEnds(first)': (n) => `{ loanMonthEnds(monthEnd: "2026-01-31", first: ${n}) { totalCount } }`,
      'Query.taskBoard(perColumn)': (n) => `{ taskBoard(perColumn: ${n}) { columns { status } } }`,
      'Query.taskColumn(first)': (n) => `{ taskColumn(status: TODO, first: ${n}) { hasMore } }`,
      'Query.complaints(first)': (n) => `{ complaints(first: ${n}) { totalCount } }`,
      'Query.complaintBoard(perColumn)': (n) => `{ complaintBoard(perColumn: ${n}) { columns { status } } }`,
      'Query.complaintColumn(first)': (n) => `{ complaintColumn(status: OPEN, first: ${n}) { hasMore } }`,
      'Query.bankStatements(first)': (n) => `{ bankStatements(first: ${n}) { totalCount } }`,
      'BankStatement.lines(first)': (n) => `{ bankStatement(id: "1") { lines(first: ${n}) { totalCount } } }`,
      'Query.reconciliationBoard(perColumn)': (n) => `{ reconciliationBoard(perColumn: ${n}) { columns { state } } }`,
      'Query.reconciliationColumn(first)': (n) => `{ reconciliationColumn(state: UNMATCHED, first: ${n}) { hasMore } }`,
      'Query.statementMatchCandidates(first)': (n) => `{ statementMatchCandidates(lineId: "1", first: ${n}) { id } }`,
    };
    expect(Object.keys(probes).sort()).toEqual(pagedFields(schema));
    for (const [field, probe] of Object.entries(probes)) {
      const argument = /\((\w+)\)$/.exec(field)![1];
      for (const size of [100_000, 101, 0]) {
        const result = await expectRefusedBeforeRunning(probe(size));
        expect(result.errors?.[0].extensions, `${field} ${size}`).toMatchObject({
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field: argument, code: 'INVALID', params: { max: 100 } }],
        });
      }
    }
    // Through a variable as well.
    const viaVariable = await expectRefusedBeforeRunning('query($first: Int) { taskColumn(status: TODO, first: $first) { hasMore } }', { first: 100_000 });
    expect(viaVariable.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'first' }] });
    expectData(await server.gql('query($first: Int) { taskColumn(status: TODO, first: $first) { hasMore } }', { first: 100 }, { token }));
  });

  it('runs the client’s boards at the largest page size', async () => {
    const board = operations.find(([name]) => name === 'LeadBoard')![1];
    expect(expectData(await server.gql(board, { perColumn: 100 }, { token })).leadBoard.columns).toHaveLength(8);
    const tasks = operations.find(([name]) => name === 'TaskBoard')![1];
    expect(expectData(await server.gql(tasks, { perColumn: 100 }, { token })).taskBoard.columns).toHaveLength(4);
    const complaints = operations.find(([name]) => name === 'ComplaintBoard')![1];
    expect(expectData(await server.gql(complaints, { perColumn: 100 }, { token })).complaintBoard.columns).toHaveLength(5);
  });

  it('keeps the 2 MB limit on request bodies', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2.5 * 1024 * 1024) } }),
    });
    expect(response.status).toBe(413);
  });
});
