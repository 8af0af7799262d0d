/** The people of the access suites: the demo staff plus a manager and a marketer of the Bandung branch. */
import type { TestServer } from './server.js';
import { expectData } from './server.js';

export const BRANCH_PASSWORD = 'cabang-bandung-1';

export type Who = 'admin' | 'manager' | 'managerBdg' | 'officer1' | 'officer2' | 'officer3' | 'officer4' | 'marketing' | 'marketingBdg';

export interface Staff {
  tokens: Record<Who, string>;
  ids: Record<Who, string>;
  offices: { ho: string; bdg: string };
}

const DEMO_EMAILS: Array<[Who, string]> = [
  ['admin', 'admin@prospek.test'],
  ['manager', 'manager@prospek.test'],
  ['officer1', 'officer1@prospek.test'],
  ['officer2', 'officer2@prospek.test'],
  ['officer3', 'officer3@prospek.test'],
  ['officer4', 'officer4@prospek.test'],
  ['marketing', 'marketing@prospek.test'],
];

/**
 * Signs everyone in. The head office (KP-JKT) is above the Bandung branch (KC-BDG): the demo manager
 * reaches both, the Bandung manager only the branch.
 */
export async function signInStaff(server: TestServer): Promise<Staff> {
  const tokens = {} as Record<Who, string>;
  for (const [who, email] of DEMO_EMAILS) tokens[who] = await server.login(email);
  const offices = expectData(
    await server.gql<{ offices: { nodes: Array<{ id: string; code: string }> } }>('{ offices(first: 100) { nodes { id code } } }', {}, { token: tokens.admin }),
  ).offices;
  const office = (code: string) => offices.nodes.find((o) => o.code === code)?.id ?? '';
  const bdg = office('KC-BDG');
  for (const [who, role, name] of [
    ['managerBdg', 'MANAGER', 'Bayu Pratama'],
    ['marketingBdg', 'MARKETING', 'Sari Wulandari'],
  ] as const) {
    const email = `${who.toLowerCase()}@prospek.test`;
    expectData(
      await server.gql(
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { email, name, role, officeId: bdg, password: BRANCH_PASSWORD } },
        { token: tokens.admin },
      ),
    );
    tokens[who] = await server.login(email, BRANCH_PASSWORD);
  }
  const ids = {} as Record<Who, string>;
  for (const who of Object.keys(tokens) as Who[]) {
    ids[who] = expectData(await server.gql<{ me: { id: string } }>('{ me { id } }', {}, { token: tokens[who] })).me.id;
  }
  return { tokens, ids, offices: { ho: office('KP-JKT'), bdg } };
}
