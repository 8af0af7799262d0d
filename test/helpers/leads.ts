/** GraphQL documents and small helpers shared by the lead suites. */
import type { TestServer } from './server.js';
import { expectData } from './server.js';

export const CARD_FIELDS = `id fullName companyName phone source segment estimatedAmount stage position ownerId version lostReason archivedAt owner { id name }`;

export const BOARD = `query Board($filter: LeadFilterInput, $perColumn: Int) {
  leadBoard(filter: $filter, perColumn: $perColumn) {
    columns { stage count totalAmount weightedAmount probability hasMore endCursor cards { ${CARD_FIELDS} } }
  }
}`;

export const COLUMN = `query Column($stage: LeadStage!, $filter: LeadFilterInput, $after: String, $first: Int) {
  leadColumn(stage: $stage, filter: $filter, after: $after, first: $first) { hasMore endCursor cards { ${CARD_FIELDS} } }
}`;

export const CREATE = `mutation Create($input: CreateLeadInput!) { createLead(input: $input) { ${CARD_FIELDS} } }`;
export const UPDATE = `mutation Update($input: UpdateLeadInput!) { updateLead(input: $input) { ${CARD_FIELDS} } }`;
export const MOVE = `mutation Move($input: MoveLeadInput!) { moveLead(input: $input) { ${CARD_FIELDS} } }`;
export const ARCHIVE = `mutation Archive($id: ID!) { archiveLead(id: $id) { ${CARD_FIELDS} } }`;

export interface Card {
  id: string;
  fullName: string;
  stage: string;
  position: string;
  version: number;
  estimatedAmount: string;
  ownerId: string | null;
  [key: string]: unknown;
}

export interface Column {
  stage: string;
  count: number;
  totalAmount: string;
  weightedAmount: string;
  hasMore: boolean;
  endCursor: string | null;
  cards: Card[];
}

export async function fetchBoard(server: TestServer, token: string, variables: Record<string, unknown> = {}): Promise<Column[]> {
  return expectData(await server.gql<{ leadBoard: { columns: Column[] } }>(BOARD, variables, { token })).leadBoard.columns;
}

export function column(columns: Column[], stage: string): Column {
  const found = columns.find((c) => c.stage === stage);
  if (!found) throw new Error(`no column ${stage}`);
  return found;
}

let phones = 0;
/** A phone of its own for each lead made without one: two open leads may not share a phone. */
export const uniquePhone = () => `0819${String(40_000_000 + phones++)}`;

export async function createLead(server: TestServer, token: string, input: Record<string, unknown> = {}): Promise<Card> {
  const result = await server.gql<{ createLead: Card }>(
    CREATE,
    { input: { fullName: 'Siti Rahmawati', source: 'WALK_IN', estimatedAmount: '25000000.00', phone: uniquePhone(), ...input } },
    { token },
  );
  return expectData(result).createLead;
}

export async function moveLead(server: TestServer, token: string, input: Record<string, unknown>, mutationId?: string) {
  return server.gql<{ moveLead: Card }>(MOVE, { input }, { token, mutationId });
}

/**
 * Grows keys in NEW past `length` the way a board does: under a card `top`, two cards dropped in
 * turn into the gap between `top` and the other, which halves each time. Returns the three cards as
 * they are now; `last` is the one dropped last (right under `top`), `other` the one under it.
 */
export async function growKeysInOneGap(server: TestServer, token: string, length: number): Promise<{ top: Card; last: Card; other: Card }> {
  const move = async (card: Card, afterId: string, beforeId: string | null): Promise<Card> =>
    expectData(await moveLead(server, token, { id: card.id, stage: 'NEW', afterId, beforeId, expectedVersion: card.version })).moveLead;
  const top = await createLead(server, token, { fullName: 'Di Atas Celah' });
  let last = await move(await createLead(server, token, { fullName: 'Celah Satu' }), top.id, null);
  let other = await createLead(server, token, { fullName: 'Celah Dua' });
  while (last.position.length <= length) [last, other] = [await move(other, top.id, last.id), last];
  return { top, last, other };
}
