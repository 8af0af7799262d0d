/**
 * Every versioned edit: a write naming a version that is no longer current answers CONFLICT with the
 * record as it is now, in the API's shape (Money as decimal strings), and changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseTargets } from '../helpers/databases.js';
import { createLead } from '../helpers/leads.js';
import { errorCode, expectData, startServer } from '../helpers/server.js';
import type { GraphQLResult, TestServer } from '../helpers/server.js';

interface Edit {
  /** Who edits. */
  as: 'admin' | 'officer' | 'marketing' | 'manager';
  /** Makes (or finds) the record; answers its id and current version. */
  target(server: TestServer, token: string): Promise<{ id: string; version: number }>;
  mutation: string;
  input(id: string, expectedVersion: number, attempt: number): Record<string, unknown>;
  /** What the first (successful) write changed, as `current` must show it. */
  changed: Record<string, unknown>;
}

const PRODUCT_FIELDS = 'id version name minAmount maxAmount fee minRate maxRate';

const EDITS: Record<string, Edit> = {
  updateLead: {
    as: 'officer',
    target: async (server, token) => {
      const lead = await createLead(server, token, { fullName: 'Versi Lead' });
      return { id: lead.id, version: lead.version };
    },
    mutation: 'mutation($input: UpdateLeadInput!) { updateLead(input: $input) { id version } }',
    input: (id, expectedVersion, attempt) => ({ id, expectedVersion, companyName: `CV Versi ${attempt}` }),
    changed: { companyName: 'CV Versi 1', estimatedAmount: '25000000.00' },
  },
  moveLead: {
    as: 'officer',
    target: async (server, token) => {
      const lead = await createLead(server, token, { fullName: 'Versi Pindah' });
      return { id: lead.id, version: lead.version };
    },
    mutation: 'mutation($input: MoveLeadInput!) { moveLead(input: $input) { id version } }',
    input: (id, expectedVersion, attempt) => ({ id, expectedVersion, stage: attempt === 1 ? 'CONTACTED' : 'PRESENTED' }),
    changed: { stage: 'CONTACTED' },
  },
  updateProduct: {
    as: 'admin',
    target: async (server, token) => {
      const {
        products: { nodes: products },
      } = expectData(
        await server.gql<{ products: { nodes: Array<{ id: string; version: number }> } }>('{ products(first: 100) { nodes { id version } } }', {}, { token }),
      );
      return products[0]!;
    },
    mutation: `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { ${PRODUCT_FIELDS} } }`,
    input: (id, expectedVersion, attempt) => ({ id, expectedVersion, name: `Produk Versi ${attempt}` }),
    changed: { name: 'Produk Versi 1' },
  },
  updateOffice: {
    as: 'admin',
    target: async (server, token) => {
      const {
        offices: { nodes: offices },
      } = expectData(
        await server.gql<{ offices: { nodes: Array<{ id: string; version: number }> } }>('{ offices(first: 100) { nodes { id version } } }', {}, { token }),
      );
      return offices[offices.length - 1]!;
    },
    mutation: 'mutation($input: UpdateOfficeInput!) { updateOffice(input: $input) { id version } }',
    input: (id, expectedVersion, attempt) => ({ id, expectedVersion, name: `Kantor Versi ${attempt}` }),
    changed: { name: 'Kantor Versi 1' },
  },
  updateClient: {
    as: 'officer',
    target: async (server, token) => {
      const created = expectData(
        await server.gql<{ createClient: { id: string; version: number } }>(
          'mutation($input: ClientFieldsInput!) { createClient(input: $input) { id version } }',
          { input: { name: 'Nasabah Versi', type: 'PERSON', phone: '081299887766' } },
          { token },
        ),
      );
      return created.createClient;
    },
    mutation: 'mutation($input: UpdateClientInput!) { updateClient(input: $input) { id version } }',
    input: (id, expectedVersion, attempt) => ({ id, expectedVersion, address: `Jl. Versi ${attempt}` }),
    changed: { address: 'Jl. Versi 1' },
  },
  updateUser: {
    as: 'admin',
    target: async (server, token) => {
      const { users } = expectData(
        await server.gql<{ users: { nodes: Array<{ id: string; version: number; email: string }> } }>(
          '{ users(first: 100) { nodes { id version email } } }',
          {},
          { token },
        ),
      );
      return users.nodes.find((user) => user.email === 'officer3@prospek.test')!;
    },
    mutation: 'mutation($input: UpdateUserInput!) { updateUser(input: $input) { id version } }',
    input: (id, expectedVersion, attempt) => ({ id, expectedVersion, name: `Petugas Versi ${attempt}` }),
    changed: { name: 'Petugas Versi 1' },
  },
  updateMessageTemplate: {
    as: 'manager',
    target: async (server, token) => {
      const { messageTemplates } = expectData(
        await server.gql<{ messageTemplates: { nodes: Array<{ id: string; version: number }> } }>(
          '{ messageTemplates(first: 100) { nodes { id version } } }',
          {},
          { token },
        ),
      );
      return messageTemplates.nodes[0]!;
    },
    mutation: 'mutation($input: MessageTemplateInput!) { updateMessageTemplate(input: $input) { id version } }',
    input: (id, expectedVersion, attempt) => ({ id, expectedVersion, name: `Templat Versi ${attempt}` }),
    changed: { name: 'Templat Versi 1' },
  },
  updateCampaign: {
    as: 'marketing',
    target: async (server, token) => {
      const {
        campaigns: { nodes: campaigns },
      } = expectData(
        await server.gql<{ campaigns: { nodes: Array<{ id: string; version: number }> } }>('{ campaigns(first: 100) { nodes { id version } } }', {}, { token }),
      );
      return campaigns[0]!;
    },
    mutation: 'mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id version } }',
    input: (id, expectedVersion, attempt) => ({ id, expectedVersion, name: `Kampanye Versi ${attempt}` }),
    changed: { name: 'Kampanye Versi 1' },
  },
  updateTask: {
    as: 'marketing',
    target: async (server, token) =>
      expectData(
        await server.gql<{ createTask: { id: string; version: number } }>(
          'mutation($i: TaskFieldsInput!) { createTask(input: $i) { id version } }',
          { i: { title: 'Tugas Versi' } },
          { token },
        ),
      ).createTask,
    mutation: 'mutation($input: UpdateTaskInput!) { updateTask(input: $input) { id version } }',
    input: (id, expectedVersion, attempt) => ({ id, expectedVersion, title: `Tugas Versi ${attempt}` }),
    changed: { title: 'Tugas Versi 1' },
  },
  moveTask: {
    as: 'marketing',
    target: async (server, token) =>
      expectData(
        await server.gql<{ createTask: { id: string; version: number } }>(
          'mutation($i: TaskFieldsInput!) { createTask(input: $i) { id version } }',
          { i: { title: 'Tugas Pindah' } },
          { token },
        ),
      ).createTask,
    mutation: 'mutation($input: MoveTaskInput!) { moveTask(input: $input) { task { id version } } }',
    input: (id, expectedVersion, attempt) => ({ id, expectedVersion, status: attempt === 1 ? 'IN_PROGRESS' : 'REVIEW' }),
    changed: { status: 'IN_PROGRESS' },
  },
};

