import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { errorCode, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

const sqlite = databaseTargets.find((t) => t.kind === 'sqlite')!;

/**
 * Refusals the interface shows carry the rule that refused them and its parameters beside the English
 * message, so that the client can say them in its own language.
 */
describe('refusals name their rule and parameters', () => {
  let server: TestServer;
  let manager: string;
  let admin: string;
  let officer: string;

  beforeAll(async () => {
    server = await startServer(sqlite);
    [manager, admin, officer] = await Promise.all([
      server.login('manager@prospek.test'),
      server.login('admin@prospek.test'),
      server.login('officer1@prospek.test'),
    ]);
  });
  afterAll(() => server?.close());

  const fieldErrors = (result: GraphQLResult) => result.errors?.[0].extensions?.fieldErrors;

  it('gives a range its bounds: a WIP limit and a stage limit out of range', async () => {
    const wip = await server.gql(
      `mutation { updateBoardColumnSetting(board: "tasks", columnKey: "REVIEW", wipLimit: 0, hardLimit: false) { wipLimit } }`,
      {},
      { token: manager },
    );
    expect(errorCode(wip)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(wip)).toEqual([
      { field: 'wipLimit', code: 'INVALID', reason: 'OUT_OF_RANGE', params: { min: 1, max: 500 }, message: 'between 1 and 500' },
    ]);
    const sla = await server.gql(`mutation { updateStageSla(stage: "NEW", maxIdleDays: 400) { stage } }`, {}, { token: admin });
    expect(fieldErrors(sla)).toEqual([expect.objectContaining({ field: 'maxIdleDays', reason: 'OUT_OF_RANGE', params: { min: 1, max: 365 } })]);
  });

  it('names a wrong current password and a short new one', async () => {
    const wrong = await server.gql(
      `mutation { changePassword(currentPassword: "salah-sekali", newPassword: "rahasia-baru-123") { token } }`,
      {},
      { token: officer },
    );
    expect(fieldErrors(wrong)).toEqual([expect.objectContaining({ field: 'currentPassword', code: 'INVALID', reason: 'WRONG_PASSWORD' })]);
    const short = await server.gql(`mutation { changePassword(currentPassword: "demo1234", newPassword: "pendek") { token } }`, {}, { token: officer });
    expect(fieldErrors(short)).toEqual([expect.objectContaining({ code: 'INVALID', reason: 'TOO_SHORT', params: { min: 8 } })]);
  });

  it('gives a page size its bounds', async () => {
    const result = await server.gql(`query { leads(first: 0) { totalCount } }`, {}, { token: officer });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrors(result)).toEqual([expect.objectContaining({ field: 'first', reason: 'OUT_OF_RANGE', params: { min: 1, max: 100 } })]);
  });
});
