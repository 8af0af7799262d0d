/**
 * Every custom scalar (Money, LocalDate, DateTimeISO, ID) means the same written inline in the
 * document, given as a variable, or given as a variable's default.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { TestServer } from '../helpers/server.js';

const LEAD_FIELDS = 'id fullName estimatedAmount expectedCloseDate nextActionAt source segment stage';
const SIMULATION_FIELDS = 'installment debtServiceRatio schedule { number dueDate principal interest installment balance }';

const cases = databaseTargets.flatMap((target) => (['jit', 'graphql-js'] as const).map((executor) => ({ kind: target.kind, target, executor })));

describe.each(cases)('custom scalars inline and in variables on $kind with $executor', ({ target, executor }) => {
  let server: TestServer;
  let officer: string;

  beforeAll(async () => {
    server = await startServer(target, { executor });
    officer = await server.login('officer1@prospek.test');
  });
  afterAll(async () => server?.close());

  it('creates the same lead from inline literals as from variables', async () => {
    const inline = expectData<{ createLead: Record<string, unknown> }>(
      await server.gql(
        `mutation { createLead(input: { fullName: "Ahmad", phone: "081234500001", estimatedAmount: "1000000.00",
           expectedCloseDate: "2026-12-31", nextActionAt: "2026-12-01T03:00:00.000Z", source: WALK_IN, segment: MICRO }) { ${LEAD_FIELDS} } }`,
        {},
        { token: officer },
      ),
    ).createLead;
    const variables = expectData<{ createLead: Record<string, unknown> }>(
      await server.gql(
        `mutation($input: CreateLeadInput!) { createLead(input: $input) { ${LEAD_FIELDS} } }`,
        {
          input: {
            fullName: 'Ahmad',
            phone: '081234500002',
            estimatedAmount: '1000000.00',
            expectedCloseDate: '2026-12-31',
            nextActionAt: '2026-12-01T03:00:00.000Z',
            source: 'WALK_IN',
            segment: 'MICRO',
          },
        },
        { token: officer },
      ),
    ).createLead;
    expect(inline).toMatchObject({ estimatedAmount: '1000000.00', expectedCloseDate: '2026-12-31', nextActionAt: '2026-12-01T03:00:00.000Z' });
    expect({ ...inline, id: null }).toEqual({ ...variables, id: null });

    // An ID written inline reads the same record as one passed in a variable.
    const byInline = expectData<{ lead: Record<string, unknown> }>(
      await server.gql(`{ lead(id: "${String(inline.id)}") { ${LEAD_FIELDS} } }`, {}, { token: officer }),
    );
    const byVariable = expectData<{ lead: Record<string, unknown> }>(
      await server.gql(`query($id: ID!) { lead(id: $id) { ${LEAD_FIELDS} } }`, { id: inline.id }, { token: officer }),
    );
    expect(byInline.lead).toEqual(inline);
    expect(byVariable.lead).toEqual(inline);
  });

  it('simulates the same loan from inline literals, variables and variable defaults', async () => {
    const inline = expectData(
      await server.gql(
        `{ simulateLoan(input: { amount: "12000000.00", annualRate: 12, tenorMonths: 12, method: ANNUITY, startDate: "2026-01-31", monthlyIncome: "5000000.00" }) { ${SIMULATION_FIELDS} } }`,
        {},
        { token: officer },
      ),
    );
    const variables = expectData(
      await server.gql(
        `query($input: SimulateLoanInput!) { simulateLoan(input: $input) { ${SIMULATION_FIELDS} } }`,
        { input: { amount: '12000000.00', annualRate: 12, tenorMonths: 12, method: 'ANNUITY', startDate: '2026-01-31', monthlyIncome: '5000000.00' } },
        { token: officer },
      ),
    );
    const defaults = expectData(
      await server.gql(
        `query($amount: Money = "12000000.00", $start: LocalDate = "2026-01-31", $income: Money = "5000000.00") {
           simulateLoan(input: { amount: $amount, annualRate: 12, tenorMonths: 12, method: ANNUITY, startDate: $start, monthlyIncome: $income }) { ${SIMULATION_FIELDS} } }`,
        {},
        { token: officer },
      ),
    );
    expect(inline).toEqual(variables);
    expect(defaults).toEqual(variables);
    expect((inline as { simulateLoan: { schedule: Array<{ dueDate: string }> } }).simulateLoan.schedule[0]?.dueDate).toBe('2026-02-28');
  });

  it('refuses a malformed inline literal of each scalar as bad input', async () => {
    const cases = [
      `{ simulateLoan(input: { amount: "satu juta", annualRate: 12, tenorMonths: 12, method: FLAT }) { installment } }`,
      `{ simulateLoan(input: { amount: "1000000.00", annualRate: 12, tenorMonths: 12, method: FLAT, startDate: "besok" }) { installment } }`,
      `{ simulateLoan(input: { amount: 1000000, annualRate: 12, tenorMonths: 12, method: FLAT }) { installment } }`,
      `mutation { scheduleActivity(input: { type: CALL, dueAt: "kemarin sore" }) { id } }`,
    ];
    for (const query of cases) {
      const result = await server.gql(query, {}, { token: officer });
      expect(result.data ?? null, query).toBeNull();
      expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED'], query).toContain(errorCode(result));
    }
  });
});