const EMAILS = {
  admin: 'admin@prospek.test',
  officer: 'officer1@prospek.test',
  marketing: 'marketing@prospek.test',
  manager: 'manager@prospek.test',
} as const;

describe.each(databaseTargets)('stale versions on $kind', (target) => {
  let server: TestServer;
  const tokens: Partial<Record<Edit['as'], string>> = {};

  beforeAll(async () => {
    server = await startServer(target);
    for (const [role, email] of Object.entries(EMAILS)) tokens[role as Edit['as']] = await server.login(email);
  });
  afterAll(async () => server?.close());

  it.each(Object.entries(EDITS))('%s answers CONFLICT with the current record', async (_name, edit) => {
    const token = tokens[edit.as]!;
    const record = await edit.target(server, token);
    expectData(await server.gql(edit.mutation, { input: edit.input(record.id, record.version, 1) }, { token }));

    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: edit.mutation, variables: { input: edit.input(record.id, record.version, 2) } }),
    });
    expect(response.status).toBe(200);
    const stale = (await response.json()) as GraphQLResult;
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.data ?? null).toBeNull();
    const current = stale.errors?.[0]?.extensions?.current as Record<string, unknown>;
    expect(String(current.id)).toBe(record.id);
    expect(current.version).toBe(record.version + 1);
    expect(current).toMatchObject(edit.changed);
  });

  it('shows a product in conflict as the API does: Money as decimal strings, rates in percent, no internal columns', async () => {
    const admin = tokens.admin!;
    const {
      products: { nodes: products },
    } = expectData(
      await server.gql<{ products: { nodes: Array<Record<string, unknown>> } }>(
        `{ products(first: 100) { nodes { ${PRODUCT_FIELDS} } } }`,
        {},
        { token: admin },
      ),
    );
    const product = products[1]!;
    expectData(
      await server.gql(EDITS.updateProduct!.mutation, { input: { id: product.id, expectedVersion: product.version, name: 'Ganti Nama' } }, { token: admin }),
    );
    const stale = await server.gql(
      EDITS.updateProduct!.mutation,
      { input: { id: product.id, expectedVersion: product.version, name: 'Lagi' } },
      { token: admin },
    );
    const current = stale.errors?.[0]?.extensions?.current as Record<string, unknown>;
    expect(current).toMatchObject({ ...product, name: 'Ganti Nama', version: (product.version as number) + 1 });
    expect(current).not.toHaveProperty('minRateMicro');
    expect(current).not.toHaveProperty('requirementsJson');
    // Nothing of the stale write landed.
    const { product: after } = expectData(
      await server.gql<{ product: Record<string, unknown> }>(`query($id: ID!) { product(id: $id) { name } }`, { id: product.id }, { token: admin }),
    );
    expect(after.name).toBe('Ganti Nama');
  });
});
