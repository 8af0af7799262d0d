/**
 * The Socket.IO contract, typing both the server and the client (docs/architecture.md §2–3).
 * A client joins a board, then receives `board:event` for every change it may see.
 */
import type { CollectionColumn, PromiseStatus } from './collection.js';
import type { ComplaintChannel, ComplaintPriority, ComplaintStatus } from './complaint-sla.js';
import type { FollowUpReason, MatchRule, MatchTargetKind, StatementDirection, StatementLineState } from './reconcile.js';
import type { CampaignChannel, CampaignStatus, LeadSource, LeadStage, OfferStatus, Segment, TaskStatus } from './enums.js';

/**
 * Live lists a socket joins: the pipeline, the marketing task board, campaigns (list and pages), the
 * collection board, loans (a loan's figures changed: its page and any list of loans read it again) and
 * the complaints board and the reconciliation queue.
 */
export const BOARDS = ['leads', 'tasks', 'campaigns', 'collection', 'loans', 'invoices', 'complaints', 'reconciliation'] as const;
export type BoardName = (typeof BOARDS)[number];

export type BoardEventType = 'created' | 'updated' | 'moved' | 'removed';

/** A lead as its card shows it; the same shape as the GraphQL `Lead` fields the board selects. */
export interface LeadCardData {
  id: string;
  fullName: string;
  companyName: string | null;
  phone: string | null;
  source: LeadSource;
  segment: Segment | null;
  estimatedAmount: string;
  stage: LeadStage;
  position: string;
  ownerId: string | null;
  owner: { id: string; name: string } | null;
  /** The office keeping the lead: its times are labelled when its zone is not the viewer's. */
  officeId: string;
  stageEnteredAt: string;
  nextActionAt: string | null;
  lostReason: string | null;
  lastActivityAt: string | null;
  campaignId: string | null;
  /** The lead's most recent offer; absent when the sender did not read it (the receiver keeps its own). */
  latestOffer?: { id: string; status: OfferStatus; product: { id: string; name: string } } | null;
  version: number;
}

/** A marketing task as its card shows it. */
export interface TaskCardData {
  id: string;
  title: string;
  status: TaskStatus;
  position: string;
  campaignId: string | null;
  campaign: { id: string; name: string } | null;
  leadId: string | null;
  requester: { id: string; name: string };
  assignee: { id: string; name: string } | null;
  assigneeId: string | null;
  requesterId: string;
  officeId: string;
  dueDate: string | null;
  checklistDone: number;
  checklistTotal: number;
  commentCount: number;
  version: number;
}

/** A campaign as its list row and page header show it; its figures are read from the server. */
export interface CampaignCardData {
  id: string;
  name: string;
  channel: CampaignChannel;
  status: CampaignStatus;
  officeId: string;
  productId: string | null;
  startDate: string;
  endDate: string;
  budget: string;
  spend: string;
  leadGoal: number;
  formEnabled: boolean;
  version: number;
}

/** A collection case as its card shows it: one per loan that fell into arrears. */
export interface CollectionCaseCardData {
  id: string;
  loanId: string;
  status: CollectionColumn;
  position: string;
  client: { id: string; name: string };
  officerId: string | null;
  officer: { id: string; name: string } | null;
  officeId: string;
  daysPastDue: number;
  arrears: string;
  collectibility: number;
  openedOn: string;
  resolvedOn: string | null;
  /** The loan's latest promise to pay, if any. */
  promise: { promisedDate: string; amount: string; status: PromiseStatus } | null;
  version: number;
}

/**
 * A complaint as its card shows it, with its SLA as computed when the event was sent; a board recomputes
 * nothing itself and reads the board again when the calendar changes.
 */
export interface ComplaintCardData {
  id: string;
  status: ComplaintStatus;
  position: string;
  channel: ComplaintChannel;
  priority: ComplaintPriority;
  category: { id: string; name: string };
  description: string;
  client: { id: string; name: string } | null;
  lead: { id: string; name: string } | null;
  ownerId: string | null;
  owner: { id: string; name: string } | null;
  officeId: string;
  receivedAt: string;
  slaDueDate: string;
  workingDaysLeft: number;
  breached: boolean;
  warning: boolean;
  paused: boolean;
  extended: boolean;
  version: number;
}

/**
 * A loan's figures after a posting, a reversal, a promise or the daily run: the `loans` board's event.
 * A loan page or a collection sheet listening to it reads what it shows again.
 */
