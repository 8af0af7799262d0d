import type { Server, Socket } from 'socket.io';
import { isBoardName } from '@prospek/shared';
import type { Ack, BoardEvent, BoardName, ClientToServerEvents, ServerToClientEvents } from '@prospek/shared';
import type { CampaignChangedEvent, DomainEvent, LeadChangedEvent, TaskChangedEvent } from '../events/domain-events.js';
import { isDatabaseUnavailable } from '../db/unavailable.js';
import type { EventBus } from '../events/domain-events.js';
import type { AccessService } from '../modules/access/access.service.js';
import { campaignAudience, campaignRoomsOfViewer, taskRoom } from '../modules/access/scope.js';
import { LEAD_BOARD } from '../modules/lead/lead.board.js';
import { TASK_BOARD } from '../modules/task/task.board.js';
import type { AuthService } from '../modules/auth/auth.service.js';
import type { User } from '../modules/user/user.entity.js';

export interface SocketData {
  user: User;
}

interface InterServerEvents {
  'offices:changed': () => void;
}

export type RealtimeServer = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Per-user room, joined on connect: notifications and forced disconnects go there. */
export const userRoom = (userId: number | string) => `user:${userId}`;

/** setTimeout's limit; longer tokens are cut at the next check after that. */
const MAX_TIMER = 2 ** 31 - 1;

/**
 * The realtime hub: authenticates sockets by token, lets them join boards, and turns committed domain
 * events into `board:event` messages for exactly the rooms allowed to see the record at that moment.
 */
export function attachRealtimeHub(io: RealtimeServer, auth: AuthService, access: AccessService, bus: EventBus): () => void {
  io.use(async (socket, next) => {
    const token = (socket.handshake.auth as { token?: unknown } | undefined)?.token;
    let session: Awaited<ReturnType<AuthService['sessionForToken']>> = null;
    try {
      session = await auth.sessionForToken(typeof token === 'string' ? token : null);
    } catch (error) {
      // A database outage is no reason to end the user's session: the client retries on UNAVAILABLE.
      if (isDatabaseUnavailable(error)) return next(new Error('UNAVAILABLE'));
    }
    if (!session) return next(new Error('UNAUTHENTICATED'));
    socket.data.user = session.user;
    // An expired token ends the connection too, not only the next request.
    const timer = setTimeout(() => socket.disconnect(true), Math.min(MAX_TIMER, session.expiresAt.getTime() - Date.now()));
    socket.once('disconnect', () => clearTimeout(timer));
    next();
  });

  io.on('offices:changed', () => access.offices.invalidate());

  io.on('connection', (socket: RealtimeSocket) => {
    void socket.join(userRoom(socket.data.user.id));

    socket.on(
      'board:join',
      guarded(socket, (payload, reply) => {
        const board = boardOf(payload);
        if (!board) return reply({ ok: false, error: 'UNKNOWN_BOARD' });
        void socket.join(roomsOfViewer(board, socket.data.user));
        reply({ ok: true });
      }),
    );

    socket.on(
      'board:leave',
      guarded(socket, (payload, reply) => {
        const board = boardOf(payload);
        if (!board) return reply({ ok: false, error: 'UNKNOWN_BOARD' });
        for (const room of socket.rooms) if (room.startsWith(`${board}:`)) void socket.leave(room);
        reply({ ok: true });
      }),
    );
  });

  return bus.subscribe((event: DomainEvent) => {
    switch (event.kind) {
      case 'lead':
      case 'task':
      case 'campaign':
        emitCard(io, access, event).catch(failedEmit);
        break;
      case 'board-columns':
        // Boards show their viewer's office's limits; admins (all offices) pick their own office's.
        io.to([taskRoom.all, taskRoom.limits(event.officeId)]).emit('board:columns', {
          board: event.board,
          officeId: event.officeId,
          columns: event.columns,
          actorId: event.actorId,
          mutationId: event.mutationId,
        });
        break;
      case 'stage-sla':
        // Everyone reads the stage limits: every signed-in socket, on every instance.
        io.emit('stage-sla', event.sla);
        break;
      case 'user-access':
        // Every instance's sockets of that user (through the Redis adapter when there are several).
        io.in(userRoom(event.userId)).disconnectSockets(true);
        break;
      case 'offices':
        access.offices.invalidate();
        io.serverSideEmit('offices:changed');
        break;
      case 'notification':
        // To every tab of that user, on every instance.
        io.to(userRoom(event.userId)).emit('notification', event.notification);
        break;
      case 'import-progress':
        io.to(userRoom(event.userId)).emit('import:progress', event.progress);
        break;
      case 'leads-bulk':
        access
          .tree()
          .then((tree) => io.to(LEAD_BOARD.audience.rooms(event.visibility, tree)).emit('board:refresh', { board: 'leads' }))
          .catch(failedEmit);
        break;
    }
  });
}