export interface LoanChangeData {
  id: string;
  clientId: string;
  officerId: string | null;
  officeId: string;
  status: string;
  outstandingPrincipal: string;
  arrears: string;
  daysPastDue: number;
  collectibility: number;
  version: number;
}

/** An invoice changed (edited, issued, paid, cancelled, handed over, its mail sent): its pages read it again. */
export interface InvoiceChangeData {
  id: string;
  kind: string;
  status: string;
  officeId: string;
  clientId: string | null;
  version: number;
}

/** A bank-statement line as the reconciliation queue shows it, with what it was matched or proposed to. */
export interface StatementLineCardData {
  id: string;
  statementId: string;
  state: StatementLineState;
  position: string;
  date: string;
  direction: StatementDirection;
  amount: string;
  remark: string;
  reference: string | null;
  officeId: string;
  officerId: string | null;
  client: { id: string; name: string } | null;
  target: { kind: MatchTargetKind; id: string; label: string } | null;
  rule: MatchRule | null;
  reasonCode: FollowUpReason | null;
  /** JSON of FollowUpReasonParams. */
  reasonParams: string | null;
  posted: boolean;
  version: number;
}

export interface BoardCardMap {
  leads: LeadCardData;
  tasks: TaskCardData;
  campaigns: CampaignCardData;
  collection: CollectionCaseCardData;
  loans: LoanChangeData;
  invoices: InvoiceChangeData;
  complaints: ComplaintCardData;
  reconciliation: StatementLineCardData;
}

export interface BoardEvent<B extends BoardName = BoardName> {
  board: B;
  type: BoardEventType;
  card: BoardCardMap[B];
  version: number;
  actorId: string;
  /** The `X-Mutation-Id` of the request that caused it, so a client can ignore its own echo. */
  mutationId: string | null;
}

/** A column's work-in-progress limit as the column header shows it (`n / limit`). */
export interface BoardColumnLimit {
  columnKey: string;
  wipLimit: number | null;
  hardLimit: boolean;
}

/**
 * An office's column limits changed: every column of that office's board as it now is. A board shows
 * the limits of its viewer's office, so it applies only the event naming that office.
 */
export interface BoardColumnsEvent {
  board: BoardName;
  officeId: string;
  columns: BoardColumnLimit[];
  actorId: string;
  mutationId: string | null;
}

/**
 * A column's idle limit (the board's stage SLA) changed: its cards count as stale after `maxIdleDays`
 * without activity. Sent to every viewer of the board.
 */
export interface BoardSlaEvent {
  board: BoardName;
  column: string;
  maxIdleDays: number;
}

export type Ack = { ok: true } | { ok: false; error: string };

/** A notification pushed to its user's sockets (every open tab). */
export interface NotificationData {
  id: string;
  type: string;
  title: string;
  body: string | null;
  link: string | null;
  /** JSON of the type's NotificationParams (null on notifications stored before they had them). */
  params: string | null;
  createdAt: string;
}

/** How far a lead import has gone, pushed to the user who started it. */
export interface ImportProgress {
  importId: string;
  status: 'RUNNING' | 'DONE' | 'FAILED';
  phase: 'CHECKING' | 'IMPORTING' | 'FINISHED';
  processed: number;
  total: number;
  imported: number;
  rejected: number;
}

export interface ServerToClientEvents {
  'board:event': (event: BoardEvent) => void;
  /** Many cards changed at once (an import): read the board again. */
  'board:refresh': (payload: { board: BoardName }) => void;
  'board:columns': (event: BoardColumnsEvent) => void;
  /** A column's keys were rewritten (same order, shorter keys): read that column again. */
  'board:rebalanced': (payload: { board: BoardName; column: string }) => void;
  /** A column's idle limit changed: the stale marks on the board's cards follow it. */
  'board:sla': (event: BoardSlaEvent) => void;
  notification: (notification: NotificationData) => void;
  'import:progress': (progress: ImportProgress) => void;
  /** This server is stopping: the connection closes next, and the client reconnects (to another instance). */
  'server:shutdown': (hint: { reconnect: true }) => void;
}

export interface ClientToServerEvents {
  'board:join': (payload: { board: BoardName }, ack: (result: Ack) => void) => void;
  'board:leave': (payload: { board: BoardName }, ack: (result: Ack) => void) => void;
}

export function isBoardName(value: unknown): value is BoardName {
  return typeof value === 'string' && (BOARDS as readonly string[]).includes(value);
}

/** The HTTP header a client sets on a mutation so that its own echo can be recognised. */
export const MUTATION_ID_HEADER = 'x-mutation-id';