/** An event that could not be fanned out (the office tree unreadable) is logged; the process goes on. */
function failedEmit(error: unknown): void {
  console.error('Realtime: an event could not be delivered', error);
}

type Reply = (result: Ack) => void;

/**
 * Wraps a client-to-server handler: whatever the client sends (any JSON value, a missing or non-function
 * acknowledgement), the handler answers at most once, and an unexpected error refuses the request instead
 * of escaping into the process.
 */
function guarded(socket: RealtimeSocket, handler: (payload: unknown, reply: Reply) => void): (payload: unknown, ack?: unknown) => void {
  return (payload, ack) => {
    let replied = false;
    const reply: Reply = (result) => {
      if (replied || typeof ack !== 'function') return;
      replied = true;
      (ack as Reply)(result);
    };
    try {
      handler(payload, reply);
    } catch (error) {
      console.error(`Socket ${socket.id}: handler failed`, error);
      reply({ ok: false, error: 'INTERNAL' });
    }
  };
}

/** The board a `{ board }` payload names, read without touching anything the client could have shaped. */
function boardOf(payload: unknown): BoardName | null {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  const board: unknown = Object.prototype.hasOwnProperty.call(payload, 'board') ? (payload as { board: unknown }).board : undefined;
  return isBoardName(board) ? board : null;
}

function roomsOfViewer(board: BoardName, user: User): string[] {
  switch (board) {
    case 'leads':
      return LEAD_BOARD.audience.roomsOfViewer(user);
    case 'tasks':
      return TASK_BOARD.audience.roomsOfViewer(user);
    case 'campaigns':
      return campaignRoomsOfViewer(user);
  }
}

/** A card event as the hub fans it out: the board message, and who sees the card now and saw it before. */
interface CardFanOut<B extends BoardName> {
  message: BoardEvent<B>;
  /** The rooms that may see the card after the change. */
  now: string[];
  /** The rooms that could see it before, when the change may have taken it out of some of them. */
  before: string[] | null;
}

/** The rooms of a card event, by board: each board's audience rule applied to the record as it is and was. */
async function fanOutOf(access: AccessService, event: LeadChangedEvent | TaskChangedEvent | CampaignChangedEvent): Promise<CardFanOut<BoardName>> {
  const tree = await access.tree();
  const common = { type: event.type, version: event.card.version, actorId: event.actorId, mutationId: event.mutationId };
  switch (event.kind) {
    case 'lead':
      return {
        message: { board: 'leads', card: event.card, ...common },
        now: LEAD_BOARD.audience.rooms(event.visibility, tree),
        before: event.previousVisibility && LEAD_BOARD.audience.rooms(event.previousVisibility, tree),
      };
    case 'task':
      return {
        message: { board: 'tasks', card: event.card, ...common },
        now: TASK_BOARD.audience.rooms(event.visibility, tree),
        before: event.previousVisibility && TASK_BOARD.audience.rooms(event.previousVisibility, tree),
      };
    case 'campaign':
      return {
        message: { board: 'campaigns', card: event.card, ...common },
        now: campaignAudience(event.card.officeId, tree),
        before: event.previousOfficeId === null ? null : campaignAudience(event.previousOfficeId, tree),
      };
  }
}

/**
 * The one emit path of every board: the card to the rooms that see it now; to the rooms that saw it
 * before but no longer do, that it left their board.
 */
async function emitCard(io: RealtimeServer, access: AccessService, event: LeadChangedEvent | TaskChangedEvent | CampaignChangedEvent): Promise<void> {
  const { message, now, before } = await fanOutOf(access, event);
  io.to(now).emit('board:event', message);
  if (before && message.type !== 'removed') {
    const lost = before.filter((room) => !now.includes(room));
    if (lost.length > 0)
      io.to(lost)
        .except(now)
        .emit('board:event', { ...message, type: 'removed' });
  }
}
